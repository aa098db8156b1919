"""Orders to banks, the State Treasury and VSDC, and their answers (Decree 62/2015 Art. 13.5,
20, 21; issue 12).

Sending: each order is a signed message (``shared.signing``) written to the outbox with the
state change, addressed to its institution's routing key, and owes its answer as a deadline of
the institution. Receiving: an answer is applied once; the same answer again changes nothing;
an answer with a bad signature, from the wrong institution, about an unknown order, replayed or
already answered raises an ``AnswerRefused``, so the platform parks it for an operator with its
class as the reason and nothing is written. Account numbers and holders stay in the order's
``message`` (Art. 20.3): not in audits, events bound elsewhere, logs or metrics.
"""
import uuid
from datetime import datetime, timezone

from prometheus_client import Counter, Histogram
from sqlalchemy import select

from shared import signing
from shared.calendar import today_in_vietnam
from shared.errors import ValidationError
from shared.legal import Subject

from services.property.handlers.cases import case_of
from services.property.models import InstitutionAnswer, InstitutionOrder
from services.property.rules import institutions as rules
from services.property.rules import lifecycle
from services.property.rules.securities import SALE_AFTER_TRANSFER
from services.property.rules.lifecycle import OrderStatus

ORDER = "institution_order"
VERSION = 1
ANSWER_SECONDS = Histogram("property_institution_answer_seconds",
                           "Time from sending an order to applying its answer",
                           ["institution", "kind"],
                           buckets=(60, 600, 3600, 4 * 3600, 86400, 2 * 86400, 7 * 86400))
ANSWERS_REFUSED = Counter("property_institution_answers_refused_total",
                          "Answers refused and parked for an operator, by reason",
                          ["institution", "reason"])

OUTCOME_STATUS = {rules.FROZEN: OrderStatus.FROZEN, rules.GARNISHED: OrderStatus.GARNISHED,
                  rules.REFUSED: OrderStatus.REFUSED, rules.LIFTED: OrderStatus.LIFTED,
                  rules.TRANSFERRED: OrderStatus.TRANSFERRED, rules.SOLD: OrderStatus.SOLD}


def subject_of(order):
    return Subject(ORDER, order.id, order.authority, order.case_id)


def send_order(uow, law, directory, *, case, kind, institution, decision, body, measure_id=None,
               amount=None, lifts_order_id=None, today=None):
    """Sign and send one order of ``kind`` to ``institution`` for ``case`` (a known case);
    owe its answer. Returns the ``InstitutionOrder``."""
    order_kind = rules.ORDER_KINDS[kind]
    entry = directory.institution(institution)
    if entry.kind not in order_kind.receivers:
        raise ValidationError(f"{institution} ({entry.kind}) does not take {kind} orders",
                              {"institution": [f"a {' or '.join(order_kind.receivers)}"]})
    today = today or today_in_vietnam()
    due_on, used = rules.answer_due_on(kind, today, law)
    order_id = str(uuid.uuid4())
    payload = {"order_id": order_id, "institution": institution, "case_id": case.case_id,
               "decision": decision, "answer_due_on": due_on.isoformat(), **body}
    message = directory.keys.sign(institution, order_kind.event_type, VERSION, payload)
    order = InstitutionOrder(
        id=order_id, measure_id=measure_id, case_id=case.case_id, authority=case.authority,
        institution=institution, institution_kind=entry.kind, kind=kind,
        status=str(lifecycle.check_order_transition(None, OrderStatus.SENT).target),
        message=message, amount=amount, lifts_order_id=lifts_order_id, sent_on=today,
        answer_due_on=due_on, parameters_used=[used.as_record()])
    uow.session.add(order)
    uow.deadlines.owe(order_kind.answer_limit, subject_of(order), starts_on=today)
    uow.emit(order_kind.event_type, message, authority=case.authority, case_id=case.case_id,
             routing_key=rules.routing_key(institution, order_kind.event_type))
    uow.audit("institution_order.sent", subject_type=ORDER, subject_id=order.id,
              legal_basis=rules.ORDER_SENT,
              details={"case_id": case.case_id, "kind": kind, "institution": institution,
                       "answer_due_on": due_on.isoformat(), "measure_id": measure_id})
    return order


def _refuse(institution, error):
    ANSWERS_REFUSED.labels(institution or "unknown", type(error).__name__).inc()
    raise error


def receive_answer(event, uow, law, caller, directory):
    """Apply an institution's answer (an envelope the platform verified against its contract)
    once; return the order, or None when it is the same answer again. Raise an
    ``AnswerRefused`` (never applied; the message is parked) for everything else."""
    payload, event_type, version = event["payload"], event["type"], event["version"]
    source_kind, answer = event_type.split(".", 1)
    institution = payload["institution"]
    entry = directory.institutions.get(institution)
    if entry is None or not directory.keys.knows(institution):
        _refuse(None, rules.UnknownInstitution("no such institution"))
    try:
        key_id = directory.keys.verify(institution, event_type, version, payload)
    except signing.SignatureError as exc:
        _refuse(institution, rules.BadSignature(str(exc)))
    if entry.login and caller.identity.user != f"system:{entry.login}":
        _refuse(institution, rules.WrongInstitution("published by another broker login"))
    outcome = rules.ANSWER_OUTCOMES[answer]
    digest = signing.digest(event_type, version, payload)
    # Lock the order first: a concurrent answer to it waits here, then sees what was applied.
    order = uow.session.get(InstitutionOrder, payload["order_id"], with_for_update=True,
                            populate_existing=True)
    earlier = uow.session.get(InstitutionAnswer, payload["answer_id"])
    if order is not None and order.authority != event["authority"]:
        order = None  # another authority's order reads as no order
    amount = payload.get("amount", payload.get("frozen_amount"))
    view = None if order is None else rules.OrderView(
        order.institution, order.institution_kind, order.kind, order.case_id,
        None if order.amount is None else int(order.amount), order.answer_digest)
    try:
        verdict = rules.judge_answer(
            view, source_kind=source_kind, institution=institution, case_id=payload["case_id"],
            outcome=outcome, amount=amount, digest=digest,
            earlier_digest=None if earlier is None else earlier.digest)
    except rules.AnswerRefused as exc:
        _refuse(institution, exc)
    if verdict == rules.REPEAT:
        return None
    return _apply(uow, order, payload, outcome, amount, digest, key_id, event)


def _apply(uow, order, payload, outcome, amount, digest, key_id, event):
    today = today_in_vietnam()
    target = lifecycle.check_order_transition(order.status, OUTCOME_STATUS[outcome]).target
    order.status = str(target)
    order.answer_id, order.answer_digest, order.answered_on = payload["answer_id"], digest, today
    order.answered_amount = amount
    order.answered_securities = payload.get("securities")
    order.transfer_reference = payload.get("transfer_reference") or payload.get("sale_reference")
    order.reason_code, order.reason = payload.get("reason_code"), payload.get("reason")
    uow.session.add(InstitutionAnswer(
        answer_id=payload["answer_id"], order_id=order.id, institution=order.institution,
        outcome=outcome, digest=digest, key_id=key_id, event_id=str(event["event_id"])))
    order_kind = rules.ORDER_KINDS[order.kind]
    deadline = uow.deadlines.meet(order_kind.answer_limit, subject_of(order), on=today)
    if outcome == rules.LIFTED and order.lifts_order_id:
        freeze = uow.session.get(InstitutionOrder, order.lifts_order_id, with_for_update=True)
        if freeze is not None and freeze.status != OrderStatus.LIFTED:
            freeze.status = str(lifecycle.check_order_transition(
                freeze.status, OrderStatus.LIFTED).target)
    uow.emit("institution_order.answered",
             {"order_id": order.id, "kind": order.kind, "institution": order.institution,
              "outcome": outcome, "answered_on": today, "amount": amount,
              "reason_code": order.reason_code},
             authority=order.authority, case_id=order.case_id)
    if outcome in (rules.GARNISHED, rules.SOLD) and amount:
        # cases keeps the ledger (issue 13): the money reached the authority's account.
        uow.emit("funds.collected",
                 {"collection_id": payload["answer_id"],
                  "source": "garnishment" if outcome == rules.GARNISHED else "securities_sale",
                  "amount": amount,
                  "collected_on": payload.get("transferred_on") or payload["sold_on"],
                  "reference": order.transfer_reference, "institution": order.institution,
                  "measure_id": order.measure_id or order.id, "obligation_ids": []},
                 authority=order.authority, case_id=order.case_id)
    if outcome == rules.TRANSFERRED and order.kind == "securities_transfer":
        # Art. 13.5(b): the officer now owes the sale within 02 working days.
        uow.deadlines.owe(SALE_AFTER_TRANSFER, subject_of(order), starts_on=today)
    if outcome == rules.TRANSFERRED:
        freeze_id = order.message.get("freeze_order_id")
        freeze = freeze_id and uow.session.get(InstitutionOrder, freeze_id, with_for_update=True)
        if freeze and freeze.status == OrderStatus.FROZEN:
            freeze.status = str(lifecycle.check_order_transition(
                freeze.status, OrderStatus.TRANSFERRED).target)
    uow.audit("institution_order.answered", subject_type=ORDER, subject_id=order.id,
              legal_basis=rules.REFUSAL_RECORDED if outcome == rules.REFUSED
              else rules.ANSWER_APPLIED,
              details={"case_id": order.case_id, "institution": order.institution,
                       "outcome": outcome, "amount": amount, "reason_code": order.reason_code,
                       "reason": order.reason, "answer_id": payload["answer_id"],
                       "answer_due_on": order.answer_due_on.isoformat(),
                       "late": bool(deadline and deadline.met_late)})
    ANSWER_SECONDS.labels(order.institution, order.kind).observe(
        (datetime.now(timezone.utc) - _aware(order.created_at)).total_seconds())
    return order


def _aware(moment):
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def orders_of_case(case_id, uow, law, caller):
    """The orders of a case of the caller's authority (their messages hold account data: only
    the case's officers read them, Art. 20.3); another authority's case is ``NotFound``."""
    case = case_of(uow, case_id, caller)
    caller.require_jurisdiction(case.authority)
    return uow.session.scalars(
        select(InstitutionOrder).where(InstitutionOrder.case_id == case_id)
        .order_by(InstitutionOrder.created_at, InstitutionOrder.id)).all()
