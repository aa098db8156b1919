"""Cards, uniforms and insignia (Decree 62/2015 Art. 73, 81-83): issue a card for the rank
held (replacing the card of the former rank), return it, report it lost; issue uniform items
and insignia within their allocation (refused with reasons and the next due day otherwise);
read an official's cards and insignia.
"""
from sqlalchemy import select

from shared.calendar import today_in_vietnam
from shared.errors import Conflict, NotFound, ValidationError

from services.personnel.handlers.staff import authority_record, holdings_of, visible_officer
from services.personnel.models import OfficerCard, UniformIssue
from services.personnel.rules import equipment as rules
from services.personnel.rules import lifecycle
from services.personnel.rules.careers import MILITARY_LEVELS
from services.personnel.rules.staff import Category, holds_on, position_kind


def card_result(row, must_return=False):
    return {"id": row.id, "officer_id": row.officer_id, "kind": row.kind,
            "position": row.position, "number": row.number, "status": row.status,
            "issued_on": row.issued_on, "ended_on": row.ended_on,
            "end_reason": row.end_reason, "must_return": must_return}


def _emit_card(uow, officer, row, event, **extra):
    uow.emit(event, {"card_id": row.id, "officer_id": row.officer_id, "kind": row.kind,
                     "position": row.position, "status": row.status, **extra},
             authority=officer.authority_id)


def issue_card(data, uow, law, caller):
    """Record a card of ``kind`` issued by the Ministry for the rank the official holds that
    day (Decree 62/2015 Art. 73.1-73.2); an open card of that kind for another rank is replaced
    (73.1: changed with the rank). Announce ``card.issued``; audit."""
    session = uow.session
    officer = visible_officer(session, caller, data["officer_id"], lock=True)
    on = data["issued_on"]
    ranks = [p for k, p in rules.card_for(holdings_of(session, officer.id), on)
             if k == data["kind"]]
    if not ranks:
        raise ValidationError("no rank for that card", {"officer_id": [
            f"{officer.id} holds no {data['kind']} rank on {on.isoformat()} (Decree 62/2015 "
            "Art. 73.1)"]})
    current = session.scalars(select(OfficerCard).where(
        OfficerCard.officer_id == officer.id, OfficerCard.kind == data["kind"],
        OfficerCard.status == lifecycle.CardStatus.ISSUED).with_for_update()).first()
    if current is not None and current.position == ranks[0]:
        raise Conflict(f"card {current.number} already shows {current.position}",
                       {"card_id": current.id})
    if current is not None:
        _end_card(uow, officer, current, lifecycle.CardStatus.REPLACED, on,
                  f"the rank changed to {ranks[0]}", "card.replaced")
    transition = lifecycle.check_card_transition(None, lifecycle.CardStatus.ISSUED)
    row = OfficerCard(officer_id=officer.id, kind=data["kind"], position=ranks[0],
                      number=data["number"], status=str(transition.target), issued_on=on,
                      recorded_by=caller.identity.user)
    session.add(row)
    session.flush()
    _emit_card(uow, officer, row, "card.issued", on=on,
               replaced_card_id=current.id if current else None)
    uow.audit("card.issued", subject_type="officer", subject_id=officer.id,
              legal_basis=transition.article,
              details={"card_id": row.id, "number": row.number, "position": row.position})
    return card_result(row)


def _end_card(uow, officer, row, target, on, reason, event):
    transition = lifecycle.check_card_transition(row.status, target, f"card {row.number}")
    row.status, row.ended_on, row.end_reason = str(transition.target), on, reason
    _emit_card(uow, officer, row, event, on=on, reason=reason)
    uow.audit(event, subject_type="officer", subject_id=officer.id,
              legal_basis=transition.article,
              details={"card_id": row.id, "on": on.isoformat(), "reason": reason})


def _card(session, caller, card_id, on):
    """The card, if the caller administers its holder (``NotFound`` otherwise); ``on`` may not
    be before its issue."""
    row = session.get(OfficerCard, card_id, with_for_update=True)
    if row is None:
        raise NotFound(f"no card {card_id}", {"card_id": card_id})
    try:
        officer = visible_officer(session, caller, row.officer_id, lock=True)
    except NotFound:
        raise NotFound(f"no card {card_id}", {"card_id": card_id}) from None
    if on < row.issued_on:
        raise ValidationError("before the card was issued",
                              {"on": [f"before {row.issued_on.isoformat()}"]})
    return row, officer


def return_card(data, uow, law, caller):
    """A card returned when its holder no longer holds the rank (Decree 62/2015 Art. 73.1).
    Announce ``card.returned``; audit."""
    row, officer = _card(uow.session, caller, data["card_id"], data["on"])
    _end_card(uow, officer, row, lifecycle.CardStatus.RETURNED, data["on"], data["reason"],
              "card.returned")
    return card_result(row)


def report_card_lost(data, uow, law, caller):
    """A card's loss, reported to the police authority and to the employing authority (Decree
    62/2015 Art. 73.1): the police report is required. Announce ``card.lost``; audit."""
    row, officer = _card(uow.session, caller, data["card_id"], data["on"])
    _end_card(uow, officer, row, lifecycle.CardStatus.LOST, data["on"],
              f"reported to {data['police_report']}", "card.lost")
    return card_result(row)


def list_cards(officer_id, uow, law, caller):
    """An official's cards, each open one flagged ``must_return`` when the holder no longer
    holds its rank today (Decree 62/2015 Art. 73.1)."""
    session = uow.session
    officer = visible_officer(session, caller, officer_id)
    holdings, today = holdings_of(session, officer.id), today_in_vietnam()
    rows = session.scalars(select(OfficerCard).where(OfficerCard.officer_id == officer.id)
                           .order_by(OfficerCard.id)).all()
    return {"officer_id": officer.id, "cards": [
        card_result(r, r.status == lifecycle.CardStatus.ISSUED and rules.card_must_be_returned(
            r.kind, r.position, holdings, today)) for r in rows]}


def uniform_result(row):
    return {"id": row.id, "officer_id": row.officer_id, "item": row.item,
            "quantity": row.quantity, "kind": row.kind, "outcome": row.outcome,
            "issued_on": row.issued_on, "due_on": row.due_on, "reasons": list(row.reasons),
            "parameters_used": list(row.parameters_used), "explanation": row.explanation}


def issue_uniform(data, uow, law, caller):
    """Issue a uniform item or insignia within its allocation (Decree 62/2015 Art. 83): the
    first issuance (83.2.a, 83.3), a periodic one once the last one's period has run (83.1,
    counted by the calendar), or the replacement of a lost or damaged item whose explanation
    is accepted (83.2.b); refused with reasons (and the day the next is due) otherwise.
    Announce ``uniform.issued`` or ``uniform.refused``; audit."""
    session = uow.session
    officer = visible_officer(session, caller, data["officer_id"], lock=True)
    item, on, replacement = data["item"], data["on"], data["replacement"]
    quantity, years, row = rules.allocation(item, on, law.params)
    used = [row]
    last = session.scalars(select(UniformIssue).where(
        UniformIssue.officer_id == officer.id, UniformIssue.item == item,
        UniformIssue.kind != "replacement", UniformIssue.outcome == "decided")
        .order_by(UniformIssue.issued_on.desc(), UniformIssue.id.desc())).first()
    kind = "replacement" if replacement else ("periodic" if last else "first")
    allowed = quantity
    if kind == "first":
        first = next((r for r in law.params.history(rules.FIRST_ISSUE_KEY.format(item=item))
                      if r.applies_on(on)), None)
        if first is not None:
            allowed, used = int(first.value), used + [first]
    military = authority_record(session, officer.authority_id).level in MILITARY_LEVELS
    reasons = rules.uniform_refusal_reasons(
        item, data["quantity"], on,
        last and {"issued_on": last.issued_on, "due_on": last.due_on}, allowed,
        data["in_sweater_region"], replacement, military)
    outcome = lifecycle.check_decision_outcome(
        lifecycle.DecisionOutcome.REFUSED if reasons else lifecycle.DecisionOutcome.DECIDED)
    due_on = None
    if not reasons and kind != "replacement":
        due_on = law.calendar.due_date(on, years, "years")
    issue = UniformIssue(officer_id=officer.id, item=item, quantity=data["quantity"],
                         kind=kind, outcome=str(outcome.target), issued_on=on, due_on=due_on,
                         reasons=reasons, parameters_used=[u.as_record() for u in used],
                         explanation=replacement and replacement["explanation"],
                         recorded_by=caller.identity.user)
    session.add(issue)
    session.flush()
    payload = {"issue_id": issue.id, "officer_id": officer.id, "item": item,
               "quantity": issue.quantity, "kind": kind, "on": on}
    if reasons:
        uow.emit("uniform.refused", {**payload, "reasons": reasons},
                 authority=officer.authority_id)
    else:
        uow.emit("uniform.issued", {**payload, "due_on": due_on},
                 authority=officer.authority_id)
    uow.audit(f"uniform.{'refused' if reasons else 'issued'}", subject_type="officer",
              subject_id=officer.id, legal_basis=f"{rules.UNIFORM_ISSUED}; {outcome.article}",
              details={"issue_id": issue.id, "reasons": reasons,
                       "parameters_used": issue.parameters_used,
                       "due_on": due_on and due_on.isoformat()})
    return uniform_result(issue)


def get_insignia(data, uow, law, caller):
    """The insignia an official wears on ``on`` by rank and managerial post (Decree 62/2015
    Art. 81): the rank's shoulder badges (enforcement officer first, else inspector), the lapel
    of the post and of its authority's level."""
    session = uow.session
    officer = visible_officer(session, caller, data["officer_id"])
    on = data["on"]
    held = [h for h in holdings_of(session, officer.id)
            if holds_on(h["valid_from"], h["valid_to"], on)]
    order = {Category.ENFORCEMENT_OFFICER: 0, Category.INSPECTOR: 1}
    ranks = sorted((h for h in held if position_kind(h["position"]).category in order),
                   key=lambda h: order[position_kind(h["position"]).category])
    posts = [h for h in held if position_kind(h["position"]).category == Category.MANAGEMENT]
    rank = ranks[0]["position"] if ranks else None
    post = posts[0]["position"] if posts else None
    level = authority_record(session, posts[0]["authority_id"] if posts
                             else officer.authority_id).level
    return {"officer_id": officer.id, "on": on, "rank": rank, "post": post, "level": level,
            "insignia": rules.insignia(rank, post, level)}
