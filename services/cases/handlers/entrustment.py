"""Entrustment of a case's enforcement to another authority (Decree 62/2015 Art. 16, 35).

The place is chosen by the rules (Art. 16.1-16.3); the authority competent there is asked of
``personnel`` (``competent_authority``). The case then moves: its ``authority`` becomes the
entrusted one, with every record (decisions, verifications, deadlines, audit) kept under the
same case id, so the history follows it and jurisdiction checks answer for the new authority
(the old one is told ``NotFound`` like any other authority). Open deadlines move with it.
"""
import uuid

from sqlalchemy import select, update

from shared.deadlines import MET, Deadline
from shared.errors import Conflict, ValidationError
from shared.legal import Subject

from services.cases.handlers.cases import case_of, deadline_record, rule_set_used
from services.cases.models import Entrustment, PostponementSuspensionDecision
from services.cases.rules import entrustment as rules
from services.cases.rules import lifecycle


def _amount_due(case):
    amounts = [int(o.amount) for o in case.judgment.obligations
               if o.obligation_id in case.obligation_ids and o.amount is not None]
    return sum(amounts) if amounts else None


def _located(case, places):
    """The places, each given by ``party_id`` located by that party's address codes as the
    judgment gave them (``rules.address_is_place``); a party unknown, of the wrong kind of place
    or without codes is bad input, named field by field."""
    parties = {p.party_id: p for p in case.judgment.parties}
    located, errors = [], {}
    for i, place in enumerate(places):
        party = parties.get(place["party_id"]) if place["party_id"] else None
        if place["province_code"] is not None:
            located.append(place)
        elif party is None:
            errors[i] = {"party_id": [f"no party {place['party_id']!r} in the judgment"]}
        elif not rules.address_is_place(place["kind"], party.kind):
            errors[i] = {"kind": [f"a {party.kind}'s address is its "
                                  f"{rules.ADDRESS_PLACE[party.kind]} (Decree Art. 16.1)"]}
        elif party.province_code is None:
            errors[i] = {"party_id": ["the judgment gave no province code for this party"]}
        else:
            located.append({**place, "province_code": party.province_code,
                            "commune_code": party.commune_code})
    if errors:
        raise ValidationError("a place cannot be located", {"places": errors})
    return located


def _decisions_in_force(uow, case):
    """Decree Art. 16.4 (last paragraph): the decisions that stay in force until the entrusted
    authority replaces them."""
    found = []
    if case.decision is not None:
        found.append({"kind": "enforcement_decision", "id": case.decision.id,
                      "number": case.decision.number})
    for d in uow.session.scalars(select(PostponementSuspensionDecision)
                                 .filter_by(case_id=case.id, continued_on=None)):
        found.append({"kind": f"{d.kind}_decision", "id": d.id, "number": d.number})
    return found


def entrust_enforcement(data, uow, law, caller, personnel):
    """The head of the case's authority entrusts its enforcement (Art. 16): the place chosen in
    the order of Art. 16.2, the authority competent there asked of personnel, the deadline (5
    working days from the ground; at once for a temporary emergency measure, Art. 35.2) owed and
    met, the case moved, ``enforcement.entrusted`` announced under the new authority."""
    case = case_of(uow, data["case_id"], caller)
    identity = caller.require_jurisdiction(case.authority)
    if case.decision_id is None or not lifecycle.is_open(case.status):
        raise Conflict(f"case {case.id} is {case.status}; only a case under an enforcement "
                       f"decision is entrusted ({rules.ENTRUSTED})", {"status": case.status})
    if data["decided_on"] < data["ground_arose_on"]:
        raise ValidationError("a decision cannot precede its ground",
                              {"decided_on": ["before ground_arose_on"]})
    places = _located(case, data["places"])
    choice = rules.place_to_entrust(places, _amount_due(case))
    place = places[choice.index]
    found = personnel.competent_authority({"province_code": place["province_code"],
                                           "commune_code": place.get("commune_code"),
                                           "on": data["decided_on"].isoformat()})
    to_authority, from_authority = found["authority"]["id"], case.authority
    if rules.entrusted_to_itself(from_authority, to_authority):
        raise ValidationError("the place chosen is under the case's own authority",
                              {"places": [f"place {choice.index} ({choice.clause}) is served by "
                                          f"{to_authority} itself (Decree Art. 16.1)"]})
    entrustment_id = str(uuid.uuid4())
    limit = rules.URGENT_ENTRUSTMENT if data["urgent"] else rules.ENTRUSTMENT_DECISION
    subject = Subject("entrustment", entrustment_id, from_authority, case.id)
    uow.deadlines.owe(limit, subject, starts_on=data["ground_arose_on"])
    met = uow.deadlines.meet(limit, subject, on=data["decided_on"])
    entrustment = Entrustment(
        id=entrustment_id, case_id=case.id, from_authority=from_authority,
        to_authority=to_authority, number=data["number"],
        ground_arose_on=data["ground_arose_on"], decided_on=data["decided_on"],
        decided_by=identity.user, urgent=data["urgent"],
        places=[{**p} for p in places], chosen_place={**place, "index": choice.index},
        choice_clause=choice.clause, choice_reason=choice.reason, tasks=data["tasks"],
        fulfilled=data["fulfilled"], unfulfilled=data["unfulfilled"],
        decisions_in_force=_decisions_in_force(uow, case),
        legal_basis=f"Decree 62/2015 Art. {choice.clause}; Law on Civil Judgment Enforcement "
                    f"Art. 55",
        computations={"decision_deadline": deadline_record(met),
                      "competent_authority": {"matched": found.get("matched"),
                                              "legal_basis": found.get("legal_basis")}},
        parameters_used=list(met.parameters_used) + rule_set_used(law, data["decided_on"]))
    uow.session.add(entrustment)
    case.authority = to_authority
    uow.session.execute(update(Deadline).where(Deadline.case_id == case.id,
                                               Deadline.status != MET)
                        .values(authority=to_authority))
    uow.emit("enforcement.entrusted",
             {"entrustment_id": entrustment_id, "decision_number": entrustment.number,
              "decided_on": entrustment.decided_on, "from_authority": from_authority,
              "to_authority": to_authority, "place_kind": place["kind"],
              "legal_basis": entrustment.legal_basis},
             authority=to_authority, case_id=case.id)
    uow.audit("enforcement.entrusted", subject_type="entrustment", subject_id=entrustment_id,
              legal_basis=entrustment.legal_basis,
              details={"case_id": case.id, "from_authority": from_authority,
                       "to_authority": to_authority, "clause": choice.clause})
    return {c.name: getattr(entrustment, c.name) for c in entrustment.__table__.c}
