"""cases: exemption and reduction of the enforcement cost

Issue 13 capability 3 (Decree 62/2015 Art. 44).

Revision ID: cases_1002
Revises: cases_1001
Create Date: 2026-11-29 10:40:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_1002'
down_revision: Union[str, Sequence[str], None] = 'cases_1001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('cost_relief',
        sa.Column('id', sa.String(36), nullable=False),
        sa.Column('case_id', sa.String(36), nullable=False),
        sa.Column('cost_id', sa.String(36), nullable=False),
        sa.Column('applicant_party_id', sa.String(50), nullable=False),
        sa.Column('ground', sa.String(10), nullable=False),
        sa.Column('evidence_reference', sa.String(300), nullable=False),
        sa.Column('applied_on', sa.Date(), nullable=False),
        sa.Column('decide_by', sa.Date(), nullable=False),
        sa.Column('status', sa.String(10), nullable=False),
        sa.Column('decided_on', sa.Date(), nullable=True),
        sa.Column('decided_by', sa.String(100), nullable=True),
        sa.Column('relief', sa.BigInteger(), nullable=False),
        sa.Column('reasons', sa.JSON(), nullable=False),
        sa.Column('legal_basis', sa.String(200), nullable=True),
        sa.Column('revoked_on', sa.Date(), nullable=True),
        sa.Column('parameters_used', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['cost_id'], ['enforcement_cost.id']),
        sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_cost_relief_case_id', 'cost_relief', ['case_id'])
    op.create_index('ix_cost_relief_cost_id', 'cost_relief', ['cost_id'])


def downgrade() -> None:
    op.drop_table('cost_relief')
