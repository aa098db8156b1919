"""requests to third parties holding the debtor's money or property (Decree Art. 23; issue 12)

Revision ID: property_0005
Revises: property_0004
Create Date: 2026-11-29 10:15:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'property_0005'
down_revision: Union[str, Sequence[str], None] = 'property_0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """third_party_request."""
    op.create_table(
        'third_party_request',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('case_id', sa.String(length=36), nullable=False),
        sa.Column('authority', sa.String(length=50), nullable=False),
        sa.Column('holder_name', sa.String(length=200), nullable=False),
        sa.Column('holder_address', sa.String(length=500), nullable=False),
        sa.Column('description', sa.String(length=1000), nullable=False),
        sa.Column('amount', sa.Numeric(precision=18, scale=0), nullable=True),
        sa.Column('comply_by', sa.Date(), nullable=False),
        sa.Column('requested_on', sa.Date(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('responded_on', sa.Date(), nullable=True),
        sa.Column('delivered_amount', sa.Numeric(precision=18, scale=0), nullable=True),
        sa.Column('consequence', sa.String(length=40), nullable=True),
        sa.Column('consequence_article', sa.String(length=200), nullable=True),
        sa.Column('requested_by', sa.String(length=100), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_third_party_request_case_id', 'third_party_request', ['case_id'])
    op.create_index('ix_third_party_request_authority', 'third_party_request', ['authority'])


def downgrade() -> None:
    """Drop it."""
    op.drop_table('third_party_request')
