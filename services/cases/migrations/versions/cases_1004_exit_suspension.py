"""cases: exit suspension of judgment debtors

Issue 13 capability 5 (Decree 62/2015 Art. 51).

Revision ID: cases_1004
Revises: cases_1003
Create Date: 2026-11-29 09:50:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_1004'
down_revision: Union[str, Sequence[str], None] = 'cases_1003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('exit_suspension',
        sa.Column('id', sa.String(36), nullable=False),
        sa.Column('case_id', sa.String(36), nullable=False),
        sa.Column('debtor_party_id', sa.String(50), nullable=False),
        sa.Column('person_name', sa.String(200), nullable=False),
        sa.Column('identity_number', sa.String(30), nullable=False),
        sa.Column('nationality', sa.String(2), nullable=False),
        sa.Column('basis', sa.String(10), nullable=False),
        sa.Column('requested_by_party_id', sa.String(50), nullable=True),
        sa.Column('decided_on', sa.Date(), nullable=False),
        sa.Column('decided_by', sa.String(100), nullable=False),
        sa.Column('status', sa.String(10), nullable=False),
        sa.Column('reasons', sa.JSON(), nullable=False),
        sa.Column('exemptions', sa.JSON(), nullable=False),
        sa.Column('legal_basis', sa.String(200), nullable=False),
        sa.Column('lifted_on', sa.Date(), nullable=True),
        sa.Column('lift_ground', sa.String(30), nullable=True),
        sa.Column('lifted_by', sa.String(100), nullable=True),
        sa.Column('computations', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_exit_suspension_case_id', 'exit_suspension', ['case_id'])
    op.create_index('ix_exit_suspension_status', 'exit_suspension', ['status'])


def downgrade() -> None:
    op.drop_table('exit_suspension')
