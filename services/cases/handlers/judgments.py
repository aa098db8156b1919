"""Receiving judgments from the courts' case systems (Law Art. 28)."""
import uuid

from sqlalchemy import select

from shared.calendar import today_in_vietnam
from shared.errors import Conflict
from shared.legal import Subject

from services.cases.models import Judgment, Obligation, Party
from services.cases.rules.automatic import AUTOMATIC_DECISION, is_automatic
from services.cases.rules.judgments import JUDGMENT_RECEIVED

_COLUMNS = ("court", "number", "issued_on", "effective_on", "authority")


def judgment_subject(judgment):
    """The judgment as the subject of the automatic decision's deadline (Law Art. 36.2)."""
    return Subject("judgment", judgment.id, judgment.authority, None)


def receive_judgment(data, uow, law, caller):
    """Record a judgment that has taken legal effect; the same court and number twice is a
    ``Conflict`` (and so is a race on the unique key: the platform maps it). When items are
    marked for automatic enforcement (Law Art. 36.2), their decision is owed from receipt."""
    session = uow.session
    if session.scalars(select(Judgment.id).filter_by(court=data["court"],
                                                     number=data["number"])).first():
        raise Conflict(f"judgment {data['number']} of {data['court']} was already received",
                       {"number": data["number"]})
    record = Judgment(id=str(uuid.uuid4()), **{k: data[k] for k in _COLUMNS},
                      received_on=data.get("received_on") or today_in_vietnam())
    record.parties = [Party(**p) for p in data["parties"]]
    record.obligations = [Obligation(**{**o, "instalments": [
        {"due_on": i["due_on"].isoformat(), "amount": i["amount"]} for i in o["instalments"]]})
        for o in data["obligations"]]
    session.add(record)
    if any(is_automatic(o) for o in record.obligations):
        uow.deadlines.owe(AUTOMATIC_DECISION, judgment_subject(record),
                          starts_on=record.received_on)
    uow.audit("judgment.received", subject_type="judgment", subject_id=record.id,
              legal_basis=JUDGMENT_RECEIVED)
    return record
