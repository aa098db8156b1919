"""Complaints about enforcement (Decree 62/2015 Art. 38; Law Art. 140).

``receive_complaint`` records the complaint with its filing limit; a repetition of a settled
complaint without new evidence is kept and the complainant informed once (38.5); any other owes
the acceptance or the one reply within 5 working days (38.1). ``answer_complaint`` accepts it or
replies with reasons (a late complaint cannot be accepted: Law Art. 140); ``settle_complaint``
records the settlement; ``escalate_complaint`` records that it went to the superior authority
when not handled in time (38.2); ``request_complaint_review`` puts an effective settlement up
for review on a ground of 38.4. Each step is kept in the complaint's history, audited and evented.
"""
import uuid

from sqlalchemy import select

from shared.errors import Conflict, ValidationError
from shared.legal import Subject

from services.cases.handlers.cases import case_of
from services.cases.handlers.records import columns, owned
from services.cases.models import Complaint
from services.cases.rules import complaints as rules

COMPLAINT = "complaint"
RECEIVED, KEPT, ACCEPTED, NOT_ACCEPTED = "received", "kept_repeated", "accepted", "not_accepted"
SETTLED, ESCALATED, REVIEW = "settled", "escalated", "review_requested"



def _subject(complaint, case):
    return Subject(COMPLAINT, complaint.id, case.authority, case.id)


def receive_complaint(data, uow, law, caller):
    """Decree Art. 38.1, 38.5, 38.6; Law Art. 140."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    if data["received_on"] < data["act_known_on"]:
        raise ValidationError("a complaint cannot be received before its act was known",
                              {"received_on": ["before act_known_on"]})
    ends_on, used = rules.filing_limit(data["subject_kind"], data["act_known_on"], law,
                                       data["force_majeure_days"])
    earlier = uow.session.scalars(select(Complaint).filter_by(case_id=case.id)).all()
    complaint = Complaint(
        id=str(uuid.uuid4()), case_id=case.id, filing_ends_on=ends_on,
        filed_late=rules.filed_late(data["received_on"], ends_on),
        parameters_used=[used.as_record()], history=[], **{k: data[k] for k in (
            "complainant_party_id", "subject_kind", "act_reference", "act_known_on",
            "received_on", "content", "new_evidence", "force_majeure_days")})
    who, what = data["complainant_party_id"], data["act_reference"]
    step = {"step": RECEIVED, "on": data["received_on"].isoformat(), "by": identity.user,
            "legal_basis": rules.COMPLAINT_RECEIVED}
    if rules.is_repeated(earlier, who, what, data["new_evidence"]):
        complaint.status = KEPT
        informed = not rules.already_informed(earlier, who, what)
        step.update(step=KEPT, legal_basis=rules.KEPT_REPEATED, complainant_informed=informed,
                    reasons=["a settled complaint repeated without new evidence is kept "
                             "(Decree 62/2015 Art. 38.5)"])
    else:
        complaint.status = RECEIVED
        owed = uow.deadlines.owe(rules.ACCEPT_OR_REPLY, _subject(complaint, case),
                                 starts_on=complaint.received_on)
        complaint.reply_by = owed.due_on
        complaint.parameters_used = complaint.parameters_used + list(owed.parameters_used)
    complaint.history = [step]
    uow.session.add(complaint)
    uow.emit("complaint.received",
             {"complaint_id": complaint.id, "complainant_party_id": who,
              "subject_kind": complaint.subject_kind, "received_on": complaint.received_on,
              "filed_late": complaint.filed_late, "reply_by": complaint.reply_by,
              "status": complaint.status}, authority=case.authority, case_id=case.id)
    uow.audit(f"complaint.{complaint.status}", subject_type=COMPLAINT, subject_id=complaint.id,
              legal_basis=step["legal_basis"],
              details={"case_id": case.id, "filed_late": complaint.filed_late})
    return columns(complaint)


def _complaint(uow, complaint_id, caller):
    return owned(uow, Complaint, complaint_id, caller, "complaint_id", "complaint")


def _step(uow, complaint, case, identity, step, on, reasons, basis, **more):
    if on < complaint.received_on:
        raise ValidationError("a step of a complaint cannot precede its receipt",
                              {"on": ["before the complaint was received"]})
    complaint.status = step
    complaint.history = [*complaint.history, {"step": step, "on": on.isoformat(),
                                              "by": identity.user, "reasons": reasons,
                                              "legal_basis": basis, **more}]
    uow.emit("complaint.progressed", {"complaint_id": complaint.id, "step": step, "on": on,
                                      "reasons": reasons, "legal_basis": basis, **more},
             authority=case.authority, case_id=case.id)
    uow.audit(f"complaint.{step}", subject_type=COMPLAINT, subject_id=complaint.id,
              legal_basis=basis, details={"case_id": case.id, "reasons": reasons, **more})
    return columns(complaint)


def answer_complaint(data, uow, law, caller):
    """Decree Art. 38.1: accepted, or not accepted with the one reply and its reasons; the
    5-working-day deadline is met (late shows in ``met_on``). Law Art. 140: a complaint filed
    after its limit cannot be accepted."""
    complaint, case, identity = _complaint(uow, data["complaint_id"], caller)
    if complaint.status not in (RECEIVED, ESCALATED):
        raise Conflict(f"complaint {complaint.id} is {complaint.status}; only one reply is made "
                       f"({rules.NOT_ACCEPTED})", {"status": complaint.status})
    if data["accepted"] and complaint.filed_late:
        raise Conflict(f"complaint {complaint.id} was filed after its limit "
                       f"({complaint.filing_ends_on.isoformat()}, Law on Civil Judgment "
                       f"Enforcement Art. 140): it is not accepted", {"filed_late": True})
    if not data["accepted"] and not data["reasons"]:
        raise ValidationError("a reply not accepting a complaint gives its reasons",
                              {"reasons": ["required when not accepted"]})
    uow.deadlines.meet(rules.ACCEPT_OR_REPLY, _subject(complaint, case), on=data["on"])
    if data["accepted"]:
        return _step(uow, complaint, case, identity, ACCEPTED, data["on"], [], rules.ACCEPTED)
    return _step(uow, complaint, case, identity, NOT_ACCEPTED, data["on"], data["reasons"],
                 rules.NOT_ACCEPTED)


def settle_complaint(data, uow, law, caller):
    """Decree Art. 38.3: the settlement of an accepted complaint, with its result and reasons."""
    complaint, case, identity = _complaint(uow, data["complaint_id"], caller)
    if complaint.status != ACCEPTED:
        raise Conflict(f"complaint {complaint.id} is {complaint.status}; only an accepted "
                       f"complaint is settled ({rules.ACCEPTED})", {"status": complaint.status})
    return _step(uow, complaint, case, identity, SETTLED, data["on"], data["reasons"],
                 rules.ACCEPTED, result=data["result"])


def escalate_complaint(data, uow, law, caller):
    """Decree Art. 38.2: a complaint not accepted or answered by its reply day goes to the
    superior authority, which has it processed; refused while the office is still in time."""
    complaint, case, identity = _complaint(uow, data["complaint_id"], caller)
    if not rules.may_escalate(complaint.reply_by, data["on"], complaint.status):
        raise Conflict(f"complaint {complaint.id} is {complaint.status}, reply due "
                       f"{complaint.reply_by}: it is escalated only when not handled in time "
                       f"({rules.ESCALATED})", {"status": complaint.status})
    return _step(uow, complaint, case, identity, ESCALATED, data["on"], [data["reason"]],
                 rules.ESCALATED, escalated_to=data["escalated_to"])


def request_complaint_review(data, uow, law, caller):
    """Decree Art. 38.4: an effective settlement is reviewed only on a ground of 38.4 (a)-(c)."""
    complaint, case, identity = _complaint(uow, data["complaint_id"], caller)
    if complaint.status != SETTLED:
        raise Conflict(f"complaint {complaint.id} is {complaint.status}; only a settlement is "
                       f"reviewed ({rules.REVIEW_REQUESTED})", {"status": complaint.status})
    reason = f"{data['ground']}: {rules.REVIEW_GROUNDS[data['ground']]}"
    return _step(uow, complaint, case, identity, REVIEW, data["on"], [reason, data["reason"]],
                 rules.REVIEW_REQUESTED)
