"""cases: postponement, suspension, termination and continuation decisions

Issue 8 capability 8: postponement (Law Art. 48; Decree 62/2015 Art. 14), suspension (Law Art.
49), their continuation (Art. 48.4, 49.3) and termination (Law Art. 50).

Revision ID: cases_0005
Revises: cases_0004
Create Date: 2026-11-29 09:40:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_0005'
down_revision: Union[str, Sequence[str], None] = 'cases_0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _decision_columns():
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('case_id', sa.String(length=36), nullable=False),
        sa.Column('ground', sa.String(length=20), nullable=False),
        sa.Column('reasons', sa.String(length=2000), nullable=False),
        sa.Column('number', sa.String(length=100), nullable=False),
        sa.Column('ground_arose_on', sa.Date(), nullable=False),
        sa.Column('decided_on', sa.Date(), nullable=False),
        sa.Column('decided_by', sa.String(length=100), nullable=False),
        sa.Column('legal_basis', sa.String(length=200), nullable=False),
        sa.Column('computations', sa.JSON(), nullable=False),
        sa.Column('parameters_used', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id'], ),
        sa.PrimaryKeyConstraint('id'),
    ]


def upgrade() -> None:
    op.create_table('postponement_suspension_decision',
    *_decision_columns(),
    sa.Column('judgment_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('partial', sa.Boolean(), nullable=False),
    sa.Column('other_property', sa.String(length=1000), nullable=True),
    sa.Column('ends_by', sa.Date(), nullable=True),
    sa.Column('continuation_number', sa.String(length=100), nullable=True),
    sa.Column('ground_ended_on', sa.Date(), nullable=True),
    sa.Column('continued_on', sa.Date(), nullable=True),
    sa.Column('continued_by', sa.String(length=100), nullable=True),
    sa.Column('continuation_computations', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['judgment_id'], ['judgment.id'], ),
    )
    with op.batch_alter_table('postponement_suspension_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_postponement_suspension_decision_case_id'),
                              ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_postponement_suspension_decision_judgment_id'),
                              ['judgment_id'], unique=False)
    op.create_table('termination_decision', *_decision_columns(),
                    sa.UniqueConstraint('case_id'))


def downgrade() -> None:
    op.drop_table('termination_decision')
    op.drop_table('postponement_suspension_decision')
