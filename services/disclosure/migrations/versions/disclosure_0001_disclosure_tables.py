"""disclosure tables

Revision ID: disclosure_0001
Revises: 
Create Date: 2026-11-23 07:34:18.499065

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'disclosure_0001'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = ('disclosure',)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('register_entry',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('authority', sa.String(length=50), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('debtor_name', sa.String(length=200), nullable=False),
    sa.Column('debtor_address', sa.String(length=500), nullable=False),
    sa.Column('judgment', sa.String(length=300), nullable=False),
    sa.Column('enforcement_decision', sa.String(length=300), nullable=False),
    sa.Column('unmet_obligation', sa.String(length=1000), nullable=False),
    sa.Column('reason', sa.String(length=500), nullable=False),
    sa.Column('lacking_conditions_decision', sa.String(length=100), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('publish_by', sa.Date(), nullable=False),
    sa.Column('published_on', sa.Date(), nullable=False),
    sa.Column('published_by', sa.String(length=100), nullable=False),
    sa.Column('removal_ground', sa.String(length=30), nullable=True),
    sa.Column('removal_document', sa.String(length=100), nullable=True),
    sa.Column('removal_document_on', sa.Date(), nullable=True),
    sa.Column('remove_by', sa.Date(), nullable=True),
    sa.Column('removed_on', sa.Date(), nullable=True),
    sa.Column('removed_by', sa.String(length=100), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('register_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_register_entry_authority'), ['authority'], unique=False)
        batch_op.create_index(batch_op.f('ix_register_entry_case_id'), ['case_id'], unique=False)
        batch_op.create_index('ix_register_entry_listing', ['published_on', 'removed_on'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('register_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_register_entry_listing')
        batch_op.drop_index(batch_op.f('ix_register_entry_case_id'))
        batch_op.drop_index(batch_op.f('ix_register_entry_authority'))

    op.drop_table('register_entry')
