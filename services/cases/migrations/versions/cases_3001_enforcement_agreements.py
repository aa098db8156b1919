"""cases: the litigants' agreements on enforcement

Issue 8 capability 6: Decree 62/2015 Art. 5.

Revision ID: cases_3001
Revises: cases_2002
Create Date: 2026-11-29 10:30:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_3001'
down_revision: Union[str, Sequence[str], None] = "cases_2002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('enforcement_agreement',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('judgment_id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('authority', sa.String(length=50), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('obligation_ids', sa.JSON(), nullable=False),
    sa.Column('made_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=500), nullable=False),
    sa.Column('contents', sa.String(length=4000), nullable=True),
    sa.Column('performance_due_on', sa.Date(), nullable=True),
    sa.Column('consequences', sa.String(length=2000), nullable=True),
    sa.Column('signatories', sa.JSON(), nullable=False),
    sa.Column('property_sold_undelivered', sa.Boolean(), nullable=False),
    sa.Column('buyer_consent', sa.Boolean(), nullable=False),
    sa.Column('legal_basis', sa.String(length=200), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decision_due_on', sa.Date(), nullable=True),
    sa.Column('witnessed_on', sa.Date(), nullable=True),
    sa.Column('witnessed_by', sa.String(length=100), nullable=True),
    sa.Column('witness_place', sa.String(length=500), nullable=True),
    sa.Column('refusal_grounds', sa.JSON(), nullable=False),
    sa.Column('refusal_reasons', sa.String(length=2000), nullable=True),
    sa.Column('termination_number', sa.String(length=100), nullable=True),
    sa.Column('terminated_on', sa.Date(), nullable=True),
    sa.Column('terminated_by', sa.String(length=100), nullable=True),
    sa.Column('partial', sa.Boolean(), nullable=True),
    sa.Column('computations', sa.JSON(), nullable=False),
    sa.Column('parameters_used', sa.JSON(), nullable=False),
    sa.Column('breached_on', sa.Date(), nullable=True),
    sa.Column('breaching_party_id', sa.String(length=50), nullable=True),
    sa.Column('unperformed', sa.String(length=2000), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id'], ),
    sa.ForeignKeyConstraint(['judgment_id'], ['judgment.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('enforcement_agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enforcement_agreement_authority'), ['authority'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_enforcement_agreement_case_id'), ['case_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_enforcement_agreement_judgment_id'),
                              ['judgment_id'], unique=False)


def downgrade() -> None:
    op.drop_table('enforcement_agreement')
