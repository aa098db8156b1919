"""cases: advances of the enforcement cost

Issue 13 gap 2 (Decree 62/2015 Art. 45.1).

Revision ID: cases_4001
Revises: cases_3002
Create Date: 2026-11-29 10:55:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_4001'
down_revision: Union[str, Sequence[str], None] = "cases_3002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('cost_advance',
        sa.Column('id', sa.String(36), nullable=False),
        sa.Column('case_id', sa.String(36), nullable=False),
        sa.Column('cost_id', sa.String(36), nullable=False),
        sa.Column('advanced_by', sa.String(20), nullable=False),
        sa.Column('party_id', sa.String(50), nullable=True),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        sa.Column('advanced_on', sa.Date(), nullable=False),
        sa.Column('recorded_by', sa.String(100), nullable=False),
        sa.Column('legal_basis', sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id']),
        sa.ForeignKeyConstraint(['cost_id'], ['enforcement_cost.id']),
        sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_cost_advance_case_id', 'cost_advance', ['case_id'])
    op.create_index('ix_cost_advance_cost_id', 'cost_advance', ['cost_id'])


def downgrade() -> None:
    op.drop_index('ix_cost_advance_cost_id', table_name='cost_advance')
    op.drop_index('ix_cost_advance_case_id', table_name='cost_advance')
    op.drop_table('cost_advance')
