"""notifications: notices of more documents, to persons and organisations

Issue 10 capability 1 (in part): the refusal of a request (Law Art. 31.5) and the register's
publication and removal sent to the commune People's Committee (Decree Art. 11.1, 11.3). A
notice says whether its recipient is a person or an organisation (``recipient_kind``); its
name and address may be absent when the source event carries none (the refused request's
address stays with ``cases``).

Revision ID: notifications_0003
Revises: notifications_0002
Create Date: 2026-11-29 07:45:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'notifications_0003'
down_revision: Union[str, Sequence[str], None] = 'notifications_0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recipient_kind', sa.String(length=20),
                                      server_default='person', nullable=False))
        batch_op.alter_column('recipient_name', existing_type=sa.String(length=200),
                              nullable=True)
        batch_op.alter_column('recipient_address', existing_type=sa.String(length=500),
                              nullable=True)


def downgrade() -> None:
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.alter_column('recipient_address', existing_type=sa.String(length=500),
                              nullable=False)
        batch_op.alter_column('recipient_name', existing_type=sa.String(length=200),
                              nullable=False)
        batch_op.drop_column('recipient_kind')
