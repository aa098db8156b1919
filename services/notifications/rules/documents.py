"""The documents notified beyond the enforcement decision, their recipients and the initial
channel (Law on Civil Judgment Enforcement Art. 31.5, 39.1, 40; Decree 62/2015 Art. 11.1, 11.3):
pure functions and constants.

A recipient is a plain dict ``{party_id, role, kind, name, address}``:

- ``kind`` is ``person`` (a litigant or a person with related rights and obligations, reached
  by Law Art. 40-42) or ``organisation`` (an agency the decree tells the authority to inform,
  such as the commune People's Committee of Art. 11; never posted publicly, Law Art. 42 being
  for persons of unknown address);
- ``party_id`` is the person's party id, or for an organisation the ``role`` itself (one
  committee per document: the one of the commune where the debtor resides);
- ``name``/``address`` are what the event carries; ``None`` when it carries none (the written
  refusal of a request goes to the address the requester gave in the request, which ``cases``
  keeps and the delivering officer uses).
"""
from services.notifications.rules.notices import DIRECT

#: The documents (``notice.document_type``) beyond ``enforcement_decision``.
#: Law Art. 31.5: the written refusal of a request for enforcement (``enforcement_request.refused``).
REQUEST_REFUSAL = "enforcement_request_refusal"
#: Decree Art. 11.1: the public record of a debtor lacking conditions (``register_entry.published``).
REGISTER_PUBLICATION = "register_entry_publication"
#: Decree Art. 11.3: the removal of that record (``register_entry.removed``).
REGISTER_REMOVAL = "register_entry_removal"

#: Law Art. 44a; Decree Art. 9.4: the decision that the debtor lacks conditions to satisfy the
#: judgment (``lacking_conditions.decided``), notified to the parties of the case.
LACKING_CONDITIONS_DECISION = "lacking_conditions_decision"
#: Decree Art. 9.4 (third paragraph): the decision to resume enforcement
#: (``enforcement.resumed``), notified to the parties of the case.
RESUMPTION_DECISION = "resumption_decision"

PERSON, ORGANISATION = "person", "organisation"
#: Law Art. 31.1, 31.5: the creditor or debtor who requested enforcement.
REQUESTER = "requester"
#: Decree Art. 11.1, 11.3: the People's Committee of the commune where the debtor resides.
COMMUNE_PEOPLES_COMMITTEE = "commune_peoples_committee"
COMMUNE_COMMITTEE_NAME = ("Ủy ban nhân dân cấp xã nơi người phải thi hành án cư trú "
                          "(People's Committee of the commune where the judgment debtor resides)")

#: Legal basis of recording each document's notice.
NOTICE_OF_REFUSAL = "Law Art. 31.5; Law Art. 39.1, 40"
NOTICE_OF_PUBLICATION = "Decree 62/2015 Art. 11.1; Law Art. 39.1"
NOTICE_OF_REMOVAL = "Decree 62/2015 Art. 11.3; Law Art. 39.1"
NOTICE_OF_LACKING_CONDITIONS = "Law Art. 44a, 39.1; Decree 62/2015 Art. 9.4, 12.1"
NOTICE_OF_RESUMPTION = "Decree 62/2015 Art. 9.4 (resumption); Law Art. 39.1; Decree Art. 12.1"
LEGAL_BASIS = {REQUEST_REFUSAL: NOTICE_OF_REFUSAL, REGISTER_PUBLICATION: NOTICE_OF_PUBLICATION,
               REGISTER_REMOVAL: NOTICE_OF_REMOVAL,
               LACKING_CONDITIONS_DECISION: NOTICE_OF_LACKING_CONDITIONS,
               RESUMPTION_DECISION: NOTICE_OF_RESUMPTION}


def recipients_of_refusal(requester_party_id):
    """Law Art. 31.5: a refused request is notified in writing, with its reasons, to the person
    who requested it (and to no one else: no case is opened, there is no debtor to tell). The
    event names the requester only; the address is the request's (``address`` ``None``)."""
    return [{"party_id": requester_party_id, "role": REQUESTER, "kind": PERSON, "name": None,
             "address": None}]


def refusal_channel():
    """Law Art. 31.5, 40; Decree Art. 12.1: the refusal is handed to the requester directly (in
    person or by post) at the address of the request. Public posting (Law Art. 42) is for a
    person whose address is unknown, which a requester who gave one is not, so the initial
    channel is always direct."""
    return DIRECT


def commune_committee(debtor_address):
    """Decree Art. 11.1, 11.3: the public record of a debtor is sent to, and its removal told to,
    the People's Committee of the commune where the debtor resides; the committee is reached
    at the debtor's address as the register carries it. One organisation recipient."""
    return {"party_id": COMMUNE_PEOPLES_COMMITTEE, "role": COMMUNE_PEOPLES_COMMITTEE,
            "kind": ORGANISATION, "name": COMMUNE_COMMITTEE_NAME, "address": debtor_address}


def organisation_channel():
    """Decree Art. 11.1: the authority sends the record to the committee, an agency at a known
    seat: delivered directly (by hand or by post, Decree Art. 12.1(a)(b)), never posted."""
    return DIRECT


def may_post_publicly(kind):
    """Law Art. 42: public posting notifies a person whose address is unknown; an organisation
    (``ORGANISATION``) is never notified by posting."""
    return kind != ORGANISATION
