"""How an item of property comes to the case: its statuses and the transitions the law allows.

A status is a ``PropertyStatus``; no other module spells one as a bare string. Each transition
cites the article that allows it; ``check_transition`` is the one place that decides whether an
item may take a status.
"""
from enum import StrEnum

from shared.lifecycle import Lifecycle, Transition


class PropertyStatus(StrEnum):
    #: Decree 62/2015 Art. 9.1: the judgment debtor declared the property.
    DECLARED = "declared"
    #: Decree 62/2015 Art. 9.1, 9.2 and 9.7: the officer found it by verification (on site,
    #: through an authorised authority, or through the national databases).
    FOUND = "found"


TRANSITIONS = (
    Transition(None, PropertyStatus.DECLARED, "Decree 62/2015 Art. 9.1",
               "the judgment debtor declares their property"),
    Transition(None, PropertyStatus.FOUND, "Decree 62/2015 Art. 9.1, 9.2, 9.7",
               "the enforcement officer verifies the debtor's property"),
)

LIFECYCLE = Lifecycle(PropertyStatus, TRANSITIONS)


def check_transition(source, target, subject="an item of property"):
    """The ``Transition`` from ``source`` (``None``: a new item) to ``target``; ``Conflict``
    naming the status when the law allows no such move (Decree 62/2015 Art. 9.1)."""
    return LIFECYCLE.check(source, target, subject)


class OrderStatus(StrEnum):
    """An order to a bank, the State Treasury or VSDC (issue 12)."""

    #: Decree 62/2015 Art. 20.1, 21.1, 13.5(a): the decision is sent to the institution.
    SENT = "sent"
    #: Art. 20.1, 13.5(a): the institution froze the account or securities.
    FROZEN = "frozen"
    #: Art. 21.3: the garnishee transferred the money.
    GARNISHED = "garnished"
    #: Art. 20.2: the institution refused; its refusal is recorded.
    REFUSED = "refused"
    #: the freeze (of a freeze order) or the lift order itself was executed.
    LIFTED = "lifted"
    #: Art. 13.5(b): VSDC transferred the distrained securities to the authority.
    TRANSFERRED = "transferred"
    #: Art. 13.5(b): the securities were sold.
    SOLD = "sold"


ORDER_TRANSITIONS = (
    Transition(None, OrderStatus.SENT, "Decree 62/2015 Art. 20.1, 21.1, 13.5(a)",
               "the order is sent to the institution"),
    Transition(OrderStatus.SENT, OrderStatus.FROZEN, "Decree 62/2015 Art. 20.1, 13.5(a)",
               "the institution froze the account or securities"),
    Transition(OrderStatus.SENT, OrderStatus.GARNISHED, "Decree 62/2015 Art. 21.3",
               "the garnishee transferred the money"),
    Transition(OrderStatus.SENT, OrderStatus.REFUSED, "Decree 62/2015 Art. 20.2",
               "the institution refused the order"),
    Transition(OrderStatus.SENT, OrderStatus.LIFTED, "Decree 62/2015 Art. 20.1",
               "the lift order was executed, or a freeze lifted before its answer"),
    Transition(OrderStatus.FROZEN, OrderStatus.LIFTED, "Decree 62/2015 Art. 20.1",
               "the freeze was lifted by a lift order"),
    Transition(OrderStatus.SENT, OrderStatus.TRANSFERRED, "Decree 62/2015 Art. 13.5(b)",
               "VSDC transferred the distrained securities"),
    Transition(OrderStatus.SENT, OrderStatus.SOLD, "Decree 62/2015 Art. 13.5(b)",
               "the securities were sold"),
    Transition(OrderStatus.FROZEN, OrderStatus.TRANSFERRED, "Decree 62/2015 Art. 13.5(b)",
               "frozen securities transferred to the authority after distraint"),
)

ORDER_LIFECYCLE = Lifecycle(OrderStatus, ORDER_TRANSITIONS)


def check_order_transition(source, target, subject="an order to an institution"):
    """The ``Transition`` of an order from ``source`` to ``target``; ``Conflict`` if none."""
    return ORDER_LIFECYCLE.check(source, target, subject)


class ThirdPartyStatus(StrEnum):
    """The officer's written request to a third party holding the debtor's money or property."""

    #: Decree 62/2015 Art. 23.1, 23.3: requested in writing.
    REQUESTED = "requested"
    #: Art. 23.1: delivered to the enforcement authority.
    COMPLIED = "complied"
    #: Art. 23.1-23.3: not delivered; the consequence is recorded.
    NOT_COMPLIED = "not_complied"


THIRD_PARTY_LIFECYCLE = Lifecycle(ThirdPartyStatus, (
    Transition(None, ThirdPartyStatus.REQUESTED, "Decree 62/2015 Art. 23.1, 23.3",
               "the officer requests the third party in writing"),
    Transition(ThirdPartyStatus.REQUESTED, ThirdPartyStatus.COMPLIED, "Decree 62/2015 Art. 23.1",
               "the third party delivered"),
    Transition(ThirdPartyStatus.REQUESTED, ThirdPartyStatus.NOT_COMPLIED,
               "Decree 62/2015 Art. 23.1-23.3", "the third party did not deliver"),
))


def check_third_party_transition(source, target, subject="a request to a third party"):
    """The ``Transition`` of a third-party request; ``Conflict`` if none."""
    return THIRD_PARTY_LIFECYCLE.check(source, target, subject)
