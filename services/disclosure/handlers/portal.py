"""The public register as anyone reads it: the entries listed today, a page at a time, each as
``rules.public_record`` (Decree 62/2015 Art. 11.1) and nothing more."""
from shared.calendar import today_in_vietnam

from services.disclosure import views
from services.disclosure.rules import register as rules
from services.disclosure.schemas import PER_PAGE


def register_listing(query, uow, law, caller):
    """The register as of today in Vietnam (of ``query["authority"]`` if given), page
    ``query["page"]``: a JSON-safe dict; a page past the last one has no entries."""
    today = today_in_vietnam()
    authority, page = query["authority"], query["page"]
    total, entries = views.register_page(uow.session, today, authority, page, PER_PAGE)
    return {"as_of": today.isoformat(), "authority": authority, "page": page,
            "per_page": PER_PAGE, "total": total,
            "entries": [rules.public_record(e) for e in entries]}
