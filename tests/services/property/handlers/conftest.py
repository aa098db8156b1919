"""The property handlers run without a broker (``handler_env`` in tests/conftest.py), with the
input as the entrypoints load it."""
import pytest

from shared.events import validate_envelope
from shared.validation import load

from services.property.handlers import accounts, cases, coercion, institutions, items, orders
from services.property.handlers import income, measures, third_parties
from services.property.handlers import securities
from services.property.schemas import (COLLECTION_IN, FORCIBLE_IN, FREEZE_IN, GARNISH_IN,
                                       PROPERTY_IN, SECURITIES_FREEZE_IN, SECURITIES_SALE_IN,
                                       SECURITIES_TRANSFER_IN, SHARE_DISTRAINT_IN, THIRD_PARTY_IN,
                                       THIRD_PARTY_RESPONSE_IN, TIME_IN, TRANSACTION_REPORTS_IN)

from tests.services.property.conftest import case_entrusted, case_opened
from tests.handlers import HandlerDriver
from tests.services.property import institutions as banks


class Property(HandlerDriver):
    """The property handlers with loaded input, on one ``HandlerEnv``."""

    def case_opened(self, **kwargs):
        """``cases`` opened a case: the envelope as the platform hands it over, validated."""
        return self.run(cases.record_case_opened, validate_envelope(case_opened(**kwargs)))

    def case_entrusted(self, **kwargs):
        """``cases`` entrusted a case to another authority (Decree 62/2015 Art. 16)."""
        return self.run(cases.record_case_entrusted,
                        validate_envelope(case_entrusted(**kwargs)))

    def record(self, item):
        return self.run(items.record_property, load(PROPERTY_IN, item))

    def list(self, case_id):
        return self.run(items.list_property, case_id, read_only=True)

    def get(self, property_id):
        return self.run(items.get_property, property_id, read_only=True)

    def allowed(self, request):
        return self.run(coercion.forcible_measure_allowed, load(TIME_IN, request))

    # -- issue 12: measures and orders to institutions (test keys: tests/services/property/
    # institutions.py)
    directory = banks.directory()

    def run_with_directory(self, handler, data):
        """``handler(data, uow, law, caller, directory)`` in one committed unit of work."""
        with self.env.unit_of_work() as uow:
            return handler(data, uow, self.env.law, self.env.caller, self.directory)

    def freeze(self, request):
        return self.run_with_directory(accounts.order_account_freeze,
                                       load(FREEZE_IN, request))

    def garnish(self, request):
        return self.run_with_directory(accounts.order_garnishment, load(GARNISH_IN, request))

    def freeze_securities(self, request):
        return self.run_with_directory(securities.order_securities_freeze,
                                       load(SECURITIES_FREEZE_IN, request))

    def transfer_securities(self, request):
        return self.run_with_directory(securities.order_securities_transfer,
                                       load(SECURITIES_TRANSFER_IN, request))

    def sell_securities(self, request):
        return self.run_with_directory(securities.order_securities_sale,
                                       load(SECURITIES_SALE_IN, request))

    def distrain_shares(self, request):
        return self.run(securities.distrain_shares, load(SHARE_DISTRAINT_IN, request))

    def answer(self, envelope, publisher="bank"):
        """An institution's answer as the platform hands it over (verified contract), handled as
        ``system:<publisher>``."""
        from shared.auth import Identity
        previous = self.env.identity
        self.env.act_as(Identity(f"system:{publisher}", "system", envelope["authority"]))
        try:
            return self.run_with_directory(orders.receive_answer, validate_envelope(envelope))
        finally:
            self.env.act_as(previous)

    def fulfilled(self, envelope):
        return self.run_with_directory(institutions.lift_freezes_on_fulfilment,
                                       validate_envelope(envelope))

    def plan(self, request):
        return self.run(measures.plan_forcible_measure, load(FORCIBLE_IN, request))

    def collect(self, request):
        return self.run(income.plan_collection, load(COLLECTION_IN, request))

    def ask_third_party(self, request):
        return self.run(third_parties.request_third_party, load(THIRD_PARTY_IN, request))

    def third_party_answered(self, request):
        return self.run(third_parties.record_third_party_response,
                        load(THIRD_PARTY_RESPONSE_IN, request))

    def request_reports(self, request):
        return self.run(measures.request_transaction_reports,
                        load(TRANSACTION_REPORTS_IN, request))

    def orders(self, case_id="case-1"):
        return [self.order(o) for o in self.run(orders.orders_of_case, case_id, read_only=True)]

    @staticmethod
    def order(record):
        """An order as a plain dict (what the answer helpers need, and what tests compare)."""
        return {c.name: getattr(record, c.name) for c in record.__table__.c}


@pytest.fixture
def prop(handler_env):
    return Property(handler_env("property", role="enforcement_officer", authority="HN-01"))
