"""What each institution owes: orders still unanswered, how late, and the answer times; and the
lifting of every freeze in force when ``cases`` certifies the obligation fulfilled."""
from datetime import date

from prometheus_client import Gauge
from sqlalchemy import func, select

from services.property.handlers.orders import send_order
from services.property.models import InstitutionOrder, KnownCase
from services.property.rules import institutions as rules
from services.property.rules.lifecycle import OrderStatus

OUTSTANDING = Gauge("property_institution_orders_outstanding",
                    "Orders sent and not yet answered, per institution and whether overdue",
                    ["institution", "overdue"])
_exported = set()
FULFILMENT_BASIS = ("the judgment debtor fulfilled the obligation (certificate of fulfilment, "
                    "Decree 62/2015 Art. 11.3): the freezes are lifted")


PLATFORM_WIDE_ROLES = ("operator",)  # who watches every authority's institutions


def institution_obligations(uow, today, caller=None):
    """Per institution: the orders it has not answered, oldest first, each with its due day and
    how many days late (0 if not yet due); counts and the worst lateness. No account data. The
    platform's operators see every authority's orders; anyone else only their authority's."""
    query = (select(InstitutionOrder).where(InstitutionOrder.status == OrderStatus.SENT)
             .order_by(InstitutionOrder.answer_due_on, InstitutionOrder.created_at))
    if caller is not None and caller.identity.role not in PLATFORM_WIDE_ROLES:
        query = query.where(InstitutionOrder.authority == caller.identity.authority)
    orders = uow.session.scalars(query).all()
    report = {}
    for order in orders:
        days_late = max((today - order.answer_due_on).days, 0)
        entry = report.setdefault(order.institution, {
            "institution": order.institution, "outstanding": 0, "overdue": 0,
            "max_days_late": 0, "orders": []})
        entry["outstanding"] += 1
        entry["overdue"] += days_late > 0
        entry["max_days_late"] = max(entry["max_days_late"], days_late)
        entry["orders"].append({"order_id": order.id, "case_id": order.case_id,
                                "authority": order.authority, "kind": order.kind,
                                "sent_on": order.sent_on, "answer_due_on": order.answer_due_on,
                                "days_late": days_late})
    return [report[k] for k in sorted(report)]


def export_outstanding(uow, today):
    """Set ``property_institution_orders_outstanding`` from the table (a timer calls it)."""
    counts = uow.session.execute(
        select(InstitutionOrder.institution, InstitutionOrder.answer_due_on < today, func.count())
        .where(InstitutionOrder.status == OrderStatus.SENT)
        .group_by(InstitutionOrder.institution, InstitutionOrder.answer_due_on < today)).all()
    current = {(institution, str(bool(late)).lower()): n for institution, late, n in counts}
    for labels in _exported - set(current):
        OUTSTANDING.labels(*labels).set(0)
    for labels, n in current.items():
        OUTSTANDING.labels(*labels).set(n)
    _exported.update(current)
    return current


def lift_freezes_on_fulfilment(event, uow, law, caller, directory):
    """``enforcement.fulfilled``: every freeze of the case still in force (frozen, or sent and
    not yet answered) gets a signed lift order. Returns the lift orders (none if none in force;
    a second delivery finds them already ordered)."""
    case = uow.session.get(KnownCase, event["case_id"]) if event["case_id"] else None
    if case is None:
        return []
    freezes = uow.session.scalars(
        select(InstitutionOrder).where(
            InstitutionOrder.case_id == case.case_id,
            InstitutionOrder.kind.in_(list(rules.LIFT_OF)),
            InstitutionOrder.status.in_([OrderStatus.SENT, OrderStatus.FROZEN]),
            InstitutionOrder.lift_order_id.is_(None))
        .order_by(InstitutionOrder.created_at).with_for_update()).all()
    certificate = event["payload"]
    lifts = []
    for freeze in freezes:
        decision = {**freeze.message["decision"],
                    "decision_id": certificate["certificate_id"],
                    "number": certificate["certificate_id"],
                    "issued_on": _iso(certificate["issued_on"]), "basis": FULFILMENT_BASIS}
        body = {"lifts_order_id": freeze.id}
        if "account_number" in freeze.message:
            body["account_number"] = freeze.message["account_number"]
        lift = send_order(uow, law, directory, case=case, kind=rules.LIFT_OF[freeze.kind],
                          institution=freeze.institution, decision=decision,
                          measure_id=freeze.measure_id, lifts_order_id=freeze.id, body=body)
        freeze.lift_order_id = lift.id
        lifts.append(lift)
    return lifts


def _iso(day):
    return day.isoformat() if isinstance(day, date) else str(day)
