"""Who is notified of a document, by which channel first, and within what time (Law on Civil
Judgment Enforcement Art. 39-42; Decree 62/2015 Art. 12.1): pure functions and constants."""
import unicodedata

from shared.legal import TimeLimit

#: Law Art. 40; Decree 62/2015 Art. 12.1(a)(b): the document is handed to the person.
DIRECT = "direct"
#: Law Art. 42: the document is posted publicly (the address is unknown).
PUBLIC_POSTING = "public_posting"
#: Decree 62/2015 Art. 12.1: VNeID or the portals, from the second notice on, with consent.
ELECTRONIC = "electronic"

#: The document a notice of ``enforcement_decision.issued`` notifies.
ENFORCEMENT_DECISION = "enforcement_decision"

JUDGMENT_CREDITOR, JUDGMENT_DEBTOR = "judgment_creditor", "judgment_debtor"
#: Decree 62/2015 Art. 12.1: "persons with related rights and obligations".
RELATED_PARTY = "related_party"
#: Law Art. 39.1; Decree 62/2015 Art. 12.1: the litigants and the persons with related rights
#: and obligations are each notified.
NOTIFIED_ROLES = (JUDGMENT_CREDITOR, JUDGMENT_DEBTOR, RELATED_PARTY)

#: Legal basis of recording the notices of a decision: who receives one (Law Art. 39.1;
#: Decree 62/2015 Art. 12.1) and the initial channel (Law Art. 40-42; Decree Art. 12.1).
NOTICES_OF_DECISION = "Law Art. 39.1; Decree 62/2015 Art. 12.1"

#: How an unknown address travels in ``enforcement_decision.issued`` (whose contract requires an
#: ``address`` string): empty or blank, or one of these markers (compared case-insensitively,
#: NFC-normalised, surrounding whitespace ignored).
UNKNOWN_ADDRESS_MARKERS = frozenset({"unknown", "không rõ", "không rõ địa chỉ",
                                     "chưa rõ địa chỉ", "không xác định"})

NOTICE_DELIVERY = TimeLimit(
    rule_id="law39.1-deliver-notice",
    article="Law on Civil Judgment Enforcement Art. 39.1; Decree 62/2015 Art. 12",
    length_key="notice_delivery_working_days",
    unit="working_days",
    description="Deliver each notice of a document within 3 working days of the document's "
                "issuance (the notifying office's own time limit, met on the day the notice "
                "became valid).")


def address_unknown(address):
    """Law Art. 42.1: public posting is for a person whose address is unknown. The address is
    unknown when it is missing, blank or one of ``UNKNOWN_ADDRESS_MARKERS``; any other address is
    the last known one and stays valid until the person reports a new one (Decree Art. 12.3)."""
    if address is None:
        return True
    normalised = unicodedata.normalize("NFC", address).strip().casefold()
    return normalised == "" or normalised in UNKNOWN_ADDRESS_MARKERS


def initial_channel(address):
    """Decree 62/2015 Art. 12.1: the initial notification is the one of Law Art. 40, 41 or 42
    that applies: direct delivery (Law Art. 40) to a person whose address is known, public
    posting (Law Art. 42) when it is not (``address_unknown``)."""
    return PUBLIC_POSTING if address_unknown(address) else DIRECT


def recipients_of_decision(parties):
    """Law Art. 39.1; Decree 62/2015 Art. 12.1: the decision is notified to the judgment
    creditor(s), the judgment debtor(s) and the persons with related rights and obligations
    (``NOTIFIED_ROLES``); each person receives one notice, under the first role listed."""
    seen, recipients = set(), []
    for party in parties:
        if party["role"] in NOTIFIED_ROLES and party["party_id"] not in seen:
            seen.add(party["party_id"])
            recipients.append(party)
    return recipients
