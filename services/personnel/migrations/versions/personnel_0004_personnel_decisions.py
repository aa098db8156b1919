"""personnel: personnel decisions (designation of managers, transfers, dismissal), refused ones
kept with their reasons

Issue 9 capabilities 5 and 6: Decree 62/2015 Art. 64, 65, 70, 72.

Revision ID: personnel_0004
Revises: personnel_0003
Create Date: 2026-11-29 09:45:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'personnel_0004'
down_revision: Union[str, Sequence[str], None] = 'personnel_0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'personnel_decision',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('outcome', sa.String(length=20), nullable=False),
        sa.Column('officer_id', sa.String(length=64), nullable=False),
        sa.Column('authority_id', sa.String(length=50), nullable=False),
        sa.Column('target_authority_id', sa.String(length=50), nullable=True),
        sa.Column('position', sa.String(length=40), nullable=True),
        sa.Column('decider', sa.String(length=40), nullable=False),
        sa.Column('valid_from', sa.Date(), nullable=False),
        sa.Column('valid_to', sa.Date(), nullable=True),
        sa.Column('decision_number', sa.String(length=100), nullable=False),
        sa.Column('reasons', sa.JSON(), nullable=False),
        sa.Column('legal_basis', sa.String(length=300), nullable=False),
        sa.Column('parameters_used', sa.JSON(), nullable=False),
        sa.Column('details', sa.JSON(), nullable=False),
        sa.Column('decided_by', sa.String(length=100), nullable=False),
        sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], ),
        sa.ForeignKeyConstraint(['authority_id'], ['authority.id'], ),
        sa.ForeignKeyConstraint(['target_authority_id'], ['authority.id'], ),
        sa.PrimaryKeyConstraint('id'))
    with op.batch_alter_table('personnel_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_personnel_decision_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_personnel_decision_officer_id'), ['officer_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_personnel_decision_authority_id'),
                              ['authority_id'], unique=False)


def downgrade() -> None:
    op.drop_table('personnel_decision')
