"""Expropriated evidence and property, and their destruction (Decree 62/2015 Art. 32, 33; Law
Art. 124), as time limits and pure functions."""
from datetime import timedelta

from shared.legal import TimeLimit

NOTICE_SENT = "Decree 62/2015 Art. 32.2"
RECEIVED = "Decree 62/2015 Art. 32.2 (third paragraph)"
COUNCIL_ESTABLISHED = "Decree 62/2015 Art. 33.1"
DESTROYED = "Decree 62/2015 Art. 33.1-33.3"

RECEIPT = TimeLimit(
    rule_id="decree32.2-receive-expropriated", article="Decree 62/2015 Art. 32.2",
    length_key="expropriated_receipt_days", unit="days",
    description="The finance authority (or the authority responsible) receives expropriated "
                "evidence or property within 10 days of receiving the notice.")
DESTRUCTION = TimeLimit(
    rule_id="decree33.1-destruction", article="Decree 62/2015 Art. 33.1",
    length_key="destruction_days", unit="days",
    description="The destruction council destroys the evidence or property within 10 days of "
                "its establishment.")


def storage_at_receivers_cost_from(received_on, due_on):
    """Decree 62/2015 Art. 32.2: evidence or property not received within the 10 days is kept
    at the responsible authority's cost and risk from the day after the last day; returns that
    day, or None when it was received in time."""
    if received_on is not None and received_on <= due_on:
        return None
    return due_on + timedelta(days=1)
