"""Recording a delivery attempt and when a notice became valid (Law on Civil Judgment
Enforcement Art. 39, 40, 42; Decree 62/2015 Art. 12.1, 12.4): pure functions and constants."""
from shared.legal import TimeLimit

from services.notifications.rules.documents import PERSON, may_post_publicly
from services.notifications.rules.lifecycle import NoticeStatus
from services.notifications.rules.notices import PUBLIC_POSTING

#: Law Art. 43; Decree 62/2015 Art. 12.5: published through the mass media.
MASS_MEDIA = "mass_media"

#: Law Art. 40; Decree Art. 12.1(a): handed over in person by an officer of the authority.
IN_PERSON = "direct"
#: Decree Art. 12.1(b): delivered by a postman.
POST = "post"
#: The channels of an attempt an officer records by RPC (public posting: Law Art. 42).
ATTEMPT_CHANNELS = (IN_PERSON, POST, PUBLIC_POSTING, MASS_MEDIA)
#: The channels that reach a person whose address is unknown (Law Art. 42, 43; Decree 12.5).
PUBLIC_CHANNELS = (PUBLIC_POSTING, MASS_MEDIA)

#: Law Art. 40: the person (or a relative, Decree Art. 12.2) signed for the document.
DELIVERED = "delivered"
#: Decree Art. 12.4: the person refused it; the deliverer made a record signed by a witness.
REFUSED_WITH_WITNESS = "refused_with_witness"
#: The document could not be delivered (nobody there, address wrong): the notice stays owed.
FAILED = "failed"
#: Law Art. 42: the notice was posted publicly (with a record); valid when the period ends.
POSTED = "posted"
#: Law Art. 43; Decree Art. 12.5: published in the mass media (valid on the publication day
#: the officer records: the last broadcast or issue).
PUBLISHED = "published"
OUTCOMES = (DELIVERED, REFUSED_WITH_WITNESS, FAILED, POSTED, PUBLISHED)
#: The outcome each public channel records, and only it.
PUBLIC_OUTCOME = {PUBLIC_POSTING: POSTED, MASS_MEDIA: PUBLISHED}

#: Legal basis of a valid delivery, by outcome, and of a failed attempt.
VALID_DELIVERY = "Law Art. 39.1; Law Art. 40; Decree 62/2015 Art. 12.1"
VALID_REFUSAL = "Decree 62/2015 Art. 12.4 (refusal recorded with a witness)"
VALID_POSTING = "Law Art. 42; Decree 62/2015 Art. 12.1 (public posting, address unknown)"
VALID_TO_RELATIVE = ("Law Art. 40.2; Decree 62/2015 Art. 12.2 (the person absent, delivered to "
                     "a relative)")
VALID_PUBLICATION = "Law Art. 43; Decree 62/2015 Art. 12.5 (mass media, address unknown)"
FAILED_ATTEMPT = ("Law Art. 39.1; Law Art. 40; Decree 62/2015 Art. 12.1 "
                  "(attempt failed; still owed)")

PUBLIC_POSTING_PERIOD = TimeLimit(
    rule_id="law42-public-posting",
    article="Law on Civil Judgment Enforcement Art. 42",
    length_key="public_posting_days",
    unit="days",
    description="A notice posted publicly stays posted for 10 days from the posting; the "
                "person counts as notified when the period ends.")

#: Legal basis of a document notified to everyone it concerns.
DOCUMENT_NOTIFIED = "Law Art. 39.1; Decree 62/2015 Art. 12.1"


def makes_valid(outcome):
    """Decree Art. 12.4 with Law Art. 40 and 42: a notice delivered, refused with a record signed
    by a witness, or posted publicly (valid when the posting period ends) is validly notified; a
    failed attempt is not."""
    return outcome in (DELIVERED, REFUSED_WITH_WITNESS, POSTED, PUBLISHED)


def status_after(outcome):
    """The status a notice moves to after an attempt with ``outcome`` (Law Art. 40, 42; Decree
    Art. 12.4)."""
    if outcome == POSTED:
        return NoticeStatus.POSTED
    return NoticeStatus.VALID if makes_valid(outcome) else NoticeStatus.ATTEMPT_FAILED


def legal_basis_of(outcome, relative_name=None):
    """The article that gives an attempt with ``outcome`` its effect (Law Art. 40, 42, 43;
    Decree Art. 12.2, 12.4, 12.5): a delivery to a relative of an absent person is valid under
    Law Art. 40.2 and Decree Art. 12.2."""
    if outcome == DELIVERED and (relative_name or "").strip():
        return VALID_TO_RELATIVE
    return {DELIVERED: VALID_DELIVERY, REFUSED_WITH_WITNESS: VALID_REFUSAL,
            POSTED: VALID_POSTING, PUBLISHED: VALID_PUBLICATION}.get(outcome, FAILED_ATTEMPT)


def valid_on(outcome, attempted_on, params, calendar, posting_period=PUBLIC_POSTING_PERIOD):
    """The day a notice becomes valid after an attempt with ``outcome`` made on
    ``attempted_on``: that day for a delivery or a witnessed refusal (Law Art. 40; Decree
    Art. 12.4); for a public posting, the last day of ``posting_period`` counted from the
    posting (Law Art. 42, ``PUBLIC_POSTING_PERIOD``; the heir search's 3 months of Decree
    Art. 15.1; Civil Code Art. 144-148: a last day on a rest day rolls to the next working day);
    ``None`` for a failure. Returns ``(day, parameter rows used)``."""
    if outcome == POSTED:
        length, used = posting_period.resolve(params, attempted_on)
        return (calendar.due_date(attempted_on, length, posting_period.unit),
                [used.as_record()])
    return (attempted_on if makes_valid(outcome) else None), []


def attempt_problems(outcome, witness_name, attempted_on, document_issued_on,
                     channel=IN_PERSON, notice_channel=IN_PERSON, status=NoticeStatus.PENDING,
                     recipient_kind=PERSON, relative_name=None, return_receipt=None):
    """What makes an attempt unrecordable, as ``{field: [reason]}`` (empty when none):

    - Decree Art. 12.4: a refusal is valid delivery only with a record signed by a witness, so a
      ``refused_with_witness`` attempt names the witness;
    - Law Art. 40.2; Decree Art. 12.2: a document left with a relative of an absent person is a
      delivery (``delivered``) in person or by post, naming the relative;
    - Decree Art. 12.1(b): a document sent by post is proven by the postman's return receipt,
      whose number is recorded with the attempt; only a postal attempt has one;
    - Law Art. 39.1: a document is notified after it is issued, so an attempt cannot be dated
      before the document's issue day;
    - Law Art. 42, 43; Decree Art. 12.5: a public posting is recorded as ``posted`` and a
      publication in the mass media as ``published`` (each only on its channel), and only for a
      person whose address is unknown (the notice's channel is ``public_posting`` or, for the
      unknown heirs of Decree Art. 15.1, ``mass_media``) or after an attempt failed; never for an organisation (``documents.may_post_publicly``: the commune
      People's Committee of Decree Art. 11 is reached at its seat).
    """
    problems = {}
    public = channel in PUBLIC_CHANNELS
    if PUBLIC_OUTCOME.get(channel) != (outcome if outcome in PUBLIC_OUTCOME.values() else None):
        problems["outcome"] = ["a public posting is recorded as posted and a mass media "
                               "publication as published, and only as that"]
    elif public and not may_post_publicly(recipient_kind):
        problems["channel"] = ["an organisation is not notified publicly (Law Art. 42, 43)"]
    elif (public and notice_channel not in PUBLIC_CHANNELS
          and status != NoticeStatus.ATTEMPT_FAILED):
        problems["channel"] = ["public posting or the mass media only when the address is "
                               "unknown or direct delivery failed (Law Art. 42, 43)"]
    if outcome == REFUSED_WITH_WITNESS and not (witness_name or "").strip():
        problems["witness_name"] = ["a refusal is valid only with a witness (Decree Art. 12.4)"]
    if (relative_name or "").strip() and (outcome != DELIVERED or public):
        problems["relative_name"] = ["a relative receives a delivery in person or by post "
                                     "(Law Art. 40.2; Decree Art. 12.2)"]
    if (return_receipt or "").strip() and channel != POST:
        problems["return_receipt"] = ["only a postal delivery has a return receipt "
                                      "(Decree Art. 12.1(b))"]
    if document_issued_on is not None and attempted_on < document_issued_on:
        problems["delivered_on"] = ["before the document was issued"]
    return problems


def notified_on(valid_days):
    """Law Art. 39.1: a document is notified once every person it concerns has a valid notice,
    on the day the last of them became valid. ``valid_days`` holds each notice's valid day
    (``None`` for one not yet valid); returns the day, or ``None`` while any is not valid."""
    days = list(valid_days)
    if not days or any(day is None for day in days):
        return None
    return max(days)
