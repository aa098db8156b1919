"""Answers published by the State Treasury on ``treasury.events``: the same answers as a bank's
(Decree 62/2015 Art. 20, 21 treat the State Treasury as a garnishee alike)."""
from shared.contracts.bank import AccountFrozen, AccountGarnished
from shared.contracts.signed import Lifted, Refused
from shared.registry import contract


@contract("treasury.account_frozen", version=1, source="treasury")
class TreasuryAccountFrozenV1(AccountFrozen):
    __doc__ = AccountFrozen.__doc__


@contract("treasury.account_garnished", version=1, source="treasury")
class TreasuryAccountGarnishedV1(AccountGarnished):
    __doc__ = AccountGarnished.__doc__


@contract("treasury.account_freeze_lifted", version=1, source="treasury")
class TreasuryAccountFreezeLiftedV1(Lifted):
    __doc__ = Lifted.__doc__


@contract("treasury.order_refused", version=1, source="treasury")
class TreasuryOrderRefusedV1(Refused):
    __doc__ = Refused.__doc__
