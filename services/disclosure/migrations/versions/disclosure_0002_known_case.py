"""known cases: each case's authority, from cases' enforcement_case.opened (issue 7 item 1)

Revision ID: disclosure_0002
Revises: disclosure_0001
Create Date: 2026-11-30 09:00:00

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

from shared import known_cases


revision: str = 'disclosure_0002'
down_revision: Union[str, Sequence[str], None] = 'disclosure_0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """The known cases: case_id -> authority, judgment_id, opened_on (shared.known_cases)."""
    known_cases.create_table_v1(op, sa)


def downgrade() -> None:
    """Drop the known cases."""
    known_cases.drop_table_v1(op)
