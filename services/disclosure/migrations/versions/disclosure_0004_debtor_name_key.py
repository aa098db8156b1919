"""the register's search key: the debtor's name with Vietnamese diacritics folded (issue 11)

Revision ID: disclosure_0004
Revises: disclosure_0003
Create Date: 2026-11-29 07:30:00

"""
import unicodedata
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'disclosure_0004'
down_revision: Union[str, Sequence[str], None] = 'disclosure_0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _search_key(text):
    """rules.register.search_key as it was when this revision was written (a migration does not
    follow later changes of the code)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def upgrade() -> None:
    """register_entry.debtor_name_key, filled for the entries already there, and indexed."""
    with op.batch_alter_table('register_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('debtor_name_key', sa.String(length=200), nullable=True))
    conn = op.get_bind()
    for entry_id, name in conn.execute(sa.text("SELECT id, debtor_name FROM register_entry")):
        conn.execute(sa.text("UPDATE register_entry SET debtor_name_key = :key WHERE id = :id"),
                     {"key": _search_key(name), "id": entry_id})
    with op.batch_alter_table('register_entry', schema=None) as batch_op:
        batch_op.alter_column('debtor_name_key', existing_type=sa.String(length=200),
                              nullable=False)
        batch_op.create_index(batch_op.f('ix_register_entry_debtor_name_key'),
                              ['debtor_name_key'], unique=False)


def downgrade() -> None:
    """Drop the search key."""
    with op.batch_alter_table('register_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_register_entry_debtor_name_key'))
        batch_op.drop_column('debtor_name_key')
