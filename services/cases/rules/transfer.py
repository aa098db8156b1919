"""Transfer of rights and obligations to enforcement (Decree 62/2015 Art. 15; Law on Civil
Judgment Enforcement Art. 54)."""
from shared.legal import TimeLimit

#: Art. 15.1(a): the debtor died and another person manages or uses the property.
PROPERTY_HELD = "debtor_death_property_held"
#: Art. 15.1(b), first paragraph: the debtor died leaving an inheritance; heirs are known.
INHERITANCE = "debtor_death_inheritance"
#: Art. 15.1(b), second paragraph: the debtor died and no heir is identifiable.
NO_KNOWN_HEIR = "debtor_death_no_known_heir"
#: Art. 15.2, second paragraph: the creditor transfers the right to a third person.
BY_CREDITOR = "creditor_transfer"
#: Art. 15.2, third paragraph: the debtor transfers the obligation to a third person.
BY_DEBTOR = "debtor_transfer"
KINDS = (PROPERTY_HELD, INHERITANCE, NO_KNOWN_HEIR, BY_CREDITOR, BY_DEBTOR)

BASIS = {PROPERTY_HELD: "Decree 62/2015 Art. 15.1(a); Law on Civil Judgment Enforcement Art. 54",
         INHERITANCE: "Decree 62/2015 Art. 15.1(b); Law on Civil Judgment Enforcement Art. 54",
         NO_KNOWN_HEIR: "Decree 62/2015 Art. 15.1(b) (second paragraph)",
         BY_CREDITOR: "Decree 62/2015 Art. 15.2 (second paragraph); Law Art. 54.4",
         BY_DEBTOR: "Decree 62/2015 Art. 15.2 (third paragraph); Law Art. 54.4"}

HEIRS_PERIOD = TimeLimit(
    rule_id="decree15.1-deliver-or-agree", article="Decree 62/2015 Art. 15.1(a), (b)",
    length_key="transfer_on_death_days", unit="days",
    description="The property holder delivers it, or the heirs agree on the debtor's "
                "obligations, within 30 days of being informed; then the office enforces.")
HEIR_SEARCH_NOTICE = TimeLimit(
    rule_id="decree15.1-heir-search-notice", article="Decree 62/2015 Art. 15.1(b)",
    length_key="heir_search_notice_months", unit="months",
    description="With no identifiable heir, the notice is posted for 3 months; unclaimed, the "
                "property is seized.")
PERIODS = {PROPERTY_HELD: HEIRS_PERIOD, INHERITANCE: HEIRS_PERIOD,
           NO_KNOWN_HEIR: HEIR_SEARCH_NOTICE}


def transfer_refused_because(kind, creditor_consent, signed_document):
    """Decree Art. 15.2: why a transfer between living persons is refused, or None. It is made
    in a written document signed by transferor and transferee; the creditor transfers without
    the debtor's consent, but the debtor may not transfer an obligation without the creditor's
    consent."""
    if kind not in (BY_CREDITOR, BY_DEBTOR):
        return None
    if not signed_document:
        return ("Decree 62/2015 Art. 15.2: the transfer must be a written document signed by "
                "the transferor and the transferee")
    if kind == BY_DEBTOR and not creditor_consent:
        return ("Decree 62/2015 Art. 15.2 (third paragraph): a judgment debtor may not transfer "
                "the obligation without the judgment creditor's consent")
    return None


def heir_search_notice(debtor_name, property_text, posted_on, posted_until):
    """Decree Art. 15.1(b) (second paragraph): the notice looking for the heirs of a deceased
    debtor, posted for 3 months: its title and body (the debtor's name and the property only)."""
    title = f"Notice seeking the heirs of {debtor_name}"
    body = (f"The judgment debtor {debtor_name} has died and no heir is known. Any heir or "
            f"person entitled to the inheritance ({property_text}) should come forward by "
            f"{posted_until.isoformat()}. Unclaimed, the property will be seized to satisfy the "
            f"judgment (Decree 62/2015 Art. 15.1(b)).")
    return {"title": title[:300], "body": body[:5000], "posted_on": posted_on,
            "posted_until": posted_until}
