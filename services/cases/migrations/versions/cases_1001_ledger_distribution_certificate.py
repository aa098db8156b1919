"""cases: the money ledger — receipts, enforcement costs, distributions, payouts, certificates
of result, closures

Issue 13 capabilities 1, 2, 7, 8 (Law Art. 47, 52; Decree 62/2015 Art. 37, 43-45, 49).

Revision ID: cases_1001
Revises: cases_0009
Create Date: 2026-11-29 09:45:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_1001'
down_revision: Union[str, Sequence[str], None] = "cases_0009"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('ledger_receipt',
        sa.Column('id', sa.String(36), nullable=False),
        sa.Column('case_id', sa.String(36), nullable=False),
        sa.Column('source', sa.String(30), nullable=False),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        sa.Column('received_on', sa.Date(), nullable=False),
        sa.Column('reference', sa.String(128), nullable=False),
        sa.Column('payer', sa.String(200), nullable=True),
        sa.Column('institution', sa.String(64), nullable=True),
        sa.Column('measure_id', sa.String(64), nullable=True),
        sa.Column('collection_id', sa.String(64), nullable=True),
        sa.Column('recorded_by', sa.String(100), nullable=False),
        sa.Column('pay_by', sa.Date(), nullable=False),
        sa.Column('distribution_id', sa.String(36), nullable=True),
        sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('collection_id'),
    )
    op.create_index('ix_ledger_receipt_case_id', 'ledger_receipt', ['case_id'])
    op.create_index('ix_ledger_receipt_distribution_id', 'ledger_receipt', ['distribution_id'])
    op.create_table('enforcement_cost',
        sa.Column('id', sa.String(36), nullable=False),
        sa.Column('case_id', sa.String(36), nullable=False),
        sa.Column('description', sa.String(1000), nullable=False),
        sa.Column('item', sa.String(20), nullable=False),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        sa.Column('borne_by', sa.String(20), nullable=False),
        sa.Column('approved_on', sa.Date(), nullable=False),
        sa.Column('approved_by', sa.String(100), nullable=False),
        sa.Column('legal_basis', sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_enforcement_cost_case_id', 'enforcement_cost', ['case_id'])
    op.create_table('distribution',
        sa.Column('id', sa.String(36), nullable=False),
        sa.Column('case_id', sa.String(36), nullable=False),
        sa.Column('number', sa.String(100), nullable=False),
        sa.Column('decided_on', sa.Date(), nullable=False),
        sa.Column('decided_by', sa.String(100), nullable=False),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        sa.Column('lines', sa.JSON(), nullable=False),
        sa.Column('categories', sa.JSON(), nullable=False),
        sa.Column('receipt_ids', sa.JSON(), nullable=False),
        sa.Column('legal_basis', sa.String(200), nullable=False),
        sa.Column('computations', sa.JSON(), nullable=False),
        sa.Column('parameters_used', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_distribution_case_id', 'distribution', ['case_id'])
    op.create_table('payout',
        sa.Column('id', sa.String(36), nullable=False),
        sa.Column('case_id', sa.String(36), nullable=False),
        sa.Column('distribution_id', sa.String(36), nullable=False),
        sa.Column('line_no', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(20), nullable=False),
        sa.Column('obligation_id', sa.String(50), nullable=True),
        sa.Column('party_id', sa.String(50), nullable=True),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        sa.Column('status', sa.String(20), nullable=False),
        sa.Column('invited_on', sa.Date(), nullable=True),
        sa.Column('method', sa.String(20), nullable=True),
        sa.Column('paid_on', sa.Date(), nullable=True),
        sa.Column('reference', sa.String(128), nullable=True),
        sa.Column('remit_by', sa.Date(), nullable=True),
        sa.Column('computations', sa.JSON(), nullable=False),
        sa.Column('parameters_used', sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id']),
        sa.ForeignKeyConstraint(['distribution_id'], ['distribution.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_payout_case_id', 'payout', ['case_id'])
    op.create_index('ix_payout_distribution_id', 'payout', ['distribution_id'])
    op.create_table('result_certificate',
        sa.Column('id', sa.String(36), nullable=False),
        sa.Column('case_id', sa.String(36), nullable=False),
        sa.Column('number', sa.String(100), nullable=False),
        sa.Column('issued_on', sa.Date(), nullable=False),
        sa.Column('issued_by', sa.String(100), nullable=False),
        sa.Column('requested_by', sa.String(200), nullable=False),
        sa.Column('debtor_party_id', sa.String(50), nullable=False),
        sa.Column('results', sa.JSON(), nullable=False),
        sa.Column('fulfilled', sa.Boolean(), nullable=False),
        sa.Column('legal_basis', sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_result_certificate_case_id', 'result_certificate', ['case_id'])
    op.create_table('case_closure',
        sa.Column('id', sa.String(36), nullable=False),
        sa.Column('case_id', sa.String(36), nullable=False),
        sa.Column('ground', sa.String(30), nullable=False),
        sa.Column('closed_on', sa.Date(), nullable=False),
        sa.Column('closed_by', sa.String(100), nullable=False),
        sa.Column('certificate_id', sa.String(36), nullable=True),
        sa.Column('amount_due', sa.BigInteger(), nullable=False),
        sa.Column('amount_collected', sa.BigInteger(), nullable=False),
        sa.Column('legal_basis', sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(['certificate_id'], ['result_certificate.id']),
        sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('case_id'),
    )


def downgrade() -> None:
    for table in ('case_closure', 'result_certificate', 'payout', 'distribution',
                  'enforcement_cost', 'ledger_receipt'):
        op.drop_table(table)
