"""Paying out what a distribution owes each recipient (Decree 62/2015 Art. 49.2-49.5).

``pay_out`` records how a payout was made; the method must be one the decree allows for that
recipient (``rules.payouts.method_refused_because``: a refused method is a ``ValidationError``
on ``method``, nothing written). A deposit owes its remittance to the State (49.5) as a deadline
of the office; the base salary and the 15 days used are recorded on the payout.
"""
from shared.errors import Conflict, ValidationError
from shared.legal import Subject

from services.cases.handlers.records import columns, owned
from services.cases.models import Payout
from services.cases.rules import payouts as rules

PAYOUT = "payout"
OWED, PAID, DEPOSITED = "owed", "paid", "deposited"


def pay_out(data, uow, law, caller):
    """Decree Art. 49.2-49.5: the payout made at the office, by post, by transfer, or deposited
    (then remitted to the State by ``remit_by`` unless claimed)."""
    payout, case, identity = owned(uow, Payout, data["payout_id"], caller, "payout_id",
                                   "payout")
    if payout.status != OWED:
        raise Conflict(f"payout {payout.id} is already {payout.status}", {"status": payout.status})
    on = data["paid_on"]
    if on < payout.invited_on:
        raise ValidationError("a payout cannot precede its distribution",
                              {"paid_on": ["before the distribution was decided"]})
    days, days_row = rules.COME_TO_OFFICE.resolve(law.params, payout.invited_on)
    come_by = law.calendar.due_date(payout.invited_on, days, rules.COME_TO_OFFICE.unit)
    salary = law.params.value("base_salary_monthly", on)
    reason = rules.method_refused_because(
        data["method"], recipient_kind=data["recipient_kind"], amount=payout.amount,
        base_salary=int(salary.value), waited_out=on > come_by,
        address_known=data["address_known"], account_given=data["account_given"],
        representative_came=data["representative_came"], post_returned=data["post_returned"])
    if reason:
        raise ValidationError(reason, {"method": [reason]})
    if data["debtor_present"]:  # Art. 49.4: handed over at the office, with its note
        _check_delivery_note(data)
        payout.delivery_note = data["delivery_note"]
    payout.method, payout.paid_on, payout.reference = data["method"], on, data["reference"]
    payout.parameters_used = [days_row.as_record(), salary.as_record()]
    payout.computations = {"invited_on": payout.invited_on.isoformat(),
                           "come_by": come_by.isoformat(), "base_salary": int(salary.value),
                           "recipient_kind": data["recipient_kind"]}
    payout.status = PAID
    subject = Subject(PAYOUT, payout.id, case.authority, case.id)
    if data["method"] == rules.DEPOSIT:
        payout.status = DEPOSITED
        limit, starts_on = rules.remittance_limit(case.judgment.effective_on, payout.invited_on,
                                                  payout.invited_on, law)
        owed = uow.deadlines.owe(limit, subject, starts_on=starts_on)
        payout.remit_by = owed.due_on
        payout.computations["remittance"] = {"rule_id": limit.rule_id,
                                             "starts_on": starts_on.isoformat(),
                                             "due_on": owed.due_on.isoformat()}
        payout.parameters_used = payout.parameters_used + owed.parameters_used
    uow.emit("payout.made", {"payout_id": payout.id, "party_id": payout.party_id,
                             "amount": payout.amount, "method": payout.method, "paid_on": on,
                             "remit_by": payout.remit_by},
             authority=case.authority, case_id=case.id)
    uow.audit("payout.made", subject_type=PAYOUT, subject_id=payout.id,
              legal_basis=rules.PAID_OUT,
              details={"case_id": case.id, "method": payout.method, "amount": payout.amount,
                       "by": identity.user, "delivery_note": payout.delivery_note})
    return columns(payout)


def _check_delivery_note(data):
    """Decree Art. 49.4: with the debtor and the creditor at the office together, the money is
    handed over there, on a delivery note stating everything the article lists."""
    if data["method"] != rules.AT_OFFICE:
        raise ValidationError("with both litigants present the money is handed over at the "
                              f"office ({rules.DELIVERY_NOTE})",
                              {"method": [f"must be at_office ({rules.DELIVERY_NOTE})"]})
    lacking = rules.delivery_note_lacks(data["delivery_note"])
    if lacking:
        raise ValidationError("the delivery note lacks what Decree Art. 49.4 requires",
                              {"delivery_note": lacking})
