"""The case's enforcement officer: assignment through ``personnel`` (Law Art. 36) and the
decision on a litigant's request to replace the officer (Decree 62/2015 Art. 10).

``personnel`` is the client of that service's RPC (``assign_officer``, ``release_assignment``,
docs/api/personnel.md), passed in by the entrypoint; the caller's identity travels with the
call, so personnel checks the same authority. Personnel commits its choice before this unit of
work does: a failure here leaves personnel's open assignment, which the next call meets as
its ``Conflict`` (the case already has an open assignment); ``assign_officer`` then releases
that unrecorded assignment and asks again.
"""
import uuid
from datetime import date

from sqlalchemy import select

from shared.errors import Conflict, NotFound, ValidationError
from shared.legal import Subject

from services.cases.handlers.cases import case_of, deadline_record, rule_set_used
from services.cases.models import CaseDossier, CaseOfficer, EnforcementCase, OfficerReplacement
from services.cases.rules import officers as rules

ASSIGNMENT = "case_officer"


def _row(record):
    return {c.name: getattr(record, c.name) for c in record.__table__.c}


def current_officer(session, case_id):
    """The case's officer now (``CaseOfficer`` not ended), or None."""
    return session.scalars(select(CaseOfficer).filter_by(case_id=case_id, ended_on=None)
                           .with_for_update()).first()


def _assigned(case, personnel, exclude=()):
    """Ask ``personnel`` for the case's officer (its ``assign_officer`` contract), never one of
    ``exclude`` (the officer being replaced, Decree Art. 10.3)."""
    return personnel.assign_officer({
        "authority": case.authority, "case_id": case.id,
        "parties": [{"party_id": p.party_id, "name": p.name} for p in case.judgment.parties],
        "exclude_officer_ids": list(exclude)})


def _record(case, reply, identity, uow):
    officer = CaseOfficer(
        id=str(uuid.uuid4()), case_id=case.id, officer_id=reply["officer"]["officer_id"],
        full_name=reply["officer"]["full_name"],
        assigned_on=date.fromisoformat(str(reply["assigned_on"])),  # a string on the wire
        personnel_assignment_id=reply["assignment_id"], reasons=list(reply["reasons"]),
        legal_basis=rules.OFFICER_ASSIGNED, assigned_by=identity.user)
    uow.session.add(officer)
    uow.emit("case_officer.assigned",
             {"officer_id": officer.officer_id, "assigned_on": officer.assigned_on,
              "legal_basis": officer.legal_basis}, authority=case.authority, case_id=case.id)
    uow.audit("case_officer.assigned", subject_type=ASSIGNMENT, subject_id=officer.id,
              legal_basis=rules.OFFICER_ASSIGNED,
              details={"case_id": case.id, "officer_id": officer.officer_id,
                       "reasons": officer.reasons})
    return officer


def assign_officer(data, uow, law, caller, personnel):
    """Give the case its enforcement officer (Law Art. 36): ``personnel`` chooses an eligible
    officer without a conflict with the parties and says why; the choice is recorded with its
    reasons, announced as ``case_officer.assigned`` and audited."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    if not rules.officer_assignable(case.status):
        raise Conflict(f"case {case.id} is {case.status}; an officer is assigned once the "
                       f"enforcement decision is issued ({rules.OFFICER_ASSIGNED})",
                       {"status": case.status})
    present = current_officer(uow.session, case.id)
    if present is not None:
        raise Conflict(f"case {case.id} already has officer {present.officer_id}",
                       {"case_id": case.id, "officer_id": present.officer_id})
    try:
        reply = _assigned(case, personnel)
    except Conflict as exc:
        if (exc.details or {}).get("case_id") != case.id or "officer_id" not in exc.details:
            raise
        # personnel kept an assignment this service never recorded (its commit failed after
        # personnel's): release it and ask again, so both sides hold the same one
        personnel.release_assignment({"authority": case.authority, "case_id": case.id,
                                      "reason": "not recorded by cases; asked again"})
        reply = _assigned(case, personnel)
    officer = _record(case, reply, identity, uow)
    if _dossier(uow, case) is None:  # Art. 8.1: the assigned officer compiles it
        uow.deadlines.owe(rules.DOSSIER_COMPILATION, _dossier_subject(case),
                          starts_on=officer.assigned_on)
    return _row(officer)


def _dossier(uow, case):
    return uow.session.scalars(select(CaseDossier).filter_by(decision_id=case.decision_id)).first()


def _dossier_subject(case):
    return Subject("case_dossier", case.decision_id, case.authority, case.id)


def open_dossier(data, uow, law, caller):
    """The case's officer opens the dossier of its enforcement decision (Decree Art. 8.1): one
    per decision, not before the assignment; the 2-working-day deadline from the assignment met,
    ``dossier.opened`` announced, audited."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    officer = current_officer(uow.session, case.id)
    if officer is None:
        raise Conflict(f"case {case.id} has no officer yet; the assigned officer compiles the "
                       f"dossier ({rules.DOSSIER_OPENED})", {"case_id": case.id})
    if _dossier(uow, case) is not None:
        raise Conflict(f"the dossier of decision {case.decision_id} is already open",
                       {"decision_id": case.decision_id})
    on = data["opened_on"]
    if rules.dossier_precedes_assignment(on, officer.assigned_on):
        raise ValidationError("the dossier cannot precede the officer's assignment",
                              {"opened_on": ["before the officer was assigned"]})
    met = uow.deadlines.meet(rules.DOSSIER_COMPILATION, _dossier_subject(case), on=on)
    dossier = CaseDossier(
        id=str(uuid.uuid4()), case_id=case.id, decision_id=case.decision_id, opened_on=on,
        opened_by=identity.user, legal_basis=rules.DOSSIER_OPENED,
        computations={"compilation_deadline": deadline_record(met)},
        parameters_used=(list(met.parameters_used) if met else []) + rule_set_used(law, on))
    uow.session.add(dossier)
    uow.emit("dossier.opened", {"dossier_id": dossier.id, "decision_id": dossier.decision_id,
                                "opened_on": on}, authority=case.authority, case_id=case.id)
    uow.audit("dossier.opened", subject_type="case_dossier", subject_id=dossier.id,
              legal_basis=rules.DOSSIER_OPENED, details={"case_id": case.id})
    return _row(dossier)


def _deciding(uow, case_id, caller, personnel):
    """The case, the identity deciding on its replacement request and, when it is the superior
    authority's head, personnel's answer (Decree Art. 10.2: the officer is the head of the
    case's authority). Any other authority meets ``NotFound``, as for a case it does not hold."""
    case = uow.session.get(EnforcementCase, case_id)
    acting_for = caller.identity.authority
    if case is not None and case.authority != acting_for:
        present = current_officer(uow.session, case.id)
        try:
            answer = personnel.replacement_deciders({"authority": case.authority,
                                                     "case_id": case.id})
        except NotFound:  # no open assignment there, or the caller is not above the case
            answer = None
        if (answer is not None and present is not None
                and answer["officer_id"] == present.officer_id
                and acting_for in answer["deciders"][1:]):
            return case, caller.identity, answer
    case = case_of(uow, case_id, caller)
    return case, caller.require_jurisdiction(case.authority), None


def decide_officer_replacement(data, uow, law, caller, personnel):
    """The head decides a litigant's request to replace the officer (Decree Art. 10.3) within 5
    working days of its receipt: ``replace`` releases the officer in ``personnel`` and takes the
    one it gives next (announced ``case_officer.replaced``); ``reject`` records the explanation
    (announced ``officer_replacement.rejected``). Both are recorded with the deadline met.
    When the officer is the head of the case's authority, the superior authority's head may
    decide instead (Art. 10.2, as ``personnel`` answers who may)."""
    case, identity, superior = _deciding(uow, data["case_id"], caller, personnel)
    wrong = rules.replacement_ground_error(data["ground"])
    if wrong:
        raise ValidationError(wrong, {"ground": [wrong]})
    if data["requested_by_party_id"] not in {p.party_id for p in case.judgment.parties}:
        raise ValidationError("the requester is not a litigant of the case",
                              {"requested_by_party_id": ["not a party of the judgment"]})
    if data["decided_on"] < data["received_on"]:
        raise ValidationError("a decision cannot precede the request",
                              {"decided_on": ["before received_on"]})
    present = current_officer(uow.session, case.id)
    if present is None:
        raise Conflict(f"case {case.id} has no officer to replace", {"case_id": case.id})
    replacement_id, outcome = str(uuid.uuid4()), data["outcome"]
    subject = Subject("officer_replacement", replacement_id, case.authority, case.id)
    uow.deadlines.owe(rules.REPLACEMENT_DECISION, subject, starts_on=data["received_on"])
    met = uow.deadlines.meet(rules.REPLACEMENT_DECISION, subject, on=data["decided_on"])
    new = None
    if outcome == rules.REPLACE:
        personnel.release_assignment({"authority": case.authority, "case_id": case.id,
                                      "reason": f"replaced at a litigant's request (Decree "
                                                f"62/2015 Art. 10, ground {data['ground']})"})
        try:
            reply = _assigned(case, personnel, exclude=[present.officer_id])
        except Conflict as exc:
            if "officer_id" in (exc.details or {}):  # not "nobody else": someone else's doing
                raise
            reply = None
        if reply is None or rules.replacement_kept_the_officer(
                present.officer_id, reply["officer"]["officer_id"]):
            if reply is None:  # personnel's release is committed: give the officer back
                _assigned(case, personnel)
            raise Conflict(f"personnel has no other eligible officer for case {case.id}: "
                           f"{present.officer_id} stays (Decree Art. 10.3)",
                           {"case_id": case.id, "officer_id": present.officer_id})
        present.ended_on, present.replaced_by = data["decided_on"], replacement_id
        new = _record(case, reply, identity, uow)
    basis = rules.replacement_basis(outcome, superior is not None)
    computations = {"decision_deadline": deadline_record(met)}
    if superior is not None:  # who decided, and personnel's answer it relied on
        computations["decided_by_superior"] = {
            "authority": identity.authority, "deciders": list(superior["deciders"]),
            "on": str(superior["on"]), "legal_basis": superior["legal_basis"]}
    replacement = OfficerReplacement(
        id=replacement_id, case_id=case.id, requested_by_party_id=data["requested_by_party_id"],
        ground=data["ground"], request_reasons=data["request_reasons"],
        received_on=data["received_on"], outcome=outcome, explanation=data["explanation"],
        decided_on=data["decided_on"], decided_by=identity.user, legal_basis=basis,
        old_officer_id=present.officer_id, new_officer_id=new and new.officer_id,
        computations=computations,
        parameters_used=list(met.parameters_used) + rule_set_used(law, data["decided_on"]))
    uow.session.add(replacement)
    if new is not None:
        uow.emit("case_officer.replaced",
                 {"replacement_id": replacement_id, "ground": replacement.ground,
                  "old_officer_id": present.officer_id, "new_officer_id": new.officer_id,
                  "decided_on": replacement.decided_on},
                 authority=case.authority, case_id=case.id)
    else:
        uow.emit("officer_replacement.rejected",
                 {"replacement_id": replacement_id,
                  "requested_by_party_id": replacement.requested_by_party_id,
                  "ground": replacement.ground, "decided_on": replacement.decided_on,
                  "explanation": replacement.explanation},
                 authority=case.authority, case_id=case.id)
    uow.audit(f"officer_replacement.{'replaced' if new else 'rejected'}",
              subject_type="officer_replacement", subject_id=replacement_id, legal_basis=basis,
              details={"case_id": case.id, "ground": replacement.ground})
    return _row(replacement)
