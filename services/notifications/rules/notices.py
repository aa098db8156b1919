"""Who is notified of a document, and by which channel (Law on Civil Judgment Enforcement
Art. 39; Decree 62/2015 Art. 12): pure functions and constants."""

DIRECT = "direct"
ELECTRONIC = "electronic"

#: The document a notice of ``enforcement_decision.issued`` notifies.
ENFORCEMENT_DECISION = "enforcement_decision"

#: Legal basis of recording the notices of a decision: who receives one (Law Art. 39.1) and the
#: channel of a first notification (Decree 62/2015 Art. 12.1).
NOTICES_OF_DECISION = "Law Art. 39.1; Decree 62/2015 Art. 12.1"


def initial_channel():
    """Decree 62/2015 Art. 12.1: the first notification of a matter is given directly.

    Only after the person consents may later notices go through VNeID or the authorities' web
    portals; the initial notification of a decision is always direct.
    """
    return DIRECT


def recipients_of_decision(parties):
    """Law Art. 39.1: the decision is notified to the judgment creditor(s), the judgment
    debtor(s) and persons with related rights and obligations; each receives one notice."""
    seen, recipients = set(), []
    for party in parties:
        if party["party_id"] not in seen:
            seen.add(party["party_id"])
            recipients.append(party)
    return recipients
