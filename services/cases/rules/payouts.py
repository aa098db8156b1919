"""Paying out the money distributed (Decree 62/2015 Art. 49.2-49.5).

A natural person is invited in writing to the office; if he does not come within 15 days, a sum
under one month's base salary goes by post, a larger one (or one whose recipient has no known
address, or that the post returned) is deposited; he may ask for a bank transfer. An organisation
is paid by transfer, in cash only if its representative came first. A deposit nobody claims is
remitted to the State 5 years after the judgment took effect, or 1 year after the notice when
the money was collected later.
"""
from shared.legal import TimeLimit

NATURAL_PERSON, ORGANISATION = "natural_person", "organisation"
RECIPIENT_KINDS = (NATURAL_PERSON, ORGANISATION)
AT_OFFICE, BY_POST, BY_TRANSFER, DEPOSIT = "at_office", "by_post", "by_transfer", "deposit"
METHODS = (AT_OFFICE, BY_POST, BY_TRANSFER, DEPOSIT)

PAID_OUT = "Decree 62/2015 Art. 49.2-49.5"

COME_TO_OFFICE = TimeLimit(
    rule_id="decree49.2-come-to-office", article="Decree 62/2015 Art. 49.2, 49.5(a)",
    length_key="recipient_come_to_office_days", unit="days",
    description="The recipient invited in writing comes to the office within 15 days.")
REMIT_AFTER_EFFECT = TimeLimit(
    rule_id="decree49.5-remit-to-state", article="Decree 62/2015 Art. 49.5(a), third paragraph",
    length_key="remittance_years_from_effect", unit="years",
    description="Remit money nobody claimed to the State 5 years after the judgment took effect.")
REMIT_AFTER_NOTICE = TimeLimit(
    rule_id="decree49.5-remit-to-state-late", article="Decree 62/2015 Art. 49.5(a), third "
    "paragraph", length_key="remittance_years_from_notice", unit="years",
    description="Remit money collected after 5 years, unclaimed 1 year after the notice.")


def method_refused_because(method, *, recipient_kind, amount, base_salary, waited_out,
                           address_known=True, account_given=False,
                           representative_came=False, post_returned=False):
    """Decree Art. 49.2, 49.3, 49.5(a): why ``method`` may not pay ``amount`` đồng to this
    recipient, or None. ``waited_out``: the 15 days after the written invitation passed without
    the recipient coming; ``base_salary``: one month's base salary on the day (dated)."""
    if recipient_kind == ORGANISATION:
        if method == BY_TRANSFER:
            return None
        if method == AT_OFFICE:
            return None if representative_came else (
                "an organisation is paid by transfer unless its representative comes to the "
                "office first (Decree 62/2015 Art. 49.3)")
        if method == DEPOSIT:
            return None if not address_known else (
                "an organisation that does not come is paid by transfer, not deposited "
                "(Decree 62/2015 Art. 49.3, 49.5(a))")
        return "an organisation is not paid by post (Decree 62/2015 Art. 49.3)"
    if method == AT_OFFICE:
        return None
    if method == BY_TRANSFER:
        return None if account_given else (
            "a natural person is paid by transfer only when he asks for it (Decree 62/2015 "
            "Art. 49.2, third paragraph)")
    if method == BY_POST:
        if not waited_out:
            return ("the 15 days to come to the office after the written invitation have not "
                    "passed (Decree 62/2015 Art. 49.2)")
        if amount >= base_salary:
            return (f"{amount:,} is not under one month's base salary ({base_salary:,}): it is "
                    "not sent by post (Decree 62/2015 Art. 49.2)")
        return None if address_known else (
            "no known address to post to (Decree 62/2015 Art. 49.5(a))")
    # DEPOSIT
    if not address_known or post_returned:
        return None
    if not waited_out:
        return ("the 15 days to come to the office after the written invitation have not "
                "passed (Decree 62/2015 Art. 49.5(a))")
    if amount < base_salary:
        return ("a sum under one month's base salary is sent by post first (Decree 62/2015 "
                "Art. 49.2)")
    return None


def remittance_limit(effective_on, collected_on, notified_on, law):
    """Decree Art. 49.5(a), third paragraph: which limit runs for remitting an unclaimed deposit
    to the State, and from when: 5 years from the judgment's effect; 1 year from the notice to
    the recipient (``notified_on``) when the money was collected after those 5 years. Returns
    ``(TimeLimit, starts_on)``."""
    years, _ = REMIT_AFTER_EFFECT.resolve(law.params, effective_on)
    five_years_end = law.calendar.due_date(effective_on, years, "years")
    if collected_on > five_years_end:
        return REMIT_AFTER_NOTICE, notified_on
    return REMIT_AFTER_EFFECT, effective_on


#: Decree 62/2015 Art. 49.4: the delivery note of money or property handed over at the office
#: when the judgment debtor and creditor are there together.
DELIVERY_NOTE = "Decree 62/2015 Art. 49.4"


def delivery_note_lacks(note):
    """Decree Art. 49.4: what a delivery note lacks of what it must state — the time, the
    location, the litigants' names, the money or property delivered, the litigants' and the
    officer's signatures and the confirmation of the commune People's Committee where the
    delivery takes place. An empty list when it is complete; everything when there is none."""
    note = note or {}
    needs = {"time": note.get("delivered_at"), "location": note.get("location"),
             "litigants": len(note.get("litigants") or []) >= 2,
             "delivered": note.get("delivered"),
             "litigants' signatures": note.get("signed_by_litigants"),
             "officer's signature": note.get("signed_by_officer"),
             "commune confirmation": note.get("commune_confirmation")}
    return [f"{what} ({DELIVERY_NOTE})" for what, given in needs.items() if not given]
