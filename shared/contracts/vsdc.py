"""Answers published by VSDC (the securities depository) on ``vsdc.events`` to the orders of
``property`` (Decree 62/2015 Art. 13.5-13.6; docs/integrations.md). Signed with VSDC's key."""
from marshmallow import fields, validate

from shared.contracts.signed import Answer, IsoDate, Lifted, Money, Refused, SecurityLine
from shared.registry import contract


@contract("vsdc.securities_frozen", version=1, source="vsdc")
class VsdcSecuritiesFrozenV1(Answer):
    """The securities are frozen (Art. 13.5(a)): what VSDC froze, per ticker."""

    securities = fields.List(fields.Nested(SecurityLine), required=True,
                             validate=validate.Length(min=1, max=100))


@contract("vsdc.securities_freeze_lifted", version=1, source="vsdc")
class VsdcSecuritiesFreezeLiftedV1(Lifted):
    __doc__ = Lifted.__doc__


@contract("vsdc.order_refused", version=1, source="vsdc")
class VsdcOrderRefusedV1(Refused):
    __doc__ = Refused.__doc__


@contract("vsdc.securities_transferred", version=1, source="vsdc")
class VsdcSecuritiesTransferredV1(Answer):
    """The securities are in the enforcement authority's account (Art. 13.5(b))."""

    securities = fields.List(fields.Nested(SecurityLine), required=True,
                             validate=validate.Length(min=1, max=100))


@contract("vsdc.securities_sold", version=1, source="vsdc")
class VsdcSecuritiesSoldV1(Answer):
    """The securities were sold (Art. 13.5(b)): ``amount`` VND of proceeds reached the
    authority's account on ``sold_on`` under ``sale_reference``."""

    securities = fields.List(fields.Nested(SecurityLine), required=True,
                             validate=validate.Length(min=1, max=100))
    amount = Money(required=True)
    sale_reference = fields.String(required=True, validate=validate.Length(min=1, max=128))
    sold_on = IsoDate(required=True)
