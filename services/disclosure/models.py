"""The disclosure service's own tables: the public register of judgment debtors."""
from datetime import date, datetime

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, UniqueConstraint, event
from sqlalchemy.orm import (
    DeclarativeBase, Mapped, Session, mapped_column, relationship, validates)

from shared.known_cases import KnownCaseColumns
from shared.models import TYPE_ANNOTATION_MAP, utcnow

from services.disclosure.rules.register import name_suffixes, search_key


class Base(DeclarativeBase):
    type_annotation_map = TYPE_ANNOTATION_MAP


class RegisterEntry(Base):
    """A judgment debtor published because they lack conditions to satisfy the judgment
    (Decree 62/2015 Art. 11; Law Art. 44a). Only ``rules.public_record`` of it is public."""

    __tablename__ = "register_entry"
    __table_args__ = (Index("ix_register_entry_listing", "published_on", "removed_on"),
                      Index("ix_register_entry_decision_id", "decision_id", unique=True),
                      # The province search: a contains-search on the folded address (pg_trgm
                      # GIN on PostgreSQL; a plain index on SQLite).
                      Index("ix_register_entry_address_trgm", "debtor_address_key",
                            postgresql_using="gin",
                            postgresql_ops={"debtor_address_key": "gin_trgm_ops"}))

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    debtor_name: Mapped[str] = mapped_column(String(200))
    # The name as the public search compares it (rules.register.search_key), kept with it.
    debtor_name_key: Mapped[str] = mapped_column(String(200), index=True)
    debtor_address: Mapped[str] = mapped_column(String(500))
    # The address as the public search by province compares it (rules.register.search_key).
    debtor_address_key: Mapped[str] = mapped_column(String(500))
    judgment: Mapped[str] = mapped_column(String(300))
    enforcement_decision: Mapped[str] = mapped_column(String(300))
    unmet_obligation: Mapped[str] = mapped_column(String(1000))
    reason: Mapped[str] = mapped_column(String(500))
    # The decision that the debtor lacks conditions (Art. 9.4), which the publication follows.
    lacking_conditions_decision: Mapped[str] = mapped_column(String(100))
    decided_on: Mapped[date]
    publish_by: Mapped[date]
    published_on: Mapped[date]
    published_by: Mapped[str] = mapped_column(String(100))
    # Removal (Art. 11.3): on the decision to resume, or the certification of fulfilment.
    removal_ground: Mapped[str | None] = mapped_column(String(30))
    removal_document: Mapped[str | None] = mapped_column(String(100))
    removal_document_on: Mapped[date | None]
    remove_by: Mapped[date | None]
    removed_on: Mapped[date | None]
    removed_by: Mapped[str | None] = mapped_column(String(100))
    # Published from cases' lacking_conditions.decided (issue 11): the debtor and the decision.
    debtor_party_id: Mapped[str | None] = mapped_column(String(64), index=True)
    decision_id: Mapped[str | None] = mapped_column(String(64))
    # The last verified correction (Art. 11.2) and the day it was owed by.
    corrected_on: Mapped[date | None]
    correct_by: Mapped[date | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    # The name from each word on (rules.register.name_suffixes), kept with the name.
    name_suffixes: Mapped[list["NameSuffix"]] = relationship(cascade="all, delete-orphan")

    @validates("debtor_name")
    def _keep_search_key(self, key, name):
        self.debtor_name_key = search_key(name)
        self.name_suffixes = [NameSuffix(suffix=suffix)
                              for suffix in name_suffixes(self.debtor_name_key)]
        return name

    @validates("debtor_address")
    def _keep_address_key(self, key, address):
        self.debtor_address_key = search_key(address)
        return address


class NameSuffix(Base):
    """The folded name of an entry from one of its words on (``rules.register.name_suffixes``):
    the public search by name is a prefix range scan on these (a B-tree with pattern ops on
    PostgreSQL), fast at a million entries. The entry's listing days and name are copied here
    (``_copy_listing``) and carried by the index, so a search counts and orders its matches
    from the index alone and reads only the page's entries."""

    __tablename__ = "register_name_suffix"
    __table_args__ = (Index("ix_register_name_suffix_suffix", "suffix",
                            postgresql_ops={"suffix": "varchar_pattern_ops"},
                            postgresql_include=["published_on", "removed_on", "debtor_name"]),)

    entry_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("register_entry.id", ondelete="CASCADE"), primary_key=True)
    suffix: Mapped[str] = mapped_column(String(200), primary_key=True)
    published_on: Mapped[date | None]
    removed_on: Mapped[date | None]
    debtor_name: Mapped[str | None] = mapped_column(String(200))


@event.listens_for(Session, "before_flush")
def _copy_listing(session, flush_context, instances):
    """Keep each suffix's copy of its entry's listing days and name (``NameSuffix``) whatever
    changed the entry: a publication, a correction, a removal, by event or by hand."""
    for entry in (*session.new, *session.dirty):
        if isinstance(entry, RegisterEntry):
            for suffix in entry.name_suffixes:
                suffix.published_on, suffix.removed_on = entry.published_on, entry.removed_on
                suffix.debtor_name = entry.debtor_name


class EntryHistory(Base):
    """Each publication, correction and removal of a register entry (Decree 62/2015 Art. 11),
    with a machine-readable reason code (``rules.register.REASON_*``) and the event that caused
    it (null: an officer's RPC). A removal that came before the publication is a row without an
    entry (``publication_withdrawn``), keyed by case and debtor."""

    __tablename__ = "entry_history"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    entry_id: Mapped[str | None] = mapped_column(String(36), index=True)
    case_id: Mapped[str] = mapped_column(String(36))
    debtor_party_id: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(30))
    reason_code: Mapped[str] = mapped_column(String(40))
    on: Mapped[date]
    # The day the act's decision was taken (the removal race compares it).
    decided_on: Mapped[date | None]
    event_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_entry_history_case_debtor", "case_id", "debtor_party_id"),)


class KnownCase(KnownCaseColumns, Base):
    """An enforcement case as ``cases`` announced it (``enforcement_case.opened``): the only
    source of a case's authority here (shared.known_cases)."""

    __tablename__ = "known_case"


class PublicNotice(Base):
    """A notice on the public portal, shown from ``posted_on`` to ``posted_until`` inclusive
    (``rules.notices.is_shown``): a notice ``cases`` asked for (Decree 62/2015 Art. 12.5; the
    3-month search for unknown heirs, Art. 15.1), an auction ``property`` announced (Art. 27),
    or the posted decision that a debtor lacks conditions (Art. 11.1, for 3 months).

    ``source_id`` is the publisher's id of it (notice, auction, decision): with ``kind`` it is
    unique, so a redelivered event posts nothing twice. ``parameters_used`` records the dated
    legal parameter a computed ``posted_until`` came from."""

    __tablename__ = "public_notice"
    __table_args__ = (UniqueConstraint("kind", "source_id", name="uq_public_notice_source"),
                      Index("ix_public_notice_shown", "posted_on", "posted_until"))

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    source_id: Mapped[str] = mapped_column(String(64))
    authority: Mapped[str] = mapped_column(String(50), index=True)
    case_id: Mapped[str | None] = mapped_column(String(36))
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    legal_basis: Mapped[str] = mapped_column(String(200))
    requested_on: Mapped[date]
    requested_until: Mapped[date]
    posted_on: Mapped[date]
    posted_until: Mapped[date]
    parameters_used: Mapped[list] = mapped_column(default=list)
    # An auction's announcement (Art. 27; Law Art. 101-102); money in integer VND.
    starting_price: Mapped[int | None] = mapped_column(BigInteger)
    deposit: Mapped[int | None] = mapped_column(BigInteger)
    auction_organisation: Mapped[str | None] = mapped_column(String(200))
    venue: Mapped[str | None] = mapped_column(String(500))
    registration_closes_on: Mapped[date | None]
    auction_on: Mapped[date | None]
    cancelled_on: Mapped[date | None]
    cancellation_reason: Mapped[str | None] = mapped_column(String(1000))
    # Ended before its last day (rules.notices.ENDED_*), e.g. the debtor left the register.
    ended_on: Mapped[date | None]
    ended_reason: Mapped[str | None] = mapped_column(String(40))
    event_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ClosedCase(Base):
    """A case ``cases`` closed (``enforcement_case.closed``), kept for the open statistics only:
    the authority, the days, the ground and the amounts (integer VND), never a party."""

    __tablename__ = "closed_case"

    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    received_on: Mapped[date]
    closed_on: Mapped[date] = mapped_column(index=True)
    ground: Mapped[str] = mapped_column(String(30))
    amount_due: Mapped[int] = mapped_column(BigInteger)
    amount_collected: Mapped[int] = mapped_column(BigInteger)
    event_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
