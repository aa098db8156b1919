"""requests for reports of transactions on the debtor's other property (Decree Art. 13.8; issue 12)

Revision ID: property_0004
Revises: property_0003
Create Date: 2026-11-29 10:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'property_0004'
down_revision: Union[str, Sequence[str], None] = 'property_0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """transaction_report_request."""
    op.create_table(
        'transaction_report_request',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('case_id', sa.String(length=36), nullable=False),
        sa.Column('authority', sa.String(length=50), nullable=False),
        sa.Column('addressed_to', sa.String(length=200), nullable=False),
        sa.Column('property_ids', sa.JSON(), nullable=False),
        sa.Column('requested_on', sa.Date(), nullable=False),
        sa.Column('requested_by', sa.String(length=100), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_transaction_report_request_case_id', 'transaction_report_request',
                    ['case_id'])
    op.create_index('ix_transaction_report_request_authority', 'transaction_report_request',
                    ['authority'])


def downgrade() -> None:
    """Drop it."""
    op.drop_table('transaction_report_request')
