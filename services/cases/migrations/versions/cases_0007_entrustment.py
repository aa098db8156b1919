"""cases: entrustment of enforcement to another authority

Issue 8 capability 10: Decree 62/2015 Art. 16, 35.

Revision ID: cases_0007
Revises: cases_0006
Create Date: 2026-11-29 09:40:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_0007'
down_revision: Union[str, Sequence[str], None] = 'cases_0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('entrustment',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('from_authority', sa.String(length=50), nullable=False),
    sa.Column('to_authority', sa.String(length=50), nullable=False),
    sa.Column('number', sa.String(length=100), nullable=False),
    sa.Column('ground_arose_on', sa.Date(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('decided_by', sa.String(length=100), nullable=False),
    sa.Column('urgent', sa.Boolean(), nullable=False),
    sa.Column('places', sa.JSON(), nullable=False),
    sa.Column('chosen_place', sa.JSON(), nullable=False),
    sa.Column('choice_clause', sa.String(length=20), nullable=False),
    sa.Column('choice_reason', sa.String(length=300), nullable=False),
    sa.Column('tasks', sa.String(length=2000), nullable=False),
    sa.Column('fulfilled', sa.String(length=2000), nullable=False),
    sa.Column('unfulfilled', sa.String(length=2000), nullable=False),
    sa.Column('decisions_in_force', sa.JSON(), nullable=False),
    sa.Column('legal_basis', sa.String(length=200), nullable=False),
    sa.Column('computations', sa.JSON(), nullable=False),
    sa.Column('parameters_used', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('entrustment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entrustment_case_id'), ['case_id'], unique=False)


def downgrade() -> None:
    op.drop_table('entrustment')
