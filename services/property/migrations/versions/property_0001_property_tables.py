"""property tables

Revision ID: property_0001
Revises: 
Create Date: 2026-11-23 07:32:58.127429

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'property_0001'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = ('property',)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('property_item',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('authority', sa.String(length=50), nullable=False),
    sa.Column('debtor_party_id', sa.String(length=50), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('description', sa.String(length=1000), nullable=False),
    sa.Column('estimated_value', sa.Numeric(precision=18, scale=0), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('recorded_on', sa.Date(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('property_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_property_item_authority'), ['authority'], unique=False)
        batch_op.create_index(batch_op.f('ix_property_item_case_id'), ['case_id'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('property_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_property_item_case_id'))
        batch_op.drop_index(batch_op.f('ix_property_item_authority'))

    op.drop_table('property_item')
