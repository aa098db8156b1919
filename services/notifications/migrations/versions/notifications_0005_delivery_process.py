"""notifications: delivery as a process (tries, next attempt) and the channel's reference

Issue 10 capabilities 3 and 4: a notice sent by a channel adapter keeps its tries on the current
channel and when the dispatcher sends it next (retries with backoff, then escalation); an attempt
keeps the channel's reference (e-mail Message-ID, gateway reference, the post's return receipt).

Revision ID: notifications_0005
Revises: notifications_0004
Create Date: 2026-11-29 10:00:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'notifications_0005'
down_revision: Union[str, Sequence[str], None] = 'notifications_0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.add_column(sa.Column('tries', sa.Integer(), server_default='0',
                                      nullable=False))
        batch_op.add_column(sa.Column('next_attempt_at', sa.DateTime(timezone=True),
                                      nullable=True))
        batch_op.create_index(batch_op.f('ix_notice_next_attempt_at'), ['next_attempt_at'],
                              unique=False)
    with op.batch_alter_table('delivery_attempt', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reference', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('delivery_attempt', schema=None) as batch_op:
        batch_op.drop_column('reference')
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notice_next_attempt_at'))
        batch_op.drop_column('next_attempt_at')
        batch_op.drop_column('tries')
