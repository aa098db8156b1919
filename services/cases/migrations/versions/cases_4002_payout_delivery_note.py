"""cases: the delivery note of a payout

Issue 13 gap 3 (Decree 62/2015 Art. 49.4).

Revision ID: cases_4002
Revises: cases_4001
Create Date: 2026-11-29 10:50:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_4002'
down_revision: Union[str, Sequence[str], None] = 'cases_4001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.add_column('payout', sa.Column('delivery_note', sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column('payout', 'delivery_note')
