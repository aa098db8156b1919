"""cases: transfers of rights and obligations to enforcement

Issue 8 capability 9: Decree 62/2015 Art. 15.

Revision ID: cases_0008
Revises: cases_0007
Create Date: 2026-11-29 09:35:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_0008'
down_revision: Union[str, Sequence[str], None] = 'cases_0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('rights_transfer',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('from_party_id', sa.String(length=50), nullable=False),
    sa.Column('transferee', sa.JSON(), nullable=True),
    sa.Column('informed_on', sa.Date(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('decided_by', sa.String(length=100), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('document_reference', sa.String(length=300), nullable=True),
    sa.Column('creditor_consent', sa.String(length=300), nullable=True),
    sa.Column('period_ends_on', sa.Date(), nullable=True),
    sa.Column('notice_id', sa.String(length=36), nullable=True),
    sa.Column('legal_basis', sa.String(length=200), nullable=False),
    sa.Column('computations', sa.JSON(), nullable=False),
    sa.Column('parameters_used', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('rights_transfer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rights_transfer_case_id'), ['case_id'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('rights_transfer')
