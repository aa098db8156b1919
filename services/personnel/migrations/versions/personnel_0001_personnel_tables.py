"""personnel tables

Revision ID: personnel_0001
Revises: 
Create Date: 2026-11-23 07:31:52.381991

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'personnel_0001'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = ('personnel',)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('authority',
    sa.Column('id', sa.String(length=50), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('name_vi', sa.String(length=200), nullable=False),
    sa.Column('level', sa.String(length=30), nullable=False),
    sa.Column('parent_id', sa.String(length=50), nullable=True),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('parameters_used', sa.JSON(), nullable=False),
    sa.Column('registered_by', sa.String(length=100), nullable=False),
    sa.Column('registered_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['authority.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('authority', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_authority_level'), ['level'], unique=False)
        batch_op.create_index(batch_op.f('ix_authority_parent_id'), ['parent_id'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('authority', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_authority_parent_id'))
        batch_op.drop_index(batch_op.f('ix_authority_level'))

    op.drop_table('authority')
