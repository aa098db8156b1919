"""cases: the debtor's declaration, delegated verification, new information, separate log

Issue 8 capability 7: Decree 62/2015 Art. 9.1, 9.2, 9.4, 9.5, 9.6.

Revision ID: cases_3002
Revises: cases_3001
Create Date: 2026-11-29 10:40:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_3002'
down_revision: Union[str, Sequence[str], None] = 'cases_3001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _case_index(table):
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f'ix_{table}_case_id'), ['case_id'], unique=False)


def upgrade() -> None:
    op.create_table('debtor_declaration',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('debtor_party_id', sa.String(length=50), nullable=False),
    sa.Column('declared_on', sa.Date(), nullable=False),
    sa.Column('provided', sa.Boolean(), nullable=False),
    sa.Column('truthful', sa.Boolean(), nullable=True),
    sa.Column('items', sa.JSON(), nullable=False),
    sa.Column('note', sa.String(length=2000), nullable=True),
    sa.Column('penalty_may_be_imposed', sa.Boolean(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('legal_basis', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    _case_index('debtor_declaration')
    op.create_table('delegated_verification',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('delegated_authority', sa.String(length=50), nullable=False),
    sa.Column('subject', sa.String(length=30), nullable=False),
    sa.Column('tasks', sa.String(length=2000), nullable=False),
    sa.Column('number', sa.String(length=100), nullable=False),
    sa.Column('delegated_on', sa.Date(), nullable=False),
    sa.Column('delegated_by', sa.String(length=100), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('extended_on', sa.Date(), nullable=True),
    sa.Column('extension_reasons', sa.String(length=2000), nullable=True),
    sa.Column('result_received_on', sa.Date(), nullable=True),
    sa.Column('result', sa.String(length=4000), nullable=True),
    sa.Column('legal_basis', sa.String(length=200), nullable=False),
    sa.Column('computations', sa.JSON(), nullable=False),
    sa.Column('parameters_used', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    _case_index('delegated_verification')
    with op.batch_alter_table('delegated_verification', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delegated_verification_delegated_authority'),
                              ['delegated_authority'], unique=False)
    op.create_table('new_information',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.Column('content', sa.String(length=2000), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('verification_id', sa.String(length=36), nullable=True),
    sa.Column('verified_on', sa.Date(), nullable=True),
    sa.Column('parameters_used', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    _case_index('new_information')
    op.create_table('separate_tracking',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('lacking_conditions_decision_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('reviewed_on', sa.Date(), nullable=False),
    sa.Column('reviewed_by', sa.String(length=100), nullable=False),
    sa.Column('conditions', sa.JSON(), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('legal_basis', sa.String(length=200), nullable=False),
    sa.Column('computations', sa.JSON(), nullable=False),
    sa.Column('parameters_used', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    _case_index('separate_tracking')


def downgrade() -> None:
    op.drop_table('separate_tracking')
    op.drop_table('new_information')
    op.drop_table('delegated_verification')
    op.drop_table('debtor_declaration')
