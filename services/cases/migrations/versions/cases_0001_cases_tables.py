"""cases tables

Revision ID: cases_0001
Revises: 
Create Date: 2026-11-23 07:13:01.208341

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = 'cases_0001'
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = ('cases',)
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('judgment',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('court', sa.String(length=200), nullable=False),
    sa.Column('number', sa.String(length=100), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('authority', sa.String(length=50), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('court', 'number')
    )
    with op.batch_alter_table('judgment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_judgment_authority'), ['authority'], unique=False)

    op.create_table('enforcement_case',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('judgment_id', sa.String(length=36), nullable=False),
    sa.Column('authority', sa.String(length=50), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('requester_party_id', sa.String(length=50), nullable=False),
    sa.Column('obligation_ids', sa.JSON(), nullable=False),
    sa.Column('request_received_on', sa.Date(), nullable=False),
    sa.Column('request_content', sa.String(length=2000), nullable=False),
    sa.Column('parameters_used', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['judgment_id'], ['judgment.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('enforcement_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enforcement_case_authority'), ['authority'], unique=False)
        batch_op.create_index(batch_op.f('ix_enforcement_case_judgment_id'), ['judgment_id'], unique=False)

    op.create_table('obligation',
    sa.Column('judgment_id', sa.String(length=36), nullable=False),
    sa.Column('obligation_id', sa.String(length=50), nullable=False),
    sa.Column('kind', sa.String(length=50), nullable=False),
    sa.Column('debtor_party_id', sa.String(length=50), nullable=False),
    sa.Column('creditor_party_id', sa.String(length=50), nullable=True),
    sa.Column('amount', sa.Numeric(precision=18, scale=0), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('description', sa.String(length=1000), nullable=False),
    sa.ForeignKeyConstraint(['judgment_id'], ['judgment.id'], ),
    sa.PrimaryKeyConstraint('judgment_id', 'obligation_id')
    )
    op.create_table('party',
    sa.Column('judgment_id', sa.String(length=36), nullable=False),
    sa.Column('party_id', sa.String(length=50), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['judgment_id'], ['judgment.id'], ),
    sa.PrimaryKeyConstraint('judgment_id', 'party_id')
    )
    op.create_table('enforcement_decision',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=100), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('issued_by', sa.String(length=100), nullable=False),
    sa.Column('basis', sa.String(length=20), nullable=False),
    sa.Column('notify_by', sa.Date(), nullable=False),
    sa.Column('parameters_used', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('case_id')
    )


def downgrade() -> None:
    """Downgrade schema."""
    op.drop_table('enforcement_decision')
    op.drop_table('party')
    op.drop_table('obligation')
    with op.batch_alter_table('enforcement_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enforcement_case_judgment_id'))
        batch_op.drop_index(batch_op.f('ix_enforcement_case_authority'))

    op.drop_table('enforcement_case')
    with op.batch_alter_table('judgment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_judgment_authority'))

    op.drop_table('judgment')
