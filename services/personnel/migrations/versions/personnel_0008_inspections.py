"""personnel: inspections given to enforcement inspectors, or refused with the relations that
barred them

Issue 9 capability 7: Decree 62/2015 Art. 66-69.

Revision ID: personnel_0008
Revises: personnel_0007
Create Date: 2026-11-29 10:10:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'personnel_0008'
down_revision: Union[str, Sequence[str], None] = 'personnel_0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'inspection',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('authority_id', sa.String(length=50), nullable=False),
        sa.Column('inspector_id', sa.String(length=64), nullable=False),
        sa.Column('subject_kind', sa.String(length=30), nullable=False),
        sa.Column('subject_reference', sa.String(length=200), nullable=False),
        sa.Column('persons', sa.JSON(), nullable=False),
        sa.Column('outcome', sa.String(length=20), nullable=False),
        sa.Column('reasons', sa.JSON(), nullable=False),
        sa.Column('barred_by', sa.JSON(), nullable=False),
        sa.Column('decision_number', sa.String(length=100), nullable=False),
        sa.Column('on', sa.Date(), nullable=False),
        sa.Column('recorded_by', sa.String(length=100), nullable=False),
        sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['authority_id'], ['authority.id'], ),
        sa.ForeignKeyConstraint(['inspector_id'], ['officer.id'], ),
        sa.PrimaryKeyConstraint('id'))
    with op.batch_alter_table('inspection', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspection_authority_id'), ['authority_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_inspection_inspector_id'), ['inspector_id'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('inspection')
