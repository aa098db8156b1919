"""Answers published by banks on ``bank.events`` (each bank logs in as itself; users.json), to
the orders of ``property`` (docs/integrations.md). Signed with the bank's key."""
from marshmallow import fields, validate

from shared.contracts.signed import Answer, IsoDate, Lifted, Money, Refused
from shared.registry import contract


class AccountFrozen(Answer):
    """The account is frozen (Decree 62/2015 Art. 20.1): ``frozen_amount`` is what the bank
    actually froze (up to the ordered amount; less if the balance is lower, 0 if empty)."""

    frozen_amount = Money(required=True)


class AccountGarnished(Answer):
    """The account was garnished (Art. 21.3): ``amount`` was transferred to the enforcement
    authority's account on ``transferred_on`` under ``transfer_reference``."""

    amount = Money(required=True)
    transfer_reference = fields.String(required=True, validate=validate.Length(min=1, max=128))
    transferred_on = IsoDate(required=True)


@contract("bank.account_frozen", version=1, source="bank")
class BankAccountFrozenV1(AccountFrozen):
    __doc__ = AccountFrozen.__doc__


@contract("bank.account_garnished", version=1, source="bank")
class BankAccountGarnishedV1(AccountGarnished):
    __doc__ = AccountGarnished.__doc__


@contract("bank.account_freeze_lifted", version=1, source="bank")
class BankAccountFreezeLiftedV1(Lifted):
    __doc__ = Lifted.__doc__


@contract("bank.order_refused", version=1, source="bank")
class BankOrderRefusedV1(Refused):
    __doc__ = Refused.__doc__
