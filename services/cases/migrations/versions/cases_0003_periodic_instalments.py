"""cases: the instalments of a periodic obligation

Law Art. 30.1 (rules.md): the prescriptive limit of a periodic obligation runs from each
instalment's due date, so a judgment's obligation keeps its instalments (issue 8).

Revision ID: cases_0003
Revises: cases_0002
Create Date: 2026-11-29 07:20:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_0003'
down_revision: Union[str, Sequence[str], None] = 'cases_0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # the server default fills the rows already there (one-off obligations), then goes
    with op.batch_alter_table('obligation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('instalments', sa.JSON(), nullable=False,
                                      server_default=sa.text("'[]'")))
    with op.batch_alter_table('obligation', schema=None) as batch_op:
        batch_op.alter_column('instalments', server_default=None)


def downgrade() -> None:
    with op.batch_alter_table('obligation', schema=None) as batch_op:
        batch_op.drop_column('instalments')
