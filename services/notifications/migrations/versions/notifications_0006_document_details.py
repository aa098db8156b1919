"""notifications: what a notified act says (its details) kept on the notice

Issue 10 capability 1 (the property events): a notice of an act of ``property`` (a seizure, a
valuation, a re-valuation decision or refusal, an auction announced, failed or cancelled) keeps
what the act says as its source event published it (``document_details``: the value, the
starting price, the venue and day, the reasons of a refusal...), so that its text can state it.

Revision ID: notifications_0006
Revises: notifications_0005
Create Date: 2026-11-29 10:00:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'notifications_0006'
down_revision: Union[str, Sequence[str], None] = 'notifications_0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.add_column(sa.Column('document_details', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.drop_column('document_details')
