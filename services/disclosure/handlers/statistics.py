"""The open statistics (issue 11 capability 3): cases ``cases`` closed are kept as counts and
sums only (``enforcement_case.closed``), and read per authority and month with the cases
received and the share of legal deadlines met (``rules.statistics``)."""
from datetime import date

from shared.calendar import today_in_vietnam

from services.disclosure import views
from services.disclosure.models import ClosedCase
from services.disclosure.rules import statistics as rules


def on_enforcement_case_closed(event, uow, law, caller):
    """Count a closed case: its authority (the envelope's), days, ground and amounts (integer
    VND), nothing of its parties. The same case again changes nothing. Audited; returns the row,
    or None for a replay."""
    if uow.session.get(ClosedCase, event["case_id"]) is not None:
        return None
    payload = event["payload"]
    row = ClosedCase(case_id=event["case_id"], authority=event["authority"],
                     received_on=payload["received_on"], closed_on=payload["closed_on"],
                     ground=payload["ground"], amount_due=payload["amount_due"],
                     amount_collected=payload["amount_collected"],
                     event_id=str(event["event_id"]))
    uow.session.add(row)
    uow.audit("statistics.case_closed_counted", subject_type="closed_case",
              subject_id=row.case_id, legal_basis="open statistics (a count, not a legal act)",
              details={"period": rules.period_of(row.closed_on), "ground": row.ground})
    return row


def statistics(query, uow, law, caller):
    """The figures of year ``query["year"]`` (default: this year in Vietnam), of
    ``query["authority"]`` if given: a JSON-safe dict with a row per authority and month and
    the totals."""
    today = today_in_vietnam()
    year = query.get("year") or today.year
    authority = query.get("authority")
    rows = rules.figures(*views.statistics_rows(uow.session, date(year, 1, 1),
                                                date(year, 12, 31), authority))
    return {"as_of": today.isoformat(), "year": year, "authority": authority,
            "rows": [r.as_dict() for r in rows], "totals": rules.totals(rows).as_dict()}
