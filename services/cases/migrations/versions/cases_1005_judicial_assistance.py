"""cases: judicial assistance abroad

Issue 13 capability 6 (Decree 62/2015 Art. 50).

Revision ID: cases_1005
Revises: cases_1004
Create Date: 2026-11-29 09:55:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_1005'
down_revision: Union[str, Sequence[str], None] = 'cases_1004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('judicial_assistance',
        sa.Column('id', sa.String(36), nullable=False),
        sa.Column('case_id', sa.String(36), nullable=False),
        sa.Column('country', sa.String(2), nullable=False),
        sa.Column('purpose', sa.String(20), nullable=False),
        sa.Column('description', sa.String(2000), nullable=False),
        sa.Column('attempt', sa.Integer(), nullable=False),
        sa.Column('first_attempt_id', sa.String(36), nullable=True),
        sa.Column('dossier_sent_on', sa.Date(), nullable=False),
        sa.Column('results_due_on', sa.Date(), nullable=False),
        sa.Column('status', sa.String(30), nullable=False),
        sa.Column('requested_by', sa.String(100), nullable=False),
        sa.Column('history', sa.JSON(), nullable=False),
        sa.Column('parameters_used', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_judicial_assistance_case_id', 'judicial_assistance', ['case_id'])


def downgrade() -> None:
    op.drop_table('judicial_assistance')
