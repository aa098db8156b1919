"""Measures carried out by banks, the State Treasury and VSDC: the officer's orders, the
institutions' signed answers (on their own exchanges), the lifting on fulfilment, and what each
institution owes. Answers that fail a check are parked by the platform, never applied."""
from shared.calendar import today_in_vietnam
from shared.entrypoints import event_handler, rpc, timer
from shared.validation import load, require_id

from services.property.handlers import accounts, institutions, orders, securities
from services.property.institutions import Institutions
from services.property.schemas import (FREEZE_IN, GARNISH_IN, MEASURE_OUT, ORDER_OUT,
                                       ORDERS_OUT, OWES_OUT, OWNERSHIP_TRANSFER_IN,
                                       SECURITIES_FREEZE_IN,
                                       SECURITIES_SALE_IN, SECURITIES_TRANSFER_IN,
                                       SHARE_DISTRAINT_IN)


def _measure(result):
    measure, sent = result
    return MEASURE_OUT.dump({"measure": measure, "orders": sent})


class InstitutionEntrypoints:
    institutions = Institutions()

    @rpc(permission="property.order.issue")
    def order_account_freeze(self, request):
        """Freeze the debtor's accounts (Decree 62/2015 Art. 20; proportionality Art. 13.1)."""
        data = load(FREEZE_IN, request, "account freeze")
        return _measure(accounts.order_account_freeze(data, self.db, self.law, self.caller,
                                                      self.institutions))

    @rpc(permission="property.order.issue")
    def order_garnishment(self, request):
        """Garnish frozen accounts, chosen to cover obligation and costs (Art. 21, 13.2)."""
        data = load(GARNISH_IN, request, "garnishment")
        return _measure(accounts.order_garnishment(data, self.db, self.law, self.caller,
                                                   self.institutions))

    @rpc(permission="property.order.issue")
    def order_securities_freeze(self, request):
        """Freeze listed securities at VSDC (Art. 13.5(a))."""
        data = load(SECURITIES_FREEZE_IN, request, "securities freeze")
        return _measure(securities.order_securities_freeze(data, self.db, self.law, self.caller,
                                                           self.institutions))

    @rpc(permission="property.order.issue")
    def order_securities_transfer(self, request):
        """Distrain frozen securities and ask VSDC to transfer them (Art. 13.5(b))."""
        data = load(SECURITIES_TRANSFER_IN, request, "securities transfer")
        return _measure(securities.order_securities_transfer(data, self.db, self.law,
                                                             self.caller, self.institutions))

    @rpc(permission="property.order.issue")
    def order_securities_sale(self, request):
        """Sell transferred securities by agreement or matching orders (Art. 13.5(b))."""
        data = load(SECURITIES_SALE_IN, request, "securities sale")
        return ORDER_OUT.dump(securities.order_securities_sale(data, self.db, self.law,
                                                               self.caller, self.institutions))

    @rpc(permission="property.order.issue")
    def order_securities_ownership_transfer(self, request):
        """After the sale of unlisted securities, VSDC transfers them to the buyer (Art. 13.6)."""
        data = load(OWNERSHIP_TRANSFER_IN, request, "ownership transfer")
        return ORDER_OUT.dump(securities.order_ownership_transfer(
            data, self.db, self.law, self.caller, self.institutions))

    @rpc(permission="property.order.issue")
    def distrain_shares(self, request):
        """Distrain shares or stakes outside VSDC's sale route (Art. 13.6, 13.7)."""
        data = load(SHARE_DISTRAINT_IN, request, "share distraint")
        return _measure((securities.distrain_shares(data, self.db, self.law, self.caller), []))

    @rpc(permission="property.order.read", read_only=True)
    def list_orders(self, case_id):
        """The orders of a case of the caller's authority, with their answers."""
        case_id = require_id(case_id, "case_id")
        return ORDERS_OUT.dump(orders.orders_of_case(case_id, self.db, self.law, self.caller))

    @rpc(permission="property.institution.report", read_only=True)
    def institution_obligations(self):
        """What each institution owes and how late (operators: every authority)."""
        return OWES_OUT.dump(institutions.institution_obligations(self.db, today_in_vietnam(),
                                                                  self.caller))

    @timer(interval=60, eager=True)
    def export_institution_metrics(self):
        institutions.export_outstanding(self.db, today_in_vietnam())

    @event_handler("cases", "enforcement.fulfilled")
    def on_enforcement_fulfilled(self, event):
        """Lift every freeze still in force in the case."""
        institutions.lift_freezes_on_fulfilment(event, self.db, self.law, self.caller,
                                                self.institutions)

    def _answer(self, event):
        orders.receive_answer(event, self.db, self.law, self.caller, self.institutions)

    # One consumer per answer type (the routing key); all are the same handler.
    @event_handler("bank", "bank.account_frozen")
    def on_bank_account_frozen(self, event):
        self._answer(event)

    @event_handler("bank", "bank.account_garnished")
    def on_bank_account_garnished(self, event):
        self._answer(event)

    @event_handler("bank", "bank.account_freeze_lifted")
    def on_bank_account_freeze_lifted(self, event):
        self._answer(event)

    @event_handler("bank", "bank.order_refused")
    def on_bank_order_refused(self, event):
        self._answer(event)

    @event_handler("treasury", "treasury.account_frozen")
    def on_treasury_account_frozen(self, event):
        self._answer(event)

    @event_handler("treasury", "treasury.account_garnished")
    def on_treasury_account_garnished(self, event):
        self._answer(event)

    @event_handler("treasury", "treasury.account_freeze_lifted")
    def on_treasury_account_freeze_lifted(self, event):
        self._answer(event)

    @event_handler("treasury", "treasury.order_refused")
    def on_treasury_order_refused(self, event):
        self._answer(event)

    @event_handler("vsdc", "vsdc.securities_frozen")
    def on_vsdc_securities_frozen(self, event):
        self._answer(event)

    @event_handler("vsdc", "vsdc.securities_freeze_lifted")
    def on_vsdc_securities_freeze_lifted(self, event):
        self._answer(event)

    @event_handler("vsdc", "vsdc.order_refused")
    def on_vsdc_order_refused(self, event):
        self._answer(event)

    @event_handler("vsdc", "vsdc.securities_transferred")
    def on_vsdc_securities_transferred(self, event):
        self._answer(event)

    @event_handler("vsdc", "vsdc.securities_sold")
    def on_vsdc_securities_sold(self, event):
        self._answer(event)
