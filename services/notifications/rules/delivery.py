"""Recording a delivery attempt and when a notice became valid (Law on Civil Judgment
Enforcement Art. 39-40; Decree 62/2015 Art. 12.1, 12.4): pure functions and constants."""
from services.notifications.rules.lifecycle import NoticeStatus

#: Law Art. 40; Decree Art. 12.1(a): handed over in person by an officer of the authority.
IN_PERSON = "direct"
#: Decree Art. 12.1(b): delivered by a postman.
POST = "post"
#: The channels of an attempt an officer records by RPC.
ATTEMPT_CHANNELS = (IN_PERSON, POST)

#: Law Art. 40: the person (or a relative, Decree Art. 12.2) signed for the document.
DELIVERED = "delivered"
#: Decree Art. 12.4: the person refused it; the deliverer made a record signed by a witness.
REFUSED_WITH_WITNESS = "refused_with_witness"
#: The document could not be delivered (nobody there, address wrong): the notice stays owed.
FAILED = "failed"
OUTCOMES = (DELIVERED, REFUSED_WITH_WITNESS, FAILED)

#: Legal basis of a valid delivery, by outcome, and of a failed attempt.
VALID_DELIVERY = "Law Art. 39.1; Law Art. 40; Decree 62/2015 Art. 12.1"
VALID_REFUSAL = "Decree 62/2015 Art. 12.4 (refusal recorded with a witness)"
FAILED_ATTEMPT = ("Law Art. 39.1; Law Art. 40; Decree 62/2015 Art. 12.1 "
                  "(attempt failed; still owed)")

#: Legal basis of a document notified to everyone it concerns.
DOCUMENT_NOTIFIED = "Law Art. 39.1; Decree 62/2015 Art. 12.1"


def makes_valid(outcome):
    """Decree Art. 12.4 with Law Art. 40: a notice delivered, or refused with a record signed by a
    witness, is validly notified; a failed attempt is not."""
    return outcome in (DELIVERED, REFUSED_WITH_WITNESS)


def status_after(outcome):
    """The status a notice moves to after an attempt with ``outcome`` (Decree Art. 12.4)."""
    return NoticeStatus.VALID if makes_valid(outcome) else NoticeStatus.ATTEMPT_FAILED


def legal_basis_of(outcome):
    """The article that gives an attempt with ``outcome`` its effect (Law Art. 40; Decree
    Art. 12.4)."""
    return {DELIVERED: VALID_DELIVERY, REFUSED_WITH_WITNESS: VALID_REFUSAL}.get(outcome,
                                                                             FAILED_ATTEMPT)


def attempt_problems(outcome, witness_name, attempted_on, document_issued_on):
    """What makes an attempt unrecordable, as ``{field: [reason]}`` (empty when none):

    - Decree Art. 12.4: a refusal is valid delivery only with a record signed by a witness, so a
      ``refused_with_witness`` attempt names the witness;
    - Law Art. 39.1: a document is notified after it is issued, so an attempt cannot be dated
      before the document's issue day.
    """
    problems = {}
    if outcome == REFUSED_WITH_WITNESS and not (witness_name or "").strip():
        problems["witness_name"] = ["a refusal is valid only with a witness (Decree Art. 12.4)"]
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
