"""cases: the case's enforcement officer and requests to replace them

Issue 8 capability 5: assignment through personnel (Law Art. 36) and replacement (Decree 62/2015
Art. 10).

Revision ID: cases_0006
Revises: cases_0005
Create Date: 2026-11-29 10:05:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_0006'
down_revision: Union[str, Sequence[str], None] = 'cases_0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('case_officer',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('officer_id', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('assigned_on', sa.Date(), nullable=False),
    sa.Column('personnel_assignment_id', sa.Integer(), nullable=True),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('legal_basis', sa.String(length=200), nullable=False),
    sa.Column('assigned_by', sa.String(length=100), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('replaced_by', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case_officer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_officer_case_id'), ['case_id'], unique=False)
    op.create_table('officer_replacement',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('requested_by_party_id', sa.String(length=50), nullable=False),
    sa.Column('ground', sa.String(length=20), nullable=False),
    sa.Column('request_reasons', sa.String(length=2000), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('explanation', sa.String(length=2000), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('decided_by', sa.String(length=100), nullable=False),
    sa.Column('legal_basis', sa.String(length=200), nullable=False),
    sa.Column('old_officer_id', sa.String(length=64), nullable=False),
    sa.Column('new_officer_id', sa.String(length=64), nullable=True),
    sa.Column('computations', sa.JSON(), nullable=False),
    sa.Column('parameters_used', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('officer_replacement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_officer_replacement_case_id'), ['case_id'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('officer_replacement')
    op.drop_table('case_officer')
