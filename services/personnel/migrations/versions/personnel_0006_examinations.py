"""personnel: enforcement officers' examinations and their candidates

Issue 9 capability 3: Decree 62/2015 Art. 56-62; Law Art. 18.

Revision ID: personnel_0006
Revises: personnel_0005
Create Date: 2026-11-29 09:50:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'personnel_0006'
down_revision: Union[str, Sequence[str], None] = 'personnel_0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'examination',
        sa.Column('id', sa.String(length=64), nullable=False),
        sa.Column('rank', sa.String(length=40), nullable=False),
        sa.Column('system', sa.String(length=20), nullable=False),
        sa.Column('organiser_id', sa.String(length=50), nullable=False),
        sa.Column('examination_on', sa.Date(), nullable=False),
        sa.Column('board_decision_number', sa.String(length=100), nullable=False),
        sa.Column('board_members', sa.JSON(), nullable=False),
        sa.Column('opened_by', sa.String(length=100), nullable=False),
        sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['organiser_id'], ['authority.id'], ),
        sa.PrimaryKeyConstraint('id'))
    with op.batch_alter_table('examination', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_examination_organiser_id'), ['organiser_id'],
                              unique=False)
    op.create_table(
        'exam_candidate',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('examination_id', sa.String(length=64), nullable=False),
        sa.Column('officer_id', sa.String(length=64), nullable=False),
        sa.Column('nominated_by', sa.String(length=50), nullable=False),
        sa.Column('held_by', sa.String(length=50), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('facts', sa.JSON(), nullable=False),
        sa.Column('reasons', sa.JSON(), nullable=False),
        sa.Column('parameters_used', sa.JSON(), nullable=False),
        sa.Column('application_number', sa.String(length=100), nullable=True),
        sa.Column('score', sa.Integer(), nullable=True),
        sa.Column('recorded_by', sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(['examination_id'], ['examination.id'], ),
        sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], ),
        sa.ForeignKeyConstraint(['nominated_by'], ['authority.id'], ),
        sa.ForeignKeyConstraint(['held_by'], ['authority.id'], ),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('examination_id', 'officer_id',
                            name='uq_exam_candidate_examination_officer'))
    with op.batch_alter_table('exam_candidate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_exam_candidate_examination_id'),
                              ['examination_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_exam_candidate_officer_id'), ['officer_id'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('exam_candidate')
    op.drop_table('examination')
