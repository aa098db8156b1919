"""Staff and ranks (Law Art. 17-18; Decree 62/2015 Art. 54.2, 66-72): register an official,
appoint them to a position at an authority, end a position, record a relation, read an official
with their history.

Jurisdiction comes from the tree this service keeps: an administrator acts for the authority
concerned or one above it (``rules.staff.may_administer``). An official or a holding the caller
may not administer answers ``NotFound``, exactly as one that does not exist.
"""
from sqlalchemy import select

from shared.errors import Conflict, NotFound, PermissionDenied, ValidationError

from services.personnel.handlers.authorities import chain_above
from services.personnel.models import Appointment, Authority, Officer, OfficerRelation
from services.personnel.rules import lifecycle
from services.personnel.rules import staff as rules


def _administers(session, identity, authority):
    return rules.may_administer(identity.authority, authority.id,
                                [a.id for a in chain_above(session, authority)])


def authority_record(session, authority_id, field="authority_id"):
    record = session.get(Authority, authority_id)
    if record is None:
        raise NotFound(f"no authority {authority_id!r}", {field: authority_id})
    return record


def visible_officer(session, caller, officer_id, lock=False):
    """The official, if the caller administers the authority employing them; ``NotFound``
    otherwise (foreign or absent alike)."""
    officer = session.get(Officer, officer_id, with_for_update=lock)
    if officer is None or not _administers(session, caller.identity,
                                           session.get(Authority, officer.authority_id)):
        raise NotFound(f"no officer {officer_id!r}", {"officer_id": officer_id})
    return officer


def holdings_of(session, officer_id):
    """An official's holdings as the rules read them: dicts with ``id``, ``authority_id``,
    ``position``, ``valid_from``, ``valid_to``, oldest first."""
    rows = session.scalars(select(Appointment).where(Appointment.officer_id == officer_id)
                           .order_by(Appointment.valid_from, Appointment.id))
    return [{"id": h.id, "authority_id": h.authority_id, "position": h.position,
             "valid_from": h.valid_from, "valid_to": h.valid_to} for h in rows]


def appointment_result(row):
    kind = rules.position_kind(row.position)
    return {"id": row.id, "officer_id": row.officer_id, "authority_id": row.authority_id,
            "position": row.position, "category": str(kind.category), "article": kind.article,
            "valid_from": row.valid_from, "valid_to": row.valid_to,
            "decision_number": row.decision_number, "end_reason": row.end_reason}


def officer_result(session, officer):
    positions = session.scalars(select(Appointment).where(Appointment.officer_id == officer.id)
                                .order_by(Appointment.valid_from, Appointment.id)).all()
    relations = session.scalars(select(OfficerRelation)
                                .where(OfficerRelation.officer_id == officer.id)
                                .order_by(OfficerRelation.id)).all()
    return {"id": officer.id, "full_name": officer.full_name,
            "identity_number": officer.identity_number, "authority_id": officer.authority_id,
            "status": officer.status, "positions": [appointment_result(p) for p in positions],
            "relations": [relation_result(r) for r in relations]}


def relation_result(row):
    return {"id": row.id, "officer_id": row.officer_id, "person_name": row.person_name,
            "identity_number": row.identity_number, "relation": row.relation}


def register_officer(data, uow, law, caller):
    """Register an official employed by an authority the caller administers (Decree 62/2015
    Art. 52.3); announce ``officer.registered``; audit."""
    session = uow.session
    authority = authority_record(session, data["authority_id"])
    if not _administers(session, caller.identity, authority):
        raise PermissionDenied(f"authority {caller.identity.authority!r} does not administer "
                               f"{authority.id!r}", {"authority": authority.id})
    return officer_result(session, enrol_officer(uow, caller, data, rules.OFFICER_REGISTERED))


def enrol_officer(uow, caller, data, legal_basis, details=None):
    """Record a new official (``data``: id, full_name, identity_number, authority_id): a
    ``Conflict`` if the id is taken; announce ``officer.registered``; audit with
    ``legal_basis``. The caller's right to do so is checked by the one who calls."""
    session = uow.session
    if session.get(Officer, data["id"]) is not None:
        raise Conflict(f"officer {data['id']} is already registered", {"id": data["id"]})
    transition = lifecycle.check_officer_transition(None, lifecycle.OfficerStatus.ACTIVE)
    officer = Officer(**data, status=str(transition.target), registered_by=caller.identity.user)
    session.add(officer)
    session.flush()
    uow.emit("officer.registered", {"officer_id": officer.id, "full_name": officer.full_name,
                                    "authority_id": officer.authority_id,
                                    "status": officer.status}, authority=officer.authority_id)
    uow.audit("officer.registered", subject_type="officer", subject_id=officer.id,
              legal_basis=legal_basis,
              details={"authority_id": officer.authority_id, **(details or {})})
    return officer


def appoint_position(data, uow, law, caller):
    """Appoint an official to a rank at an authority from a day (Law Art. 17-18; Decree
    62/2015 Art. 62). A Director or Deputy Director is designated by ``designate_manager``
    (Art. 72: its standards and deciders are checked there). Announce ``officer.appointed``;
    audit."""
    session = uow.session
    if rules.position_kind(data["position"]).category == rules.Category.MANAGEMENT:
        raise ValidationError("a managerial post is designated, not appointed", {
            "position": ["a Director or Deputy Director is designated with designate_manager "
                         "(Decree 62/2015 Art. 72)"]})
    officer = visible_officer(session, caller, data["officer_id"], lock=True)
    authority = administered_authority(session, caller, data["authority_id"])
    row = open_holding(uow, caller, officer, authority, data["position"], data["valid_from"],
                       None, data["decision_number"])
    return appointment_result(row)


def administered_authority(session, caller, authority_id, field="authority_id"):
    """The authority ``authority_id``; ``NotFound`` if unknown, ``PermissionDenied`` if the
    caller does not administer it (Decree 62/2015 Art. 52.3, 70.1, 72.3)."""
    authority = authority_record(session, authority_id, field)
    if not _administers(session, caller.identity, authority):
        raise PermissionDenied(f"authority {caller.identity.authority!r} does not administer "
                               f"{authority.id!r}", {"authority": authority.id})
    return authority


def open_holding(uow, caller, officer, authority, position, valid_from, valid_to,
                 decision_number):
    """Open a holding of ``position`` at ``authority`` from ``valid_from`` (to ``valid_to``):
    the authority must exist on that day, and the official may hold one position of a category
    at a time (``rules.staff.overlapping_holding``). Announce ``officer.appointed``; audit."""
    session = uow.session
    if not rules.holds_on(authority.valid_from, authority.valid_to, valid_from):
        raise ValidationError("the authority does not exist on that day", {
            "valid_from": [f"{authority.id} exists from {authority.valid_from.isoformat()}"
                           + (f" to {authority.valid_to.isoformat()}"
                              if authority.valid_to else "")]})
    held = session.scalars(select(Appointment).where(Appointment.officer_id == officer.id)).all()
    clash = rules.overlapping_holding(
        position, valid_from, valid_to,
        [{"id": h.id, "position": h.position, "valid_from": h.valid_from,
          "valid_to": h.valid_to} for h in held])
    if clash is not None:
        raise Conflict(f"officer {officer.id} already holds {clash['position']} (appointment "
                       f"{clash['id']}) then; end it first (Law Art. 17.2; Decree 62/2015 "
                       "Art. 56.2, 69.1, 71.1, 72)", {"appointment_id": clash["id"]})
    row = Appointment(officer_id=officer.id, authority_id=authority.id, position=position,
                      valid_from=valid_from, valid_to=valid_to, decision_number=decision_number,
                      appointed_by=caller.identity.user)
    session.add(row)
    session.flush()
    kind = rules.position_kind(row.position)
    uow.emit("officer.appointed", {
        "appointment_id": row.id, "officer_id": officer.id, "full_name": officer.full_name,
        "authority_id": row.authority_id, "position": row.position,
        "category": str(kind.category), "valid_from": row.valid_from,
        "decision_number": row.decision_number}, authority=row.authority_id)
    uow.audit("officer.appointed", subject_type="officer", subject_id=officer.id,
              legal_basis=f"{rules.POSITION_APPOINTED}; {kind.article}",
              details={"appointment_id": row.id, "position": row.position,
                       "authority_id": row.authority_id})
    return row


def close_holding(uow, caller, row, valid_to, reason):
    """End the holding ``row`` on ``valid_to``, its last day (Decree 62/2015 Art. 64, 65, 70).
    Announce ``officer.position_ended``; audit."""
    if valid_to < row.valid_from:
        raise ValidationError("a holding cannot end before it began", {
            "valid_to": [f"before {row.valid_from.isoformat()}"]})
    row.valid_to, row.end_reason = valid_to, reason
    row.ended_by = caller.identity.user
    uow.emit("officer.position_ended", {
        "appointment_id": row.id, "officer_id": row.officer_id,
        "authority_id": row.authority_id, "position": row.position,
        "valid_from": row.valid_from, "valid_to": row.valid_to, "reason": row.end_reason},
        authority=row.authority_id)
    uow.audit("officer.position_ended", subject_type="officer", subject_id=row.officer_id,
              legal_basis=rules.POSITION_ENDED,
              details={"appointment_id": row.id, "valid_to": row.valid_to.isoformat()})
    return row


def end_position(data, uow, law, caller):
    """End a holding on its last day, with the reason (Decree 62/2015 Art. 64, 65, 70).
    A holding of an authority the caller does not administer is ``NotFound``; one already
    ended is a ``Conflict``. Announce ``officer.position_ended``; audit."""
    session = uow.session
    row = session.get(Appointment, data["appointment_id"], with_for_update=True)
    if row is None or not _administers(session, caller.identity,
                                       session.get(Authority, row.authority_id)):
        raise NotFound(f"no appointment {data['appointment_id']}",
                       {"appointment_id": data["appointment_id"]})
    if row.valid_to is not None:
        raise Conflict(f"appointment {row.id} already ended on {row.valid_to.isoformat()}",
                       {"appointment_id": row.id})
    return appointment_result(close_holding(uow, caller, row, data["valid_to"],
                                            data["reason"]))


def record_relation(data, uow, law, caller):
    """Record a person related to an official (Law Art. 21.5; Decree 62/2015 Art. 10.1, 68.4),
    so that a case where that person is a party is never given to them. The event names the
    officer and the kind of relation only, not the person. Audit."""
    session = uow.session
    officer = visible_officer(session, caller, data["officer_id"])
    row = OfficerRelation(**data, recorded_by=caller.identity.user)
    session.add(row)
    session.flush()
    uow.emit("officer.relation_recorded", {"relation_id": row.id, "officer_id": officer.id,
                                           "relation": row.relation},
             authority=officer.authority_id)
    uow.audit("officer.relation_recorded", subject_type="officer", subject_id=officer.id,
              legal_basis=rules.RELATION_RECORDED,
              details={"relation_id": row.id, "relation": row.relation})
    return relation_result(row)


def get_officer(officer_id, uow, law, caller):
    """An official with every position held (oldest first) and the relations recorded;
    ``NotFound`` if absent or employed outside the caller's authority and those below it."""
    session = uow.session
    return officer_result(session, visible_officer(session, caller, officer_id))


def change_officer_status(data, uow, law, caller):
    """Suspend an official from duty or reinstate them (Decree 62/2015 Art. 65; the law on
    officials), by the transitions of ``rules.lifecycle``: a suspended officer is given no case
    (``rules.staff.is_eligible_enforcement_officer``). Announce ``officer.status_changed``;
    audit with the transition's article."""
    session = uow.session
    officer = visible_officer(session, caller, data["officer_id"], lock=True)
    transition = lifecycle.check_officer_transition(officer.status, data["status"],
                                                    f"officer {officer.id}")
    previous, officer.status = officer.status, str(transition.target)
    uow.emit("officer.status_changed", {
        "officer_id": officer.id, "authority_id": officer.authority_id, "previous": previous,
        "status": officer.status, "on": data["on"], "reason": data["reason"],
        "decision_number": data["decision_number"]}, authority=officer.authority_id)
    uow.audit("officer.status_changed", subject_type="officer", subject_id=officer.id,
              legal_basis=transition.article,
              details={"previous": previous, "status": officer.status,
                       "on": data["on"].isoformat(), "reason": data["reason"],
                       "decision_number": data["decision_number"]})
    return officer_result(session, officer)
