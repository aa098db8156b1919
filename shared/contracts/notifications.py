"""Events published by the ``notifications`` service."""
from marshmallow import Schema, fields, validate

from shared.registry import contract

# A notice's recipient: a litigant or person with related rights and obligations (Law Art. 39.1),
# the requester of a refused request (Law Art. 31.5), or the commune People's Committee, an
# organisation whose party_id is this role (Decree Art. 11.1, 11.3), or the unidentified heirs of
# a deceased debtor, sought by public posting and the mass media (Decree Art. 15.1).
ROLES = ["judgment_creditor", "judgment_debtor", "related_party", "requester",
         "commune_peoples_committee", "unknown_heirs"]


class _Notice(Schema):
    """What every notice event says of its notice: which document, to whom, by which channel."""

    notice_id = fields.String(required=True)
    document_type = fields.String(required=True)
    document_id = fields.String(required=True)
    party_id = fields.String(required=True)
    party_role = fields.String(required=True, validate=validate.OneOf(ROLES))
    channel = fields.String(required=True)


@contract("notice.valid", version=1, source="notifications")
class NoticeValidV1(_Notice):
    """A notice became legally valid (Law Art. 40: delivered; Decree 62/2015 Art. 12.4: refused
    with a record signed by a witness; Law Art. 42: posted publicly, ``valid_on`` being the last
    day of the posting period, which may be after the event). Time limits that run from
    notification start on ``valid_on``.

    The envelope's ``case_id`` and ``authority`` are the notice's case and authority. The notice
    is one of ``required_count`` notices of the document (``document_type``/``document_id``, e.g.
    ``enforcement_decision``/<decision id>: one per person who must be notified, Law Art. 39.1);
    ``valid_count`` of them are valid now. When every one is valid (``valid_count ==
    required_count``), ``document_notified_on`` is the ``valid_on`` of the last of them (the day
    the document counts as notified to everyone); otherwise it is null.
    """

    outcome = fields.String(required=True,
                            validate=validate.OneOf(["delivered", "refused_with_witness",
                                                     "posted", "published"]))
    valid_on = fields.Date(required=True)
    required_count = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    valid_count = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    document_notified_on = fields.Date(required=True, allow_none=True)


@contract("notice.delivery_failed", version=1, source="notifications")
class NoticeDeliveryFailedV1(_Notice):
    """An attempt to deliver a notice failed (Law Art. 40); the notice is still owed. The
    envelope's ``case_id`` and ``authority`` are the notice's."""

    attempted_on = fields.Date(required=True)
    failed_attempts = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))


@contract("notice.recorded", version=1, source="notifications")
class NoticeRecordedV1(_Notice):
    """A notice is owed to a person (Law Art. 39.1; Decree 62/2015 Art. 12.1): one per person a
    document concerns, by its channel (initially ``direct``, or ``public_posting`` when the
    address is unknown, Law Art. 40-42; later ``vneid``, ``portal``, ``email``, ``fax`` or
    ``sms`` as the person consented or asked, Art. 12.1-12.2), due by ``due_by``. The envelope's ``case_id`` and ``authority``
    are the notice's. No name or address travels: they stay with ``notifications``."""

    due_by = fields.Date(required=True)


class _Consent(Schema):
    """What both consent events say of the consent: whose, which channel (Decree 62/2015 Art.
    12.1: VNeID, the portal; Art. 12.2: e-mail, fax, SMS at the person's request). No contact
    travels; the envelope's ``authority`` is the one consented to."""

    consent_id = fields.String(required=True)
    party_id = fields.String(required=True)
    channel = fields.String(required=True,
                            validate=validate.OneOf(["vneid", "portal", "email", "fax", "sms"]))


@contract("consent.recorded", version=1, source="notifications")
class ConsentRecordedV1(_Consent):
    """A person consented to be notified through VNeID or the portal, or asked to be notified by
    e-mail, fax or SMS, from ``given_on``."""

    given_on = fields.Date(required=True)


@contract("consent.withdrawn", version=1, source="notifications")
class ConsentWithdrawnV1(_Consent):
    """A consent or request was withdrawn from ``withdrawn_on`` (Decree 62/2015 Art. 12.1)."""

    withdrawn_on = fields.Date(required=True)


@contract("address.reported", version=1, source="notifications")
class AddressReportedV1(Schema):
    """A person reported a new address on ``reported_on`` (Decree 62/2015 Art. 12.3); the
    address itself stays with ``notifications``."""

    party_id = fields.String(required=True)
    reported_on = fields.Date(required=True)


@contract("notice.escalated", version=1, source="notifications")
class NoticeEscalatedV1(_Notice):
    """A notice's channel failed for good (a refusal, or every retry): it moves to ``channel``,
    the Law's channel for the person's address (Decree 62/2015 Art. 12.1; Law Art. 40-42), where
    an officer delivers it. ``from_channel`` failed ``failed_tries`` times; ``reason`` is the
    channel's. The envelope's ``case_id`` and ``authority`` are the notice's."""

    from_channel = fields.String(required=True)
    failed_tries = fields.Integer(required=True, strict=True, validate=validate.Range(min=1))
    reason = fields.String(required=True)
