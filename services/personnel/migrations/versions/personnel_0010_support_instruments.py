"""personnel: support instruments and their movements

Issue 9 capability 9 (rest): Decree 62/2015 Art. 74-77.

Revision ID: personnel_0010
Revises: personnel_0009
Create Date: 2026-11-29 10:30:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'personnel_0010'
down_revision: Union[str, Sequence[str], None] = 'personnel_0009'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'support_instrument',
        sa.Column('id', sa.String(length=64), nullable=False),
        sa.Column('authority_id', sa.String(length=50), nullable=False),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('condition', sa.String(length=20), nullable=True),
        sa.Column('holder_id', sa.String(length=64), nullable=True),
        sa.Column('allocation_decision', sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(['authority_id'], ['authority.id'], ),
        sa.ForeignKeyConstraint(['holder_id'], ['officer.id'], ),
        sa.PrimaryKeyConstraint('id'))
    with op.batch_alter_table('support_instrument', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_support_instrument_authority_id'),
                              ['authority_id'], unique=False)
    op.create_table(
        'instrument_movement',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('instrument_id', sa.String(length=64), nullable=False),
        sa.Column('action', sa.String(length=20), nullable=False),
        sa.Column('outcome', sa.String(length=20), nullable=False),
        sa.Column('officer_id', sa.String(length=64), nullable=True),
        sa.Column('on', sa.Date(), nullable=False),
        sa.Column('document_number', sa.String(length=100), nullable=False),
        sa.Column('condition', sa.String(length=20), nullable=True),
        sa.Column('reasons', sa.JSON(), nullable=False),
        sa.Column('recorded_by', sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(['instrument_id'], ['support_instrument.id'], ),
        sa.PrimaryKeyConstraint('id'))
    with op.batch_alter_table('instrument_movement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_instrument_movement_instrument_id'),
                              ['instrument_id'], unique=False)


def downgrade() -> None:
    op.drop_table('instrument_movement')
    op.drop_table('support_instrument')
