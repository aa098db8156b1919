"""The public register as anyone reads it: the entries listed today, a page at a time, each as
``rules.public_record`` (Decree 62/2015 Art. 11.1) and nothing more."""
from shared.calendar import today_in_vietnam

from services.disclosure import views
from services.disclosure.rules import notices as notice_rules
from services.disclosure.rules import register as rules
from services.disclosure.schemas import PER_PAGE


def register_listing(query, uow, law, caller):
    """The register as of today in Vietnam (of ``query["authority"]`` if given, of debtors whose
    name contains ``query["name"]`` with diacritics folded, ``rules.search_key``), page
    ``query["page"]``, of debtors whose address contains ``query["province"]`` (folded alike):
    a JSON-safe dict; a page past the last one has no entries."""
    today = today_in_vietnam()
    authority, page, name = query["authority"], query["page"], query.get("name")
    province = query.get("province")
    key = rules.search_key(name) if name else None
    address_key = rules.search_key(province) if province else None
    total, entries = views.register_page(uow.session, today, authority, page, PER_PAGE,
                                         name_key=key or None, address_key=address_key or None)
    return {"as_of": today.isoformat(), "name": name, "authority": authority,
            "province": province, "page": page, "per_page": PER_PAGE, "total": total,
            "entries": [rules.public_record(e) for e in entries]}


def notices_listing(query, uow, law, caller):
    """The notices shown today in Vietnam (``rules.notices.is_shown``), of ``query["kind"]``
    and ``query["authority"]`` if given, page ``query["page"]``, each its public record."""
    today = today_in_vietnam()
    total, notices = views.notices_page(uow.session, today, query["kind"], query["authority"],
                                        query["page"], PER_PAGE)
    return {"as_of": today.isoformat(), "kind": query["kind"], "authority": query["authority"],
            "page": query["page"], "per_page": PER_PAGE, "total": total,
            "notices": [notice_rules.public_notice(n) for n in notices]}


def entry_page(entry_id, uow, law, caller):
    """``(status, record)`` of one entry today in Vietnam: ``listed`` with its public record
    (Art. 11.1); ``removed`` without any of it (Art. 11.3: once removed, never shown again);
    ``unknown``."""
    status, entry = views.entry_state(uow.session, entry_id, today_in_vietnam())
    return status, (rules.public_record(entry) if entry is not None else None)
