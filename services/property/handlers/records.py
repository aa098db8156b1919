"""What a decision of part 2 keeps of the periods it counted (seizure, valuation, auctions)."""


def deadline_record(deadline):
    """A deadline as a decision stores it in ``computations``: rule, article, the period as
    counted and the day it was met (JSON-safe)."""
    return {"rule_id": deadline.rule_id, "article": deadline.article,
            "starts_on": deadline.starts_on.isoformat(), "length": deadline.length,
            "unit": deadline.unit, "due_on": deadline.due_on.isoformat(),
            "met_on": deadline.met_on.isoformat() if deadline.met_on else None}
