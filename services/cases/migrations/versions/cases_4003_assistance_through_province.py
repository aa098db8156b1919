"""cases: judicial assistance requested through the provincial authority

Issue 13 gap 5 (Decree 62/2015 Art. 50.1).

Revision ID: cases_4003
Revises: cases_4002
Create Date: 2026-11-29 10:50:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_4003'
down_revision: Union[str, Sequence[str], None] = 'cases_4002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # requests recorded before were made by a provincial authority (the only one that may ask)
    op.add_column('judicial_assistance', sa.Column('requesting_level', sa.String(20),
                                                   nullable=False, server_default='province'))
    op.add_column('judicial_assistance', sa.Column('entrusted_to', sa.String(64), nullable=True))


def downgrade() -> None:
    op.drop_column('judicial_assistance', 'entrusted_to')
    op.drop_column('judicial_assistance', 'requesting_level')
