"""cases: refused requests, limit computations, one decision for several requests

Issue 8 (the defects to fix first): a refused request is recorded with its refusal
(``request_refusal``, Law Art. 31.5(c); Decree Art. 7.2); a request keeps its claimed deductions
and per-obligation limit computations; a case points at its decision (``decision_id``), so one
decision can cover the requests of several creditors of one debtor (Decree Art. 7.1); a decision
keeps every computed date and the cases it covers.

Revision ID: cases_0002
Revises: cases_0001
Create Date: 2026-11-29 07:00:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_0002'
down_revision: Union[str, Sequence[str], None] = 'cases_0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # server defaults fill the rows already there, then go: the models set the values
    with op.batch_alter_table('enforcement_case', schema=None) as batch_op:
        batch_op.add_column(sa.Column('deductions', sa.JSON(), nullable=False,
                                      server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column('limit_computations', sa.JSON(), nullable=False,
                                      server_default=sa.text("'[]'")))
        batch_op.add_column(sa.Column('decision_id', sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f('ix_enforcement_case_decision_id'), ['decision_id'],
                              unique=False)
    with op.batch_alter_table('enforcement_case', schema=None) as batch_op:
        batch_op.alter_column('deductions', server_default=None)
        batch_op.alter_column('limit_computations', server_default=None)
    op.execute("UPDATE enforcement_case SET decision_id = (SELECT d.id FROM enforcement_decision d "
               "WHERE d.case_id = enforcement_case.id)")

    with op.batch_alter_table('enforcement_decision', schema=None) as batch_op:
        batch_op.add_column(sa.Column('computations', sa.JSON(), nullable=False,
                                      server_default=sa.text("'{}'")))
        batch_op.add_column(sa.Column('covered_case_ids', sa.JSON(), nullable=False,
                                      server_default=sa.text("'[]'")))
    with op.batch_alter_table('enforcement_decision', schema=None) as batch_op:
        batch_op.alter_column('computations', server_default=None)
        batch_op.alter_column('covered_case_ids', server_default=None)

    op.create_table('request_refusal',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('refused_on', sa.Date(), nullable=False),
    sa.Column('decided_by', sa.String(length=100), nullable=False),
    sa.Column('legal_basis', sa.String(length=200), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('computations', sa.JSON(), nullable=False),
    sa.Column('parameters_used', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('case_id')
    )


def downgrade() -> None:
    op.drop_table('request_refusal')
    with op.batch_alter_table('enforcement_decision', schema=None) as batch_op:
        batch_op.drop_column('covered_case_ids')
        batch_op.drop_column('computations')
    with op.batch_alter_table('enforcement_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enforcement_case_decision_id'))
        batch_op.drop_column('decision_id')
        batch_op.drop_column('limit_computations')
        batch_op.drop_column('deductions')
