"""cases: parties' kind, identity document (private) and address codes

Issue 8 capability 1: a person or an organisation, its identity or registration number, and
the province and commune codes of its address.

Revision ID: cases_5001
Revises: cases_4004
Create Date: 2026-11-29 11:00:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'cases_5001'
down_revision: Union[str, Sequence[str], None] = "cases_4004"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('party', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', sa.String(length=20), server_default='person',
                                      nullable=False))
        batch_op.add_column(sa.Column('identity_kind', sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column('identity_number', sa.String(length=30), nullable=True))
        batch_op.add_column(sa.Column('province_code', sa.String(length=2), nullable=True))
        batch_op.add_column(sa.Column('commune_code', sa.String(length=5), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('party', schema=None) as batch_op:
        batch_op.drop_column('commune_code')
        batch_op.drop_column('province_code')
        batch_op.drop_column('identity_number')
        batch_op.drop_column('identity_kind')
        batch_op.drop_column('kind')
