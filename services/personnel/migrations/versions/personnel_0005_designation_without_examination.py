"""personnel: the authorities listed for designation without examination and the provincial
recruitment boards

Issue 9 capability 4: Decree 62/2015 Art. 63.

Revision ID: personnel_0005
Revises: personnel_0004
Create Date: 2026-11-29 09:40:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'personnel_0005'
down_revision: Union[str, Sequence[str], None] = 'personnel_0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'exempt_authority',
        sa.Column('authority_id', sa.String(length=50), nullable=False),
        sa.Column('area', sa.String(length=40), nullable=False),
        sa.Column('chief_district', sa.Boolean(), nullable=False),
        sa.Column('allowance_coefficient_hundredths', sa.Integer(), nullable=False),
        sa.Column('source', sa.String(length=300), nullable=False),
        sa.Column('listed_by', sa.String(length=100), nullable=False),
        sa.Column('listed_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['authority_id'], ['authority.id'], ),
        sa.PrimaryKeyConstraint('authority_id'))
    op.create_table(
        'recruitment_board',
        sa.Column('id', sa.String(length=64), nullable=False),
        sa.Column('authority_id', sa.String(length=50), nullable=False),
        sa.Column('members', sa.JSON(), nullable=False),
        sa.Column('decision_number', sa.String(length=100), nullable=False),
        sa.Column('constituted_on', sa.Date(), nullable=False),
        sa.Column('recorded_by', sa.String(length=100), nullable=False),
        sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['authority_id'], ['authority.id'], ),
        sa.PrimaryKeyConstraint('id'))
    with op.batch_alter_table('recruitment_board', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recruitment_board_authority_id'),
                              ['authority_id'], unique=False)


def downgrade() -> None:
    op.drop_table('recruitment_board')
    op.drop_table('exempt_authority')
