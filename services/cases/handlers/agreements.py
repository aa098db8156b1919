"""Agreements of the litigants on enforcement (Decree 62/2015 Art. 5).

``record_agreement`` files a written agreement, checked for the contents its stage requires
(Art. 5.1 before the decision, 5.2 after it) and the signatures of the parties it binds; one not
to enforce (Art. 5.3) owes the head's termination within 5 working days of the agreement.
``witness_agreement`` is the officer's witness or written refusal with grounds (Art. 5.4).
``terminate_by_agreement`` is the head's decision not to enforce part or all of the decision;
``terminated_obligations`` is what a later request may not ask again (Art. 5.3, third paragraph)
unless ``record_breach`` found the agreement not performed (Art. 5.1-5.2; Law Art. 6.2).
"""
import uuid

from sqlalchemy import select

from shared.errors import Conflict, NotFound, ValidationError
from shared.legal import Subject

from services.cases.handlers.cases import case_of, deadline_record, rule_set_used
from services.cases.models import EnforcementAgreement, Judgment
from services.cases.rules import agreements as rules
from services.cases.rules import lifecycle
from services.cases.rules.lifecycle import AgreementStatus, CaseStatus

AGREEMENT = "enforcement_agreement"


def _subject(agreement):
    return Subject(AGREEMENT, agreement.id, agreement.authority, agreement.case_id)


def _result(agreement, case_status=None):
    return {**{c.name: getattr(agreement, c.name) for c in agreement.__table__.c},
            "case_status": case_status}


def _agreement_of(uow, agreement_id, caller):
    """The agreement of the caller's authority, locked, else ``NotFound`` (issue 7 item 11)."""
    found = uow.session.get(EnforcementAgreement, agreement_id, with_for_update=True)
    if found is None or found.authority != caller.identity.authority:
        raise NotFound(f"no agreement {agreement_id!r}", {"agreement_id": agreement_id})
    return found


def _judgment_of(uow, data, caller):
    judgment = uow.session.get(Judgment, data["judgment_id"])
    if judgment is None or judgment.authority != caller.identity.authority:
        raise NotFound(f"no judgment {data['judgment_id']!r}",
                       {"judgment_id": data["judgment_id"]})
    return judgment


def record_agreement(data, uow, law, caller):
    """File the litigants' written agreement (Art. 5.1-5.3). Incomplete contents, unknown items
    or missing signatures are bad input (nothing written); an agreement not to enforce owes the
    head's decision (``rules.TERMINATION_BY_AGREEMENT``) from the day it was made."""
    judgment = _judgment_of(uow, data, caller)
    identity = caller.require_jurisdiction(judgment.authority)
    case = None
    if data["case_id"] is not None:
        case = case_of(uow, data["case_id"], caller)
        if case.judgment_id != judgment.id:
            raise ValidationError("the case is not of this judgment",
                                  {"case_id": [f"not a case of judgment {judgment.id}"]})
        if not lifecycle.is_open(case.status):
            raise Conflict(f"case {case.id} is {case.status}", {"status": case.status})
    stage = rules.agreement_stage(case is not None and case.decision is not None
                                  and data["made_on"] >= case.decision.issued_on)
    errors = rules.missing_contents(stage, data)
    known = {o.obligation_id for o in judgment.obligations}
    unknown = [i for i in data["obligation_ids"] if i not in known]
    if unknown:
        errors["obligation_ids"] = [f"unknown: {', '.join(unknown)}"]
    elif case is not None and set(data["obligation_ids"]) - set(case.obligation_ids):
        errors["obligation_ids"] = [f"not enforced by case {case.id}"]
    else:
        unsigned = rules.unsigned_parties(judgment.obligations, data["obligation_ids"],
                                          data["signatories"])
        if unsigned:
            errors["signatories"] = [f"not signed by {', '.join(unsigned)} (Decree 62/2015 "
                                     f"Art. 5.1, 5.2)"]
    if data["kind"] == rules.NON_ENFORCEMENT:
        wrong = rules.non_enforcement_error(stage)
        if wrong:
            errors["kind"] = [wrong]
        if rules.buyer_consent_missing(data["property_sold_undelivered"], data["buyer_consent"]):
            errors["buyer_consent"] = ["the auction winner, buyer or recipient must consent "
                                       "(Decree 62/2015 Art. 5.3, second paragraph)"]
    if errors:
        raise ValidationError("the agreement lacks what Decree 62/2015 Art. 5 requires", errors)
    basis = (rules.NON_ENFORCEMENT_BASIS if data["kind"] == rules.NON_ENFORCEMENT
             else rules.BASIS[stage])
    agreement = EnforcementAgreement(
        id=str(uuid.uuid4()), judgment_id=judgment.id, case_id=case and case.id,
        authority=judgment.authority, kind=data["kind"], stage=stage,
        status=lifecycle.check_agreement_transition(None, AgreementStatus.RECORDED).target,
        obligation_ids=data["obligation_ids"], made_on=data["made_on"], place=data["place"],
        contents=data["contents"], performance_due_on=data["performance_due_on"],
        consequences=data["consequences"], signatories=data["signatories"],
        property_sold_undelivered=data["property_sold_undelivered"],
        buyer_consent=data["buyer_consent"], legal_basis=basis, recorded_by=identity.user,
        refusal_grounds=[], computations={}, parameters_used=rule_set_used(law, data["made_on"]))
    if agreement.kind == rules.NON_ENFORCEMENT:
        owed = uow.deadlines.owe(rules.TERMINATION_BY_AGREEMENT, _subject(agreement),
                                 starts_on=agreement.made_on)
        agreement.decision_due_on = owed.due_on
        agreement.computations = {"decision_deadline": deadline_record(owed)}
        agreement.parameters_used = list(owed.parameters_used) + agreement.parameters_used
    uow.session.add(agreement)
    uow.emit("agreement.recorded",
             {"agreement_id": agreement.id, "judgment_id": judgment.id, "kind": agreement.kind,
              "stage": stage, "obligation_ids": list(agreement.obligation_ids),
              "made_on": agreement.made_on, "decision_due_on": agreement.decision_due_on,
              "legal_basis": basis}, authority=agreement.authority, case_id=agreement.case_id)
    uow.audit("agreement.recorded", subject_type=AGREEMENT, subject_id=agreement.id,
              legal_basis=basis, details={"case_id": agreement.case_id, "kind": agreement.kind,
                                          "stage": stage})
    return _result(agreement, case and case.status)


def witness_agreement(data, uow, law, caller):
    """The enforcement officer witnesses and signs an agreement made after the decision, at the
    head office or, for the subjects of Art. 5.4, elsewhere; or refuses in writing with its
    grounds and reasons (Art. 5.4, second paragraph). A refused agreement not to enforce founds
    no termination: the refusal answers the head's owed decision."""
    agreement = _agreement_of(uow, data["agreement_id"], caller)
    identity = caller.require_jurisdiction(agreement.authority)
    if not rules.witnessable(agreement.stage):
        raise Conflict(f"agreement {agreement.id} was made before the enforcement decision: "
                       f"the officer witnesses those of Decree 62/2015 Art. 5.2 and 5.3",
                       {"stage": agreement.stage})
    if data["on"] < agreement.made_on:
        raise ValidationError("the witness cannot precede the agreement",
                              {"on": ["before made_on"]})
    refused = data["outcome"] == "refused"
    if refused:
        errors = {}
        wrong = rules.refusal_grounds_error(data["refusal_grounds"])
        if wrong:
            errors["refusal_grounds"] = [wrong]
        if not data["reasons"]:
            errors["reasons"] = ["a refusal states its reasons (Decree 62/2015 Art. 5.4)"]
        if errors:
            raise ValidationError("a refusal to witness needs its grounds and reasons", errors)
    else:
        wrong = rules.witness_place_error(data["place"], data["subject_matter"])
        if wrong:
            raise ValidationError("the witness is at the head office", {"place": [wrong]})
    target = AgreementStatus.WITNESS_REFUSED if refused else AgreementStatus.WITNESSED
    agreement.status = lifecycle.check_agreement_transition(
        agreement.status, target, f"agreement {agreement.id}").target
    agreement.witnessed_on, agreement.witnessed_by = data["on"], identity.user
    agreement.witness_place = data["place"]
    event = "agreement.witnessed"
    payload = {"agreement_id": agreement.id, "on": data["on"], "legal_basis": rules.WITNESS_BASIS}
    if refused:
        event = "agreement.witness_refused"
        agreement.refusal_grounds, agreement.refusal_reasons = (list(data["refusal_grounds"]),
                                                                data["reasons"])
        payload.update(grounds=list(data["refusal_grounds"]), reasons=data["reasons"])
        met = uow.deadlines.meet(rules.TERMINATION_BY_AGREEMENT, _subject(agreement),
                                 on=data["on"])
        if met is not None:
            agreement.computations = {**agreement.computations,
                                      "decision_deadline": deadline_record(met)}
    uow.emit(event, payload, authority=agreement.authority, case_id=agreement.case_id)
    uow.audit(event, subject_type=AGREEMENT, subject_id=agreement.id,
              legal_basis=rules.WITNESS_BASIS,
              details={"grounds": list(agreement.refusal_grounds), "place": data["place"]})
    return _result(agreement)


def terminate_by_agreement(data, uow, law, caller):
    """The head of the authority decides not to enforce what an agreement of Art. 5.3 covers
    (Law Art. 50.1(c)): the whole decision (the case is terminated) or part of it (the case goes
    on for the rest). Meets the decision owed since the agreement; emitted and audited."""
    agreement = _agreement_of(uow, data["agreement_id"], caller)
    identity = caller.require_jurisdiction(agreement.authority)
    if agreement.kind != rules.NON_ENFORCEMENT:
        raise Conflict(f"agreement {agreement.id} is on performance: only an agreement not to "
                       f"enforce founds a termination ({rules.NON_ENFORCEMENT_BASIS})",
                       {"kind": agreement.kind})
    target = lifecycle.check_agreement_transition(
        agreement.status, AgreementStatus.ENFORCEMENT_TERMINATED,
        f"agreement {agreement.id}").target
    on = data["decided_on"]
    if on < agreement.made_on:
        raise ValidationError("a decision cannot precede its agreement",
                              {"decided_on": ["before the agreement was made"]})
    case = case_of(uow, agreement.case_id, caller)
    whole = rules.whole_termination(case.obligation_ids, agreement.obligation_ids)
    if whole:
        case.status = lifecycle.check_transition(case.status, CaseStatus.TERMINATED,
                                                 f"case {case.id}").target
    elif not lifecycle.is_open(case.status):
        raise Conflict(f"case {case.id} is {case.status}", {"status": case.status})
    met = uow.deadlines.meet(rules.TERMINATION_BY_AGREEMENT, _subject(agreement), on=on)
    agreement.status, agreement.partial = target, not whole
    agreement.termination_number, agreement.terminated_on = data["number"], on
    agreement.terminated_by = identity.user
    agreement.computations = {**agreement.computations, "decision_deadline": deadline_record(met)}
    agreement.parameters_used = list(agreement.parameters_used) + rule_set_used(law, on)
    uow.emit("enforcement.terminated_by_agreement",
             {"agreement_id": agreement.id, "decision_number": data["number"],
              "decided_on": on, "obligation_ids": list(agreement.obligation_ids),
              "partial": not whole, "legal_basis": rules.NON_ENFORCEMENT_BASIS},
             authority=agreement.authority, case_id=case.id)
    uow.audit("enforcement.terminated_by_agreement", subject_type=AGREEMENT,
              subject_id=agreement.id, legal_basis=rules.NON_ENFORCEMENT_BASIS,
              details={"case_id": case.id, "partial": not whole, "number": data["number"]})
    return _result(agreement, case.status)


def record_breach(data, uow, law, caller):
    """A party did not perform the agreement (Art. 5.1-5.2, second paragraphs; Law Art. 6.2): the
    breach is recorded with what was not performed; the unperformed obligations may be enforced
    under the judgment (a request, or the decision already issued), and an agreement not to
    enforce no longer bars a new request (``terminated_obligations``)."""
    agreement = _agreement_of(uow, data["agreement_id"], caller)
    identity = caller.require_jurisdiction(agreement.authority)
    if agreement.breached_on is not None:
        raise Conflict(f"agreement {agreement.id} was found breached on "
                       f"{agreement.breached_on.isoformat()}",
                       {"breached_on": agreement.breached_on.isoformat()})
    if data["breaching_party_id"] not in agreement.signatories:
        raise ValidationError("not a party to the agreement", {"breaching_party_id": [
            f"one of {', '.join(agreement.signatories)}"]})
    wrong = rules.breach_error(agreement.kind, agreement.status, data["breached_on"],
                               agreement.made_on)
    if wrong:
        if data["breached_on"] < agreement.made_on:
            raise ValidationError(wrong, {"breached_on": [wrong]})
        raise Conflict(wrong, {"status": agreement.status})
    agreement.breached_on, agreement.unperformed = data["breached_on"], data["unperformed"]
    agreement.breaching_party_id = data["breaching_party_id"]
    uow.emit("agreement.breached",
             {"agreement_id": agreement.id, "breached_on": agreement.breached_on,
              "breaching_party_id": agreement.breaching_party_id,
              "obligation_ids": list(agreement.obligation_ids),
              "legal_basis": rules.BREACH_BASIS},
             authority=agreement.authority, case_id=agreement.case_id)
    uow.audit("agreement.breached", subject_type=AGREEMENT, subject_id=agreement.id,
              legal_basis=rules.BREACH_BASIS,
              details={"breaching_party_id": agreement.breaching_party_id,
                       "recorded_by": identity.user})
    return _result(agreement)


def terminated_obligations(session, judgment_id):
    """Decree Art. 5.3 (third paragraph): the items of ``judgment_id`` whose enforcement the
    head terminated on the litigants' agreement (no litigant may request them again), except
    those of an agreement found breached (``rules.breach_reopens``; Law Art. 6.2)."""
    rows = session.execute(select(EnforcementAgreement.obligation_ids,
                                  EnforcementAgreement.breached_on).filter_by(
        judgment_id=judgment_id, status=AgreementStatus.ENFORCEMENT_TERMINATED))
    return [i for ids, breached_on in rows if not rules.breach_reopens(breached_on)
            for i in ids]


def dossier_items(session, case_id):
    """Decree Art. 8.2: the agreements of the case as dossier rows (the agreement on its day, the
    witness or refusal, the termination, the breach)."""
    items = []
    for a in session.scalars(select(EnforcementAgreement).filter_by(case_id=case_id)):
        items.append({"kind": f"agreement_{a.kind}", "on": a.made_on, "id": a.id, "number": None,
                      "legal_basis": a.legal_basis})
        if a.witnessed_on:
            items.append({"kind": ("agreement_witness_refused" if a.refusal_reasons
                                   else "agreement_witnessed"), "on": a.witnessed_on,
                          "id": a.id, "number": None, "legal_basis": rules.WITNESS_BASIS})
        if a.terminated_on:
            items.append({"kind": "termination_by_agreement", "on": a.terminated_on, "id": a.id,
                          "number": a.termination_number,
                          "legal_basis": rules.NON_ENFORCEMENT_BASIS})
        if a.breached_on:
            items.append({"kind": "agreement_breach", "on": a.breached_on, "id": a.id,
                          "number": None, "legal_basis": rules.BREACH_BASIS})
    return items
