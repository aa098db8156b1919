"""Read views of the disclosure service: the public register, notices and statistics, as SQL.

``listed_on`` is ``rules.register.is_listed`` as a query (SQL cannot call the Python rule); the
handler tests prove the two agree on every case. The public see only ``rules.public_record`` of
each row.
"""
from sqlalchemy import String, any_, cast, func, or_, select
from sqlalchemy.dialects.postgresql import ARRAY

from shared.deadlines import Deadline

from services.disclosure.models import (
    ClosedCase, KnownCase, NameSuffix, PublicNotice, RegisterEntry)


def listed_on(on):
    """The entries on the public register on day ``on`` (Decree 62/2015 Art. 11.1, 11.3): see
    ``rules.register.is_listed``."""
    return [RegisterEntry.published_on <= on,
            or_(RegisterEntry.removed_on.is_(None), RegisterEntry.removed_on > on)]


def _escaped(key):
    """``key`` for a LIKE pattern: ``%`` and ``_`` are literal, not wildcards."""
    return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(column, key):
    """``column`` contains ``key`` literally."""
    return column.like(f"%{_escaped(key)}%", escape="\\")


def _starts(name_key):
    """A suffix of the folded name starts with ``name_key`` (a range scan of its index)."""
    return NameSuffix.suffix.like(f"{_escaped(name_key)}%", escape="\\")


def _name_matches(name_key, dialect):
    """A word of the folded name starts the search (``rules.register.name_suffixes``): a range
    scan of the suffix index. On PostgreSQL the matching ids are gathered once into an array
    (``id = ANY((SELECT array_agg(...)))``, an InitPlan), so the entries are read by primary
    key: with ``IN (subquery)`` the planner hash-joined a few thousand matches against a
    sequential scan of the million entries (~200 ms)."""
    starts = _starts(name_key)
    if dialect == "postgresql":
        ids = select(func.array_agg(NameSuffix.entry_id)).where(starts).scalar_subquery()
        return RegisterEntry.id == any_(cast(ids, ARRAY(String)))  # an array, not a subquery
    return RegisterEntry.id.in_(select(NameSuffix.entry_id).where(starts))


def _page_of_matches(session, matches, page, per_page):
    """``(total, entries)`` of a search whose ``matches`` select ``(id, published_on,
    debtor_name)`` of each matching entry once: they are collected first (a materialised CTE, so
    the planner cannot walk the whole listing in date order filtering each row: seconds at a
    million entries), counted and ordered in one statement; then the page's entries are read by
    primary key."""
    matched = matches.cte("matched").prefix_with("MATERIALIZED")
    rows = session.execute(
        select(matched.c.id, func.count().over().label("total"))
        .order_by(matched.c.published_on.desc(), matched.c.debtor_name, matched.c.id)
        .limit(per_page).offset((page - 1) * per_page)).all()
    if not rows:  # a page past the last: count alone
        return session.scalar(select(func.count()).select_from(matched)), []
    found = {e.id: e for e in session.scalars(
        select(RegisterEntry).where(RegisterEntry.id.in_([r.id for r in rows])))}
    return rows[0].total, [found[r.id] for r in rows]


def _name_matches_alone(name_key, on):
    """The entries listed on ``on`` a word of whose name starts ``name_key``, from the suffix
    index alone (``NameSuffix`` carries the listing days and the name): an entry whose name
    has the search at two words ("Văn Văn") counts once."""
    return (select(NameSuffix.entry_id.label("id"), NameSuffix.published_on,
                   NameSuffix.debtor_name)
            .where(_starts(name_key), NameSuffix.published_on <= on,
                   or_(NameSuffix.removed_on.is_(None), NameSuffix.removed_on > on))
            .distinct())


def register_page(session, on, authority, page, per_page, name_key=None, address_key=None):
    """``(total, entries)``: how many entries are listed on ``on`` (of ``authority`` if given;
    whose folded name has a word starting ``name_key`` and whose folded address contains
    ``address_key`` if given, ``rules.register.search_key``), and those of page ``page``,
    newest publication first."""
    if name_key and authority is None and not address_key:
        return _page_of_matches(session, _name_matches_alone(name_key, on), page, per_page)
    listed = listed_on(on)
    if authority is not None:
        listed.append(RegisterEntry.authority == authority)
    if name_key:
        listed.append(_name_matches(name_key, session.get_bind().dialect.name))
    if address_key:
        listed.append(_contains(RegisterEntry.debtor_address_key, address_key))
    if name_key or address_key:
        matches = select(RegisterEntry.id, RegisterEntry.published_on,
                         RegisterEntry.debtor_name).where(*listed)
        return _page_of_matches(session, matches, page, per_page)
    total = session.scalar(select(func.count()).select_from(RegisterEntry).where(*listed))
    entries = session.scalars(
        select(RegisterEntry).where(*listed)
        .order_by(RegisterEntry.published_on.desc(), RegisterEntry.debtor_name,
                  RegisterEntry.id)
        .limit(per_page).offset((page - 1) * per_page)).all()
    return total, entries


def notices_shown_on(on):
    """The notices on the portal on day ``on``: ``rules.notices.is_shown`` as a query."""
    return [PublicNotice.posted_on <= on, PublicNotice.posted_until >= on,
            or_(PublicNotice.ended_on.is_(None), PublicNotice.ended_on > on)]


def notices_page(session, on, kind, authority, page, per_page):
    """``(total, notices)`` shown on ``on`` (of ``kind`` / ``authority`` if given), page
    ``page``, newest posting first."""
    shown = notices_shown_on(on)
    if kind is not None:
        shown.append(PublicNotice.kind == kind)
    if authority is not None:
        shown.append(PublicNotice.authority == authority)
    total = session.scalar(select(func.count()).select_from(PublicNotice).where(*shown))
    notices = session.scalars(
        select(PublicNotice).where(*shown)
        .order_by(PublicNotice.posted_on.desc(), PublicNotice.id)
        .limit(per_page).offset((page - 1) * per_page)).all()
    return total, notices


def statistics_rows(session, first_day, last_day, authority):
    """The plain rows ``rules.statistics.figures`` aggregates, of days from ``first_day`` to
    ``last_day`` (of ``authority`` if given): cases received (known cases opened), cases closed,
    and this service's legal deadlines due. Nothing personal is selected."""
    def where(column, authority_column):
        conditions = [column >= first_day, column <= last_day]
        if authority is not None:
            conditions.append(authority_column == authority)
        return conditions

    received = session.execute(select(KnownCase.authority, KnownCase.opened_on).where(
        *where(KnownCase.opened_on, KnownCase.authority))).all()
    closed = session.execute(select(
        ClosedCase.authority, ClosedCase.closed_on, ClosedCase.ground, ClosedCase.amount_due,
        ClosedCase.amount_collected).where(
        *where(ClosedCase.closed_on, ClosedCase.authority))).all()
    deadlines = session.execute(select(
        Deadline.authority, Deadline.due_on, Deadline.status, Deadline.met_on).where(
        *where(Deadline.due_on, Deadline.authority))).all()
    return received, closed, deadlines


def entry_state(session, entry_id, on):
    """``(status, entry)`` of the entry ``entry_id`` on day ``on``: ``listed`` with the entry,
    ``removed`` (no entry: its content is never read for the public), or ``unknown`` (no such
    entry, or not yet published)."""
    entry = session.get(RegisterEntry, entry_id)
    if entry is None or entry.published_on > on:
        return "unknown", None
    if entry.removed_on is not None and entry.removed_on <= on:
        return "removed", None
    return "listed", entry
