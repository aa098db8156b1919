"""personnel: officers' cards and the issues of uniforms and insignia

Issue 9 capability 9 (in part): Decree 62/2015 Art. 73, 81-83.

Revision ID: personnel_0009
Revises: personnel_0008
Create Date: 2026-11-29 10:20:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'personnel_0009'
down_revision: Union[str, Sequence[str], None] = 'personnel_0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'officer_card',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('officer_id', sa.String(length=64), nullable=False),
        sa.Column('kind', sa.String(length=30), nullable=False),
        sa.Column('position', sa.String(length=40), nullable=False),
        sa.Column('number', sa.String(length=50), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('issued_on', sa.Date(), nullable=False),
        sa.Column('ended_on', sa.Date(), nullable=True),
        sa.Column('end_reason', sa.String(length=500), nullable=True),
        sa.Column('recorded_by', sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], ),
        sa.PrimaryKeyConstraint('id'))
    with op.batch_alter_table('officer_card', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_officer_card_officer_id'), ['officer_id'],
                              unique=False)
    op.create_table(
        'uniform_issue',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('officer_id', sa.String(length=64), nullable=False),
        sa.Column('item', sa.String(length=40), nullable=False),
        sa.Column('quantity', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('outcome', sa.String(length=20), nullable=False),
        sa.Column('issued_on', sa.Date(), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=True),
        sa.Column('reasons', sa.JSON(), nullable=False),
        sa.Column('parameters_used', sa.JSON(), nullable=False),
        sa.Column('explanation', sa.String(length=500), nullable=True),
        sa.Column('recorded_by', sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], ),
        sa.PrimaryKeyConstraint('id'))
    with op.batch_alter_table('uniform_issue', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_uniform_issue_officer_id'), ['officer_id'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('uniform_issue')
    op.drop_table('officer_card')
