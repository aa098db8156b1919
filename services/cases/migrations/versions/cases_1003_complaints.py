"""cases: complaints about enforcement

Issue 13 capability 4 (Decree 62/2015 Art. 38; Law Art. 140).

Revision ID: cases_1003
Revises: cases_1002
Create Date: 2026-11-29 09:45:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_1003'
down_revision: Union[str, Sequence[str], None] = 'cases_1002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('complaint',
        sa.Column('id', sa.String(36), nullable=False),
        sa.Column('case_id', sa.String(36), nullable=False),
        sa.Column('complainant_party_id', sa.String(50), nullable=False),
        sa.Column('subject_kind', sa.String(20), nullable=False),
        sa.Column('act_reference', sa.String(200), nullable=False),
        sa.Column('act_known_on', sa.Date(), nullable=False),
        sa.Column('received_on', sa.Date(), nullable=False),
        sa.Column('content', sa.String(4000), nullable=False),
        sa.Column('new_evidence', sa.Boolean(), nullable=False),
        sa.Column('force_majeure_days', sa.Integer(), nullable=False),
        sa.Column('filing_ends_on', sa.Date(), nullable=False),
        sa.Column('filed_late', sa.Boolean(), nullable=False),
        sa.Column('reply_by', sa.Date(), nullable=True),
        sa.Column('status', sa.String(20), nullable=False),
        sa.Column('history', sa.JSON(), nullable=False),
        sa.Column('parameters_used', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_complaint_case_id', 'complaint', ['case_id'])


def downgrade() -> None:
    op.drop_table('complaint')
