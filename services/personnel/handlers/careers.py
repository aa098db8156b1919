"""Careers of officers (Decree 62/2015 Art. 64, 65, 70, 72): designate a Director or Deputy
Director, mobilise, reassign or second an officer or inspector, dismiss an enforcement officer,
read an official's decisions.

Each is a decision of the office: when it breaks a rule (a manager below the standard rank, a
decider without the power, a ground the article does not give) it is *refused* and recorded with
its reasons — a ``personnel_decision`` row, the event ``personnel_decision.refused`` and an audit
row — not raised. Errors are for bad input and for what the caller may not do.
"""
from datetime import timedelta

from sqlalchemy import select

from shared.errors import ValidationError

from services.personnel.handlers.authorities import chain_above
from services.personnel.handlers.staff import (administered_authority, authority_record,
                                               close_holding, holdings_of, open_holding,
                                               visible_officer)
from services.personnel.models import Appointment, PersonnelDecision
from services.personnel.rules import careers as rules
from services.personnel.rules import lifecycle
from services.personnel.rules.staff import Category, holds_on, position_kind


def decision_result(row):
    return {"id": row.id, "kind": row.kind, "outcome": row.outcome,
            "officer_id": row.officer_id, "applicant_id": row.applicant_id,
            "authority_id": row.authority_id, "target_authority_id": row.target_authority_id,
            "position": row.position,
            "decider": row.decider, "valid_from": row.valid_from, "valid_to": row.valid_to,
            "decision_number": row.decision_number, "reasons": list(row.reasons),
            "legal_basis": row.legal_basis, "parameters_used": list(row.parameters_used),
            "details": dict(row.details)}


def record_decision(uow, caller, *, reasons, legal_basis, parameters_used=(), details=None,
                    **fields):
    """The decision row, decided or refused by ``reasons``; announce
    ``personnel_decision.made`` or ``personnel_decision.refused``; audit with the legal basis.
    """
    outcome = lifecycle.check_decision_outcome(
        lifecycle.DecisionOutcome.REFUSED if reasons else lifecycle.DecisionOutcome.DECIDED)
    row = PersonnelDecision(outcome=str(outcome.target), reasons=list(reasons),
                            legal_basis=legal_basis, parameters_used=list(parameters_used),
                            details=details or {}, decided_by=caller.identity.user, **fields)
    uow.session.add(row)
    uow.session.flush()
    payload = {"decision_id": row.id, "kind": row.kind, "officer_id": row.officer_id,
               "applicant_id": row.applicant_id, "authority_id": row.authority_id,
               "target_authority_id": row.target_authority_id, "position": row.position,
               "decider": row.decider, "valid_from": row.valid_from,
               "decision_number": row.decision_number, "legal_basis": row.legal_basis}
    if reasons:
        uow.emit("personnel_decision.refused", {**payload, "reasons": row.reasons},
                 authority=row.authority_id)
    else:
        uow.emit("personnel_decision.made", {**payload, "valid_to": row.valid_to,
                                             "details": row.details}, authority=row.authority_id)
    uow.audit(f"personnel_decision.{row.outcome}",
              subject_type="officer" if row.officer_id else "applicant",
              subject_id=row.officer_id or row.applicant_id,
              legal_basis=f"{legal_basis}; {outcome.article}",
              details={"decision_id": row.id, "kind": row.kind, "reasons": row.reasons,
                       "parameters_used": row.parameters_used})
    return row


def _holdings(session, officer_id):
    return session.scalars(select(Appointment).where(Appointment.officer_id == officer_id)
                           .order_by(Appointment.valid_from, Appointment.id)).all()


def _open_on(holdings, on, *categories):
    return [h for h in holdings if holds_on(h.valid_from, h.valid_to, on)
            and position_kind(h.position).category in categories]


def designate_manager(data, uow, law, caller):
    """Designate a Director (``head``) or Deputy Director (``deputy_head``) of an authority
    (Decree 62/2015 Art. 72): refused with reasons when the official does not hold the
    standard's rank on the day (72.1.a, 72.2.a, dated rows) or the decider lacks the power
    (72.3, 72.5); otherwise the managerial holding is opened. Both outcomes evented, audited."""
    session = uow.session
    officer = visible_officer(session, caller, data["officer_id"], lock=True)
    authority = administered_authority(session, caller, data["authority_id"])
    on = data["valid_from"]
    rank = rules.enforcement_rank(holdings_of(session, officer.id), on)
    reasons, row = rules.managerial_standard_breaches(authority.level, rank, on, law.params)
    reasons += rules.decider_reasons(
        data["decider"], rules.designation_deciders(authority.level, data["position"]),
        f"the designation of the {data['position']} of a {authority.level} authority",
        "Decree 62/2015 Art. 72.3, 72.5")
    details = {"rank_held": rank and str(rank)}
    if not reasons:
        held = open_holding(uow, caller, officer, authority, data["position"], on, None,
                            data["decision_number"])
        details["opened"] = [held.id]
    decision = record_decision(
        uow, caller, reasons=reasons, legal_basis=rules.MANAGER_DESIGNATED,
        parameters_used=[row.as_record()] if row else [], details=details,
        kind=str(rules.DecisionKind.DESIGNATION), officer_id=officer.id,
        authority_id=authority.id, position=data["position"], decider=data["decider"],
        valid_from=on, decision_number=data["decision_number"])
    return decision_result(decision)


def _path(session, authority):
    return [(a.id, a.level) for a in [authority, *chain_above(session, authority)]]


def transfer_officer(data, uow, law, caller):
    """Mobilise, reassign or second an enforcement officer or inspector to another authority
    from ``valid_from`` (a secondment until ``valid_to``), by the decider Decree 62/2015 Art.
    70.1 gives by rank, managerial post and province (``rules.careers.transfer_power``); a
    reassignment of an enforcement officer needs the Director's written request (Art. 64.2.c).
    Refused with reasons otherwise. When decided: the rank and any managerial post at the old
    authority end the day before; the rank is held at the new one (for a secondment until its
    end, then at home again); a mobilisation or reassignment changes the employer."""
    session = uow.session
    officer = visible_officer(session, caller, data["officer_id"], lock=True)
    source = authority_record(session, officer.authority_id)
    target = authority_record(session, data["target_authority_id"], "target_authority_id")
    if target.id == source.id:
        raise ValidationError("a transfer moves the official to another authority", {
            "target_authority_id": [f"{officer.id} is already employed by {source.id}"]})
    on, kind = data["valid_from"], rules.DecisionKind(data["kind"])
    holdings = _holdings(session, officer.id)
    ranks = _open_on(holdings, on, Category.ENFORCEMENT_OFFICER, Category.INSPECTOR)
    posts = _open_on(holdings, on, Category.MANAGEMENT)
    managerial = None
    if posts:
        managerial = (posts[0].position, authority_record(session, posts[0].authority_id).level)
    same = rules.province_of(_path(session, source)) == rules.province_of(_path(session, target))
    power = rules.transfer_power(ranks[0].position, managerial, same) if ranks else None
    reasons = rules.transfer_refusal_reasons(data["decider"], power, str(kind))
    reasons += rules.reassignment_application_reasons(
        kind, ranks[0].position if ranks else None, data.get("request_number"))
    details = {"power": power and power.point, "confer_with": power and power.confer_with,
               "same_province": same, "reason": data["reason"],
               "request_number": data.get("request_number")}
    if not reasons:
        details.update(_move(uow, caller, officer, ranks + posts, target, data, kind))
    decision = record_decision(
        uow, caller, reasons=reasons,
        legal_basis=(f"{rules.TRANSFER_POWER}"
                     + (f"; {rules.REASSIGNMENT_APPLICATION}"
                        if kind == rules.DecisionKind.REASSIGNMENT else "")),
        details=details, kind=str(kind), officer_id=officer.id, authority_id=source.id,
        target_authority_id=target.id, position=ranks[0].position if ranks else None,
        decider=data["decider"], valid_from=on, valid_to=data.get("valid_to"),
        decision_number=data["decision_number"])
    return decision_result(decision)


def _move(uow, caller, officer, open_holdings, target, data, kind):
    """The holdings a decided transfer changes: each open one ends the day before
    ``valid_from``; the rank opens at ``target`` (a secondment: until its last day, then at the
    old authority again the day after)."""
    on, until = data["valid_from"], data.get("valid_to")
    before = on - timedelta(days=1)
    ended, opened = [], []
    for held in open_holdings:
        if held.valid_from > before:
            raise ValidationError("the decision cannot take effect on the day a holding began",
                                  {"valid_from": [f"after {held.valid_from.isoformat()}"]})
        close_holding(uow, caller, held, before, f"{kind} {data['decision_number']}")
        ended.append(held.id)
    rank = next(h for h in open_holdings
                if position_kind(h.position).category != Category.MANAGEMENT)
    home = authority_record(uow.session, rank.authority_id)
    opened.append(open_holding(uow, caller, officer, target, rank.position, on, until,
                               data["decision_number"]).id)
    if kind == rules.DecisionKind.SECONDMENT:
        opened.append(open_holding(uow, caller, officer, home, rank.position,
                                   until + timedelta(days=1), None,
                                   data["decision_number"]).id)
    else:
        officer.authority_id = target.id
    # Decree 62/2015 Art. 83.3: who is reassigned returns the insignia to the head of the
    # authority where they worked
    return {"ended": ended, "opened": opened, "return_insignia_to": home.id}


def dismiss_officer(data, uow, law, caller):
    """Dismiss an enforcement officer from their rank after ``last_day`` (Decree 62/2015 Art.
    65): only on its grounds and by the Minister of Justice (``rules.careers.
    dismissal_refusal_reasons``); refused with reasons otherwise. When decided the rank and any
    managerial post (which needs the rank, Art. 72) end on ``last_day``."""
    session = uow.session
    officer = visible_officer(session, caller, data["officer_id"], lock=True)
    last_day = data["last_day"]
    holdings = _holdings(session, officer.id)
    rank = rules.enforcement_rank(holdings_of(session, officer.id), last_day)
    reasons = rules.dismissal_refusal_reasons(data["ground"], data["criminal_prosecution"],
                                              data["decider"], rank)
    details = {"ground": data["ground"], "facts": data["facts"],
               "criminal_prosecution": data["criminal_prosecution"]}
    if not reasons:
        ending = _open_on(holdings, last_day, Category.ENFORCEMENT_OFFICER, Category.MANAGEMENT)
        for held in ending:
            close_holding(uow, caller, held, last_day,
                          f"dismissed ({rules.DISMISSAL_GROUNDS[data['ground']]}) "
                          f"{data['decision_number']}")
        details["ended"] = [h.id for h in ending]
    decision = record_decision(
        uow, caller, reasons=reasons,
        legal_basis=f"{rules.DISMISSAL}; {rules.DISMISSAL_GROUNDS[data['ground']]}",
        details=details, kind=str(rules.DecisionKind.DISMISSAL), officer_id=officer.id,
        authority_id=officer.authority_id, position=rank and str(rank),
        decider=data["decider"], valid_from=last_day, decision_number=data["decision_number"])
    return decision_result(decision)


def list_decisions(officer_id, uow, law, caller):
    """Every personnel decision about an official, decided or refused, oldest first;
    ``NotFound`` as ``get_officer``."""
    session = uow.session
    officer = visible_officer(session, caller, officer_id)
    rows = session.scalars(select(PersonnelDecision)
                           .where(PersonnelDecision.officer_id == officer.id)
                           .order_by(PersonnelDecision.id)).all()
    return {"officer_id": officer.id, "decisions": [decision_result(r) for r in rows]}
