"""Orders to the institutions that hold the debtor's money and securities (banks, the State
Treasury, VSDC) and the answers they owe (Decree 62/2015 Art. 13.5, 20, 21), as pure rules.

Each order kind says which institutions receive it, the answers it may get and the time limit of
the answer (a dated parameter). :func:`judge_answer` decides whether an answer is applied,
changes nothing (the same answer again) or is refused; a refusal is an :class:`AnswerRefused`
whose class name is the reason an operator reads on the parked message.
"""
from dataclasses import dataclass

from shared.legal import TimeLimit

from services.property.rules.securities import (ART_13_5_B, ART_13_6, OWNERSHIP_TRANSFER,
                                                VSDC_TRANSFER)

# Outcomes an answer reports (the ``institution_order.answered`` event's ``outcome``).
FROZEN, GARNISHED, REFUSED, LIFTED = "frozen", "garnished", "refused", "lifted"
TRANSFERRED, SOLD = "transferred", "sold"

#: answer type without its source prefix -> outcome ("bank.account_frozen" -> "frozen")
ANSWER_OUTCOMES = {"account_frozen": FROZEN, "account_garnished": GARNISHED,
                   "account_freeze_lifted": LIFTED, "order_refused": REFUSED,
                   "securities_frozen": FROZEN, "securities_freeze_lifted": LIFTED,
                   "securities_transferred": TRANSFERRED, "securities_sold": SOLD}

ACCOUNT_HOLDERS = ("bank", "treasury")  # Art. 20.1, 21.1(d): State Treasury or credit institution
DEPOSITORY = ("vsdc",)  # Art. 13.5(a)

ART_20_1 = "Decree 62/2015 Art. 20.1"
ART_20_2 = "Decree 62/2015 Art. 20.2"
ART_21 = "Decree 62/2015 Art. 21.1, 21.3"
ART_13_5_A = "Decree 62/2015 Art. 13.5(a)"

ACCOUNT_FREEZE_ANSWER = TimeLimit(
    "decree20.1-account-freeze-answer", ART_20_1 + " (the freeze decision is sent immediately "
    "and executed on receipt)", "institution_answer_account_freeze_working_days", "working_days",
    "the bank or State Treasury answers a freeze order")
GARNISHMENT_ANSWER = TimeLimit(
    "decree21.3-garnishment-answer", "Decree 62/2015 Art. 21.3 (garnish as soon as the decision "
    "is received)", "institution_answer_garnishment_working_days", "working_days",
    "the garnishee answers a garnishment order")
FREEZE_LIFT_ANSWER = TimeLimit(
    "decree20-freeze-lift-answer", ART_20_1 + " (lifting the freeze it executed)",
    "institution_answer_freeze_lift_working_days", "working_days",
    "the institution answers an order lifting a freeze")
SECURITIES_FREEZE_ANSWER = TimeLimit(
    "decree13.5a-securities-freeze", ART_13_5_A + " (VSDC freezes within 01 working day of "
    "receipt)", "vsdc_securities_freeze_working_days", "working_days",
    "VSDC freezes the securities and notifies the authority")


SECURITIES_SALE_ANSWER = TimeLimit(
    "decree13.5b-sale-answer", ART_13_5_B + " (the sale is completed by the 02 working days the "
    "officer has after the transfer)", "securities_sale_after_transfer_working_days",
    "working_days", "the depository member reports the sale of the securities")


@dataclass(frozen=True)
class OrderKind:
    name: str
    event_type: str  # the signed message's type on property.events
    receivers: tuple  # institution kinds that may receive it
    outcomes: tuple  # the outcomes an answer to it may report
    answer_limit: TimeLimit
    article: str


ORDER_KINDS = {kind.name: kind for kind in (
    OrderKind("account_freeze", "account_freeze.ordered", ACCOUNT_HOLDERS, (FROZEN, REFUSED),
              ACCOUNT_FREEZE_ANSWER, ART_20_1),
    OrderKind("account_garnishment", "account_garnishment.ordered", ACCOUNT_HOLDERS,
              (GARNISHED, REFUSED), GARNISHMENT_ANSWER, ART_21),
    OrderKind("account_freeze_lift", "account_freeze_lift.ordered", ACCOUNT_HOLDERS,
              (LIFTED, REFUSED), FREEZE_LIFT_ANSWER, ART_20_1),
    OrderKind("securities_freeze", "securities_freeze.ordered", DEPOSITORY, (FROZEN, REFUSED),
              SECURITIES_FREEZE_ANSWER, ART_13_5_A),
    OrderKind("securities_freeze_lift", "securities_freeze_lift.ordered", DEPOSITORY,
              (LIFTED, REFUSED), FREEZE_LIFT_ANSWER, ART_13_5_A),
    OrderKind("securities_transfer", "securities_transfer.ordered", DEPOSITORY,
              (TRANSFERRED, REFUSED), VSDC_TRANSFER, ART_13_5_B),
    OrderKind("securities_sale", "securities_sale.ordered", DEPOSITORY, (SOLD, REFUSED),
              SECURITIES_SALE_ANSWER, ART_13_5_B),
    OrderKind("securities_ownership_transfer", "securities_ownership_transfer.ordered",
              DEPOSITORY, (TRANSFERRED, REFUSED), OWNERSHIP_TRANSFER, ART_13_6),
)}

#: the order that lifts a freeze of each kind
LIFT_OF = {"account_freeze": "account_freeze_lift", "securities_freeze": "securities_freeze_lift"}

#: Art. 20.2: an institution that refuses the decision answers for it and for the damage caused.
REFUSAL_RECORDED = ART_20_2 + " (the refusal is recorded; the refusing entity is legally " \
                              "responsible and compensates any damage)"
ORDER_SENT = "Decree 62/2015 Art. 20.1, 21.1, 13.5(a) (the decision is sent to the institution)"
ANSWER_APPLIED = "Decree 62/2015 Art. 20.1, 21.3, 13.5(a) (the institution's answer)"


def routing_key(institution, event_type):
    """Orders are addressed: ``institution.<id>.<type>``; each institution binds its own id only
    (Art. 20.3: account data reaches only the institution that holds the account)."""
    return f"institution.{institution}.{event_type}"


def answer_due_on(kind, sent_on, law):
    """The last day an institution may answer an order of ``kind`` sent on ``sent_on``, and the
    parameter used (Art. 20.1 and 21.3: on receipt; Art. 13.5(a): within 01 working day)."""
    limit = ORDER_KINDS[kind].answer_limit
    length, used = limit.resolve(law.params, sent_on)
    return law.calendar.due_date(sent_on, length, limit.unit), used


class AnswerRefused(Exception):
    """An answer that is not applied; its class name is the reason kept on the parked message."""


class UnknownInstitution(AnswerRefused):
    """The answer names an institution the platform has no keys for."""


class BadSignature(AnswerRefused):
    """The signature is missing, under a key not accepted, or does not match the content."""


class WrongInstitution(AnswerRefused):
    """The answer comes from another institution than the order was sent to, or on another
    institution kind's exchange, or another case."""


class UnknownOrder(AnswerRefused):
    """No order with this id was sent (or not to this authority)."""


class ReplayedAnswer(AnswerRefused):
    """An answer id already used with other content, or a second answer to an order that has
    its answer."""


class UnexpectedAnswer(AnswerRefused):
    """An outcome this order kind cannot have (e.g. ``garnished`` to a freeze order)."""


class AmountExceedsOrder(AnswerRefused):
    """More money frozen or garnished than the order asked for."""


APPLY, REPEAT = "apply", "repeat"


@dataclass(frozen=True)
class OrderView:
    """What :func:`judge_answer` needs of an order."""

    institution: str
    institution_kind: str
    kind: str
    case_id: str
    amount: int | None
    answered_digest: str | None  # the digest of the answer applied, if any


def judge_answer(order, *, source_kind, institution, case_id, outcome, amount, digest,
                 earlier_digest):
    """``APPLY`` an answer, ``REPEAT`` (the same answer again: changes nothing), or raise an
    :class:`AnswerRefused` saying why it is never applied.

    ``order`` is the :class:`OrderView` or None; ``earlier_digest`` the digest already recorded
    under the same answer id (None if new). An order gets one answer: Art. 20.1, 21.3 and
    13.5(a) ask the institution to execute it once, so a second, different answer is kept for an
    operator rather than applied (money garnished twice would be real harm).
    """
    if earlier_digest is not None:
        if earlier_digest == digest:
            return REPEAT
        raise ReplayedAnswer("answer id reused with other content")
    if order is None:
        raise UnknownOrder("no such order")
    if (order.institution != institution or order.institution_kind != source_kind
            or order.case_id != case_id):
        raise WrongInstitution("order sent elsewhere")
    if order.answered_digest is not None:
        if order.answered_digest == digest:
            return REPEAT
        raise ReplayedAnswer("the order already has its answer")
    if outcome not in ORDER_KINDS[order.kind].outcomes:
        raise UnexpectedAnswer(f"{outcome} does not answer {order.kind}")
    if amount is not None and order.amount is not None and amount > order.amount:
        raise AmountExceedsOrder("more than ordered")
    return APPLY
