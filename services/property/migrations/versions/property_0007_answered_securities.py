"""the securities VSDC reports in its answer (Decree 62/2015 Art. 13.5(b): the transfer and
the sale use what VSDC froze and transferred, not what was ordered)

Revision ID: property_0007
Revises: property_0006
Create Date: 2026-11-29 10:45:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'property_0007'
down_revision: Union[str, Sequence[str], None] = 'property_0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('institution_order', schema=None) as batch_op:
        batch_op.add_column(sa.Column('answered_securities', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('institution_order', schema=None) as batch_op:
        batch_op.drop_column('answered_securities')
