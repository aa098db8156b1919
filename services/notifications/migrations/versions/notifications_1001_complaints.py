"""notifications: the complainant of each complaint of a case

Issue 10 (notices of the money decisions of ``cases``): ``complaint.received`` names the
complainant, ``complaint.progressed`` does not; the reply to a complaint not accepted (Decree
62/2015 Art. 38.1) and its settlement are notified to the complainant kept here.

Revision ID: notifications_1001
Revises: notifications_0006
Create Date: 2026-11-29 10:45:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'notifications_1001'
down_revision: Union[str, Sequence[str], None] = 'notifications_0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'complaint',
        sa.Column('authority', sa.String(length=50), nullable=False),
        sa.Column('complaint_id', sa.String(length=64), nullable=False),
        sa.Column('case_id', sa.String(length=50), nullable=False),
        sa.Column('complainant_party_id', sa.String(length=64), nullable=False),
        sa.Column('received_on', sa.Date(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('authority', 'complaint_id'))


def downgrade() -> None:
    op.drop_table('complaint')
