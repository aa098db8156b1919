"""personnel: officials, their positions with history, relations, case assignments

Issue 9 (capabilities 2 and 8): an official (``officer``) holds positions at authorities from a
day to a day (``appointment``, the career history; Law Art. 17-18, Decree 62/2015 Art. 54.2,
66-72); persons related to an officer (``officer_relation``; Law Art. 21.5, Decree Art. 10.1)
exclude them from a party's case; each case given to an officer is an ``assignment`` with the
reasons of the choice (Law Art. 36; Decree Art. 10).

Revision ID: personnel_0002
Revises: personnel_0001
Create Date: 2026-11-29 07:15:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'personnel_0002'
down_revision: Union[str, Sequence[str], None] = 'personnel_0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'officer',
        sa.Column('id', sa.String(length=64), nullable=False),
        sa.Column('full_name', sa.String(length=200), nullable=False),
        sa.Column('identity_number', sa.String(length=20), nullable=True),
        sa.Column('authority_id', sa.String(length=50), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('registered_by', sa.String(length=100), nullable=False),
        sa.Column('registered_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['authority_id'], ['authority.id'], ),
        sa.PrimaryKeyConstraint('id'))
    with op.batch_alter_table('officer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_officer_authority_id'), ['authority_id'],
                              unique=False)
    op.create_table(
        'appointment',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('officer_id', sa.String(length=64), nullable=False),
        sa.Column('authority_id', sa.String(length=50), nullable=False),
        sa.Column('position', sa.String(length=40), nullable=False),
        sa.Column('valid_from', sa.Date(), nullable=False),
        sa.Column('valid_to', sa.Date(), nullable=True),
        sa.Column('decision_number', sa.String(length=100), nullable=False),
        sa.Column('end_reason', sa.String(length=500), nullable=True),
        sa.Column('appointed_by', sa.String(length=100), nullable=False),
        sa.Column('ended_by', sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(['authority_id'], ['authority.id'], ),
        sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], ),
        sa.PrimaryKeyConstraint('id'))
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appointment_authority_id'), ['authority_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_appointment_officer_id'), ['officer_id'],
                              unique=False)
    op.create_table(
        'officer_relation',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('officer_id', sa.String(length=64), nullable=False),
        sa.Column('person_name', sa.String(length=200), nullable=False),
        sa.Column('identity_number', sa.String(length=20), nullable=True),
        sa.Column('relation', sa.String(length=40), nullable=False),
        sa.Column('recorded_by', sa.String(length=100), nullable=False),
        sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], ),
        sa.PrimaryKeyConstraint('id'))
    with op.batch_alter_table('officer_relation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_officer_relation_officer_id'), ['officer_id'],
                              unique=False)
    op.create_table(
        'assignment',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('authority_id', sa.String(length=50), nullable=False),
        sa.Column('case_id', sa.String(length=64), nullable=False),
        sa.Column('officer_id', sa.String(length=64), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('assigned_on', sa.Date(), nullable=False),
        sa.Column('released_on', sa.Date(), nullable=True),
        sa.Column('release_reason', sa.String(length=500), nullable=True),
        sa.Column('explanation', sa.JSON(), nullable=False),
        sa.Column('legal_basis', sa.String(length=300), nullable=False),
        sa.Column('assigned_by', sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(['authority_id'], ['authority.id'], ),
        sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], ),
        sa.PrimaryKeyConstraint('id'))
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assignment_authority_id'), ['authority_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_assignment_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assignment_officer_id'), ['officer_id'],
                              unique=False)


def downgrade() -> None:
    for table in ('assignment', 'officer_relation', 'appointment', 'officer'):
        op.drop_table(table)
