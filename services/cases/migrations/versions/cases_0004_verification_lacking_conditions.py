"""cases: verification records, lacking-conditions decisions, resumption decisions

Issue 8 capability 7 (in part): the officer's verification of the debtor's conditions (Decree
Art. 9.1), the decision that the debtor lacks conditions (Art. 9.4; Law Art. 44a) and the
resumption (Art. 9.4, 9.6).

Revision ID: cases_0004
Revises: cases_0003
Create Date: 2026-11-29 08:20:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_0004'
down_revision: Union[str, Sequence[str], None] = 'cases_0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('verification_record',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('verified_on', sa.Date(), nullable=False),
    sa.Column('finding', sa.String(length=30), nullable=False),
    sa.Column('note', sa.String(length=2000), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('decision_due_on', sa.Date(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('verification_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_verification_record_case_id'), ['case_id'],
                              unique=False)
    op.create_table('lacking_conditions_decision',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('verification_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=100), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('decided_by', sa.String(length=100), nullable=False),
    sa.Column('debtor_party_id', sa.String(length=50), nullable=False),
    sa.Column('legal_basis', sa.String(length=200), nullable=False),
    sa.Column('computations', sa.JSON(), nullable=False),
    sa.Column('parameters_used', sa.JSON(), nullable=False),
    sa.Column('resumed_by', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id'], ),
    sa.ForeignKeyConstraint(['verification_id'], ['verification_record.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('lacking_conditions_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lacking_conditions_decision_case_id'), ['case_id'],
                              unique=False)
    op.create_table('resumption_decision',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('lacking_conditions_decision_id', sa.String(length=36), nullable=False),
    sa.Column('verification_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=100), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('decided_by', sa.String(length=100), nullable=False),
    sa.Column('new_conditions', sa.String(length=2000), nullable=False),
    sa.Column('legal_basis', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id'], ),
    sa.ForeignKeyConstraint(['lacking_conditions_decision_id'],
                            ['lacking_conditions_decision.id'], ),
    sa.ForeignKeyConstraint(['verification_id'], ['verification_record.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('lacking_conditions_decision_id')
    )
    with op.batch_alter_table('resumption_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_resumption_decision_case_id'), ['case_id'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('resumption_decision')
    op.drop_table('lacking_conditions_decision')
    op.drop_table('verification_record')
