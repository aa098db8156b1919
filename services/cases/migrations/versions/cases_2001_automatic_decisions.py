"""cases: automatic decisions (Law Art. 36.2; Decree Art. 6) and the marks of Decree Art. 7.4

The judgment's day of receipt; per item its automatic kind, joint group, whether its debtor is
identified and the right it assigns; a case opened on the authority's own initiative has no
requester.

Revision ID: cases_2001
Revises: cases_1005
Create Date: 2026-11-29 10:30:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_2001'
down_revision: Union[str, Sequence[str], None] = "cases_1005"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('judgment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('received_on', sa.Date(), nullable=True))
    with op.batch_alter_table('obligation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('automatic', sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column('joint_group', sa.String(length=50), nullable=True))
        batch_op.add_column(sa.Column('debtor_identified', sa.Boolean(), nullable=False,
                                      server_default=sa.true()))
        batch_op.add_column(sa.Column('right_assigned', sa.String(length=30), nullable=True))
    with op.batch_alter_table('enforcement_case', schema=None) as batch_op:
        batch_op.alter_column('requester_party_id', existing_type=sa.String(length=50),
                              nullable=True)


def downgrade() -> None:
    with op.batch_alter_table('enforcement_case', schema=None) as batch_op:
        batch_op.alter_column('requester_party_id', existing_type=sa.String(length=50),
                              nullable=False)
    with op.batch_alter_table('obligation', schema=None) as batch_op:
        for column in ('right_assigned', 'debtor_identified', 'joint_group', 'automatic'):
            batch_op.drop_column(column)
    with op.batch_alter_table('judgment', schema=None) as batch_op:
        batch_op.drop_column('received_on')
