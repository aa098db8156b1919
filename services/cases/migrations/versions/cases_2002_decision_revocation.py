"""cases: revocation and re-issue of enforcement decisions (Law Art. 37; Decree Art. 15.3)

A case may have several decisions (the revoked and the new), so enforcement_decision.case_id is
no longer unique; each decision names the revocation that ended it and the decision it replaced.

Revision ID: cases_2002
Revises: cases_2001
Create Date: 2026-11-29 10:50:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_2002'
down_revision: Union[str, Sequence[str], None] = 'cases_2001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _without_unique_case():
    """enforcement_decision as cases_0001-0002 made it, without UNIQUE (case_id): SQLite cannot
    drop the unnamed constraint, so batch mode copies the table from this definition."""
    return sa.Table(
        'enforcement_decision', sa.MetaData(),
        sa.Column('id', sa.String(length=36), primary_key=True),
        sa.Column('case_id', sa.String(length=36), sa.ForeignKey('enforcement_case.id'),
                  nullable=False),
        sa.Column('number', sa.String(length=100), nullable=False),
        sa.Column('issued_on', sa.Date(), nullable=False),
        sa.Column('issued_by', sa.String(length=100), nullable=False),
        sa.Column('basis', sa.String(length=20), nullable=False),
        sa.Column('notify_by', sa.Date(), nullable=False),
        sa.Column('parameters_used', sa.JSON(), nullable=False),
        sa.Column('computations', sa.JSON(), nullable=False),
        sa.Column('covered_case_ids', sa.JSON(), nullable=False))


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        with op.batch_alter_table('enforcement_decision', copy_from=_without_unique_case(),
                                  recreate='always'):
            pass
    else:
        op.drop_constraint('enforcement_decision_case_id_key', 'enforcement_decision',
                           type_='unique')
    with op.batch_alter_table('enforcement_decision', schema=None) as batch_op:
        batch_op.add_column(sa.Column('revocation_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('replaces_decision_id', sa.String(length=36),
                                      nullable=True))
        batch_op.create_index(batch_op.f('ix_enforcement_decision_case_id'), ['case_id'],
                              unique=False)
    op.create_table('decision_revocation',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('decision_id', sa.String(length=36), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=100), nullable=False),
    sa.Column('revoked_on', sa.Date(), nullable=False),
    sa.Column('decided_by', sa.String(length=100), nullable=False),
    sa.Column('ground', sa.String(length=30), nullable=False),
    sa.Column('reasons', sa.String(length=2000), nullable=False),
    sa.Column('legal_basis', sa.String(length=300), nullable=False),
    sa.Column('rights_transfer_id', sa.String(length=36), nullable=True),
    sa.Column('reissued_decision_id', sa.String(length=36), nullable=True),
    sa.Column('covered_case_ids', sa.JSON(), nullable=False),
    sa.Column('computations', sa.JSON(), nullable=False),
    sa.Column('parameters_used', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['enforcement_case.id'], ),
    sa.ForeignKeyConstraint(['decision_id'], ['enforcement_decision.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('decision_id')
    )
    with op.batch_alter_table('decision_revocation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_decision_revocation_case_id'), ['case_id'],
                              unique=False)


def downgrade() -> None:
    op.drop_table('decision_revocation')
    with op.batch_alter_table('enforcement_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enforcement_decision_case_id'))
        batch_op.drop_column('replaces_decision_id')
        batch_op.drop_column('revocation_id')
        batch_op.create_unique_constraint('enforcement_decision_case_id_key', ['case_id'])
