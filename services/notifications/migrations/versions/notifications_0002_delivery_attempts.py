"""notifications: delivery attempts and the day a notice became valid

Issue 10 (the defects to fix first): an officer records each attempt to deliver a notice and its
outcome (``delivery_attempt``; Law Art. 40, Decree 62/2015 Art. 12.4); a notice keeps the day
its document was issued (the notification period runs from it, Law Art. 39.1) and the day it
became valid.

Revision ID: notifications_0002
Revises: notifications_0001
Create Date: 2026-11-29 07:20:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'notifications_0002'
down_revision: Union[str, Sequence[str], None] = 'notifications_0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.add_column(sa.Column('document_issued_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('valid_on', sa.Date(), nullable=True))
    op.create_table('delivery_attempt',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('notice_id', sa.String(length=36), nullable=False),
    sa.Column('channel', sa.String(length=30), nullable=False),
    sa.Column('attempted_on', sa.Date(), nullable=False),
    sa.Column('outcome', sa.String(length=30), nullable=False),
    sa.Column('witness_name', sa.String(length=200), nullable=True),
    sa.Column('note', sa.String(length=1000), nullable=True),
    sa.Column('legal_basis', sa.String(length=200), nullable=False),
    sa.Column('recorded_by', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['notice_id'], ['notice.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('delivery_attempt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delivery_attempt_notice_id'), ['notice_id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('delivery_attempt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delivery_attempt_notice_id'))
    op.drop_table('delivery_attempt')
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.drop_column('valid_on')
        batch_op.drop_column('document_issued_on')
