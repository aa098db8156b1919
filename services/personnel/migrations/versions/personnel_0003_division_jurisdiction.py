"""personnel: the competent authority of each administrative division, dated

Issue 9 capability 1: the lookup of the competent authority for a province or commune (Law
Art. 35; Decree 62/2015 Art. 16), used by ``cases`` for entrustment; a reorganisation of the
divisions or of the agency is new rows, not code.

Revision ID: personnel_0003
Revises: personnel_0002
Create Date: 2026-11-29 07:20:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'personnel_0003'
down_revision: Union[str, Sequence[str], None] = 'personnel_0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'division_jurisdiction',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('province_code', sa.String(length=10), nullable=False),
        sa.Column('commune_code', sa.String(length=10), nullable=True),
        sa.Column('authority_id', sa.String(length=50), nullable=False),
        sa.Column('valid_from', sa.Date(), nullable=False),
        sa.Column('valid_to', sa.Date(), nullable=True),
        sa.Column('source', sa.String(length=300), nullable=False),
        sa.Column('recorded_by', sa.String(length=100), nullable=False),
        sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['authority_id'], ['authority.id'], ),
        sa.PrimaryKeyConstraint('id'))
    with op.batch_alter_table('division_jurisdiction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_division_jurisdiction_authority_id'),
                              ['authority_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_division_jurisdiction_province_code'),
                              ['province_code'], unique=False)


def downgrade() -> None:
    op.drop_table('division_jurisdiction')
