"""public notices, closed cases for the open statistics, the address search key, and the
indexes of the search at a million entries (name suffixes; a trigram index on the address)
(issue 11)

Revision ID: disclosure_0005
Revises: disclosure_0004
Create Date: 2026-11-29 09:45:00

"""
import unicodedata
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = 'disclosure_0005'
down_revision: Union[str, Sequence[str], None] = 'disclosure_0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _search_key(text):
    """rules.register.search_key as it was when this revision was written."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def upgrade() -> None:
    """public_notice, closed_case; register_entry.debtor_address_key; register_name_suffix
    (filled for the entries already there); a pg_trgm GIN index on the folded address."""
    op.create_table('public_notice',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('source_id', sa.String(length=64), nullable=False),
    sa.Column('authority', sa.String(length=50), nullable=False),
    sa.Column('case_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('legal_basis', sa.String(length=200), nullable=False),
    sa.Column('requested_on', sa.Date(), nullable=False),
    sa.Column('requested_until', sa.Date(), nullable=False),
    sa.Column('posted_on', sa.Date(), nullable=False),
    sa.Column('posted_until', sa.Date(), nullable=False),
    sa.Column('parameters_used', sa.JSON(), nullable=False),
    sa.Column('starting_price', sa.BigInteger(), nullable=True),
    sa.Column('deposit', sa.BigInteger(), nullable=True),
    sa.Column('auction_organisation', sa.String(length=200), nullable=True),
    sa.Column('venue', sa.String(length=500), nullable=True),
    sa.Column('registration_closes_on', sa.Date(), nullable=True),
    sa.Column('auction_on', sa.Date(), nullable=True),
    sa.Column('cancelled_on', sa.Date(), nullable=True),
    sa.Column('cancellation_reason', sa.String(length=1000), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('ended_reason', sa.String(length=40), nullable=True),
    sa.Column('event_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('kind', 'source_id', name='uq_public_notice_source')
    )
    op.create_index('ix_public_notice_shown', 'public_notice', ['posted_on', 'posted_until'])
    op.create_index('ix_public_notice_authority', 'public_notice', ['authority'])
    op.create_table('closed_case',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('authority', sa.String(length=50), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=False),
    sa.Column('ground', sa.String(length=30), nullable=False),
    sa.Column('amount_due', sa.BigInteger(), nullable=False),
    sa.Column('amount_collected', sa.BigInteger(), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('case_id')
    )
    op.create_index('ix_closed_case_authority', 'closed_case', ['authority'])
    op.create_index('ix_closed_case_closed_on', 'closed_case', ['closed_on'])
    with op.batch_alter_table('register_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('debtor_address_key', sa.String(length=500),
                                      nullable=True))
    conn = op.get_bind()
    for entry_id, address in conn.execute(sa.text("SELECT id, debtor_address FROM "
                                                  "register_entry")):
        conn.execute(sa.text("UPDATE register_entry SET debtor_address_key = :key "
                             "WHERE id = :id"), {"key": _search_key(address), "id": entry_id})
    with op.batch_alter_table('register_entry', schema=None) as batch_op:
        batch_op.alter_column('debtor_address_key', existing_type=sa.String(length=500),
                              nullable=False)
    op.create_table('register_name_suffix',
    sa.Column('entry_id', sa.String(length=36), nullable=False),
    sa.Column('suffix', sa.String(length=200), nullable=False),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('removed_on', sa.Date(), nullable=True),
    sa.Column('debtor_name', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['entry_id'], ['register_entry.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('entry_id', 'suffix')
    )
    for entry in conn.execute(sa.text("SELECT id, debtor_name_key, published_on, removed_on, "
                                      "debtor_name FROM register_entry")).mappings():
        key = entry["debtor_name_key"]
        words = key.split(" ")
        for i in range(len(words) if key else 0):
            conn.execute(sa.text(
                "INSERT INTO register_name_suffix (entry_id, suffix, published_on, removed_on, "
                "debtor_name) VALUES (:id, :suffix, :published_on, :removed_on, :name)"),
                {"id": entry["id"], "suffix": " ".join(words[i:]),
                 "published_on": entry["published_on"], "removed_on": entry["removed_on"],
                 "name": entry["debtor_name"]})
    op.create_index('ix_register_name_suffix_suffix', 'register_name_suffix', ['suffix'],
                    postgresql_ops={"suffix": "varchar_pattern_ops"},
                    postgresql_include=["published_on", "removed_on", "debtor_name"])
    if conn.dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.create_index("ix_register_entry_address_trgm", "register_entry",
                    ["debtor_address_key"], postgresql_using="gin",
                    postgresql_ops={"debtor_address_key": "gin_trgm_ops"})


def downgrade() -> None:
    """Drop what upgrade added (the pg_trgm extension stays: others may use it)."""
    op.drop_index("ix_register_entry_address_trgm", table_name="register_entry")
    op.drop_index('ix_register_name_suffix_suffix', table_name='register_name_suffix')
    op.drop_table('register_name_suffix')
    with op.batch_alter_table('register_entry', schema=None) as batch_op:
        batch_op.drop_column('debtor_address_key')
    op.drop_index('ix_closed_case_closed_on', table_name='closed_case')
    op.drop_index('ix_closed_case_authority', table_name='closed_case')
    op.drop_table('closed_case')
    op.drop_index('ix_public_notice_authority', table_name='public_notice')
    op.drop_index('ix_public_notice_shown', table_name='public_notice')
    op.drop_table('public_notice')
