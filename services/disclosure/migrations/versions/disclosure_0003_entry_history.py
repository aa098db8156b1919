"""the register driven by cases' decisions: entry_history, the debtor and decision of an entry,
its last correction (issue 11)

Revision ID: disclosure_0003
Revises: disclosure_0002
Create Date: 2026-11-29 07:15:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'disclosure_0003'
down_revision: Union[str, Sequence[str], None] = 'disclosure_0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """entry_history; register_entry gains debtor_party_id, decision_id, corrected_on,
    correct_by."""
    op.create_table('entry_history',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('entry_id', sa.String(length=36), nullable=True),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('debtor_party_id', sa.String(length=64), nullable=True),
    sa.Column('action', sa.String(length=30), nullable=False),
    sa.Column('reason_code', sa.String(length=40), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('event_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('entry_history', schema=None) as batch_op:
        batch_op.create_index('ix_entry_history_case_debtor', ['case_id', 'debtor_party_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_entry_history_entry_id'), ['entry_id'],
                              unique=False)
    with op.batch_alter_table('register_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('debtor_party_id', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('decision_id', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('corrected_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('correct_by', sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f('ix_register_entry_debtor_party_id'),
                              ['debtor_party_id'], unique=False)
        batch_op.create_index('ix_register_entry_decision_id', ['decision_id'], unique=True)


def downgrade() -> None:
    """Drop what upgrade added."""
    with op.batch_alter_table('register_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_register_entry_decision_id')
        batch_op.drop_index(batch_op.f('ix_register_entry_debtor_party_id'))
        batch_op.drop_column('correct_by')
        batch_op.drop_column('corrected_on')
        batch_op.drop_column('decision_id')
        batch_op.drop_column('debtor_party_id')
    with op.batch_alter_table('entry_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entry_history_entry_id'))
        batch_op.drop_index('ix_entry_history_case_debtor')
    op.drop_table('entry_history')
