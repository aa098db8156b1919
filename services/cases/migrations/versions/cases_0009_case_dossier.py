"""cases: the enforcement dossier of a decision

Issue 8 capability 4 (plain form): Decree 62/2015 Art. 8.1.

Revision ID: cases_0009
Revises: cases_0008
Create Date: 2026-11-29 09:45:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_0009'
down_revision: Union[str, Sequence[str], None] = 'cases_0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('case_dossier',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('decision_id', sa.String(length=36), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('opened_by', sa.String(length=100), nullable=False),
    sa.Column('legal_basis', sa.String(length=200), nullable=False),
    sa.Column('computations', sa.JSON(), nullable=False),
    sa.Column('parameters_used', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('decision_id')
    )
    with op.batch_alter_table('case_dossier', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_dossier_case_id'), ['case_id'], unique=False)


def downgrade() -> None:
    op.drop_table('case_dossier')
