"""known cases: each case's authority, from cases' enforcement_case.opened (issue 7 item 1)

Revision ID: disclosure_0002
Revises: disclosure_0001
Create Date: 2026-11-30 09:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'disclosure_0002'
down_revision: Union[str, Sequence[str], None] = 'disclosure_0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """The known cases: case_id -> authority, judgment_id, opened_on."""
    op.create_table('known_case',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('authority', sa.String(length=50), nullable=False),
    sa.Column('judgment_id', sa.String(length=64), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('source_event_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('case_id')
    )
    with op.batch_alter_table('known_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_known_case_authority'), ['authority'], unique=False)


def downgrade() -> None:
    """Drop the known cases."""
    with op.batch_alter_table('known_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_known_case_authority'))
    op.drop_table('known_case')
