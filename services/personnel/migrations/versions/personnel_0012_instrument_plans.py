"""personnel: plans for support instruments and the General Director's allocation

Issue 9 capability 9 (the remaining gap): Decree 62/2015 Art. 75.1 — a provincial Department's
plan for its officers, the quantities and types the General Director decides.

Revision ID: personnel_0012
Revises: personnel_0011
Create Date: 2026-11-29 10:25:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'personnel_0012'
down_revision: Union[str, Sequence[str], None] = 'personnel_0011'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'instrument_plan',
        sa.Column('id', sa.String(length=64), nullable=False),
        sa.Column('authority_id', sa.String(length=50), nullable=False),
        sa.Column('submitted_on', sa.Date(), nullable=False),
        sa.Column('requested', sa.JSON(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('decision_number', sa.String(length=100), nullable=True),
        sa.Column('decided_on', sa.Date(), nullable=True),
        sa.Column('allocated', sa.JSON(), nullable=True),
        sa.Column('submitted_by', sa.String(length=100), nullable=False),
        sa.Column('decided_by', sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(['authority_id'], ['authority.id'], ),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('decision_number', name='uq_instrument_plan_decision_number'))
    with op.batch_alter_table('instrument_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_instrument_plan_authority_id'), ['authority_id'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('instrument_plan')
