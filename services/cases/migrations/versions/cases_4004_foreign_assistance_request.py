"""cases: requests for judicial assistance from foreign authorities

Issue 13 gap 5 (Decree 62/2015 Art. 50.4).

Revision ID: cases_4004
Revises: cases_4003
Create Date: 2026-11-29 10:55:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_4004'
down_revision: Union[str, Sequence[str], None] = 'cases_4003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('foreign_assistance_request',
        sa.Column('id', sa.String(36), nullable=False),
        sa.Column('authority', sa.String(64), nullable=False),
        sa.Column('receiving_level', sa.String(20), nullable=False),
        sa.Column('country', sa.String(2), nullable=False),
        sa.Column('foreign_authority', sa.String(300), nullable=False),
        sa.Column('foreign_reference', sa.String(128), nullable=False),
        sa.Column('subject', sa.String(2000), nullable=False),
        sa.Column('received_on', sa.Date(), nullable=False),
        sa.Column('received_by', sa.String(100), nullable=False),
        sa.Column('legal_basis', sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_foreign_assistance_request_authority', 'foreign_assistance_request',
                    ['authority'])


def downgrade() -> None:
    op.drop_index('ix_foreign_assistance_request_authority',
                  table_name='foreign_assistance_request')
    op.drop_table('foreign_assistance_request')
