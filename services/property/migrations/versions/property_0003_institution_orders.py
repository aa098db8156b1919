"""measures and orders to institutions (banks, State Treasury, VSDC) with their answers (issue 12)

Revision ID: property_0003
Revises: property_1003
Create Date: 2026-11-29 09:45:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'property_0003'
down_revision: Union[str, Sequence[str], None] = "property_1003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """enforcement_measure, institution_order, institution_answer."""
    op.create_table(
        'enforcement_measure',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('case_id', sa.String(length=36), nullable=False),
        sa.Column('authority', sa.String(length=50), nullable=False),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('category', sa.String(length=20), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('decision_id', sa.String(length=64), nullable=False),
        sa.Column('decision_number', sa.String(length=100), nullable=False),
        sa.Column('decision_issued_on', sa.Date(), nullable=False),
        sa.Column('obligation_amount', sa.Numeric(precision=18, scale=0), nullable=False),
        sa.Column('costs_amount', sa.Numeric(precision=18, scale=0), nullable=False),
        sa.Column('targeted_amount', sa.Numeric(precision=18, scale=0), nullable=False),
        sa.Column('exception', sa.String(length=40), nullable=True),
        sa.Column('explanation', sa.String(length=2000), nullable=False),
        sa.Column('reasons', sa.JSON(), nullable=False),
        sa.Column('legal_basis', sa.String(length=300), nullable=False),
        sa.Column('parameters_used', sa.JSON(), nullable=False),
        sa.Column('decided_by', sa.String(length=100), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_enforcement_measure_case_id', 'enforcement_measure', ['case_id'])
    op.create_index('ix_enforcement_measure_authority', 'enforcement_measure', ['authority'])
    op.create_table(
        'institution_order',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('measure_id', sa.String(length=36), nullable=True),
        sa.Column('case_id', sa.String(length=36), nullable=False),
        sa.Column('authority', sa.String(length=50), nullable=False),
        sa.Column('institution', sa.String(length=64), nullable=False),
        sa.Column('institution_kind', sa.String(length=20), nullable=False),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('message', sa.JSON(), nullable=False),
        sa.Column('amount', sa.Numeric(precision=18, scale=0), nullable=True),
        sa.Column('lifts_order_id', sa.String(length=36), nullable=True),
        sa.Column('lift_order_id', sa.String(length=36), nullable=True),
        sa.Column('sent_on', sa.Date(), nullable=False),
        sa.Column('answer_due_on', sa.Date(), nullable=False),
        sa.Column('parameters_used', sa.JSON(), nullable=False),
        sa.Column('answer_id', sa.String(length=36), nullable=True),
        sa.Column('answer_digest', sa.String(length=64), nullable=True),
        sa.Column('answered_on', sa.Date(), nullable=True),
        sa.Column('answered_amount', sa.Numeric(precision=18, scale=0), nullable=True),
        sa.Column('transfer_reference', sa.String(length=128), nullable=True),
        sa.Column('reason_code', sa.String(length=40), nullable=True),
        sa.Column('reason', sa.String(length=1000), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id'))
    for column in ('measure_id', 'case_id', 'authority', 'institution', 'status'):
        op.create_index(f'ix_institution_order_{column}', 'institution_order', [column])
    op.create_table(
        'institution_answer',
        sa.Column('answer_id', sa.String(length=36), nullable=False),
        sa.Column('order_id', sa.String(length=36), nullable=False),
        sa.Column('institution', sa.String(length=64), nullable=False),
        sa.Column('outcome', sa.String(length=20), nullable=False),
        sa.Column('digest', sa.String(length=64), nullable=False),
        sa.Column('key_id', sa.String(length=64), nullable=False),
        sa.Column('event_id', sa.String(length=36), nullable=False),
        sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('answer_id'))
    op.create_index('ix_institution_answer_order_id', 'institution_answer', ['order_id'])


def downgrade() -> None:
    """Drop them."""
    op.drop_table('institution_answer')
    op.drop_table('institution_order')
    op.drop_table('enforcement_measure')
