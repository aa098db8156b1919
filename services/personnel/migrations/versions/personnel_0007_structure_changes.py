"""personnel: administrators' changes to the structure of the authority tree

Issue 9 capability 1: the tree kept as data an administrator changes without code (Decree
62/2015 Art. 52-54; the 2025 reorganisation), the relation of each level explicit (Art. 54.2).

Revision ID: personnel_0007
Revises: personnel_0006
Create Date: 2026-11-29 10:00:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'personnel_0007'
down_revision: Union[str, Sequence[str], None] = 'personnel_0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'structure_change',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('action', sa.String(length=10), nullable=False),
        sa.Column('key', sa.String(length=80), nullable=False),
        sa.Column('value', sa.String(length=200), nullable=True),
        sa.Column('unit', sa.String(length=20), nullable=True),
        sa.Column('valid_from', sa.Date(), nullable=False),
        sa.Column('valid_to', sa.Date(), nullable=True),
        sa.Column('source', sa.String(length=300), nullable=False),
        sa.Column('confidence', sa.String(length=10), nullable=True),
        sa.Column('recorded_by', sa.String(length=100), nullable=False),
        sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id'))
    with op.batch_alter_table('structure_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_structure_change_key'), ['key'], unique=False)
    # the tie to the parent (management or affiliation, Decree 62/2015 Art. 54.2) as the
    # structure in force said when the authority was registered
    with op.batch_alter_table('authority', schema=None) as batch_op:
        batch_op.add_column(sa.Column('relation', sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('authority', schema=None) as batch_op:
        batch_op.drop_column('relation')
    op.drop_table('structure_change')
