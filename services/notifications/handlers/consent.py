"""A person's channels (Decree 62/2015 Art. 12.1-12.3): consent to VNeID or the portal, a
request to be notified by e-mail or fax, its withdrawal, and a new address the person reports.
The officer of the authority records each, as the person gave it; the notices recorded from then
on follow it (handlers.notices, rules.channels).

Jurisdiction: a consent belongs to the officer's authority (the one the person consented to);
another authority's consent answers ``NotFound`` exactly as an unknown id.
"""
import uuid

from sqlalchemy import select

from shared.errors import NotFound, ValidationError

from services.notifications.models import AddressReport, ChannelConsent
from services.notifications.rules import channels as rules


def as_rule(consent):
    """The consent as ``rules.channels`` reads it."""
    return {"channel": consent.channel, "contact": consent.contact,
            "given_on": consent.given_on, "withdrawn_on": consent.withdrawn_on}


def consents_of(uow, authority, party_id):
    """The person's consents and requests to ``authority`` (withdrawn ones too), oldest first."""
    return uow.session.scalars(
        select(ChannelConsent).where(ChannelConsent.authority == authority,
                                     ChannelConsent.party_id == party_id)
        .order_by(ChannelConsent.given_on, ChannelConsent.created_at)).all()


def address_reports_of(uow, authority, party_id):
    """The addresses the person reported to ``authority``, as ``rules.channels`` reads them."""
    return [{"address": r.address, "reported_on": r.reported_on} for r in uow.session.scalars(
        select(AddressReport).where(AddressReport.authority == authority,
                                    AddressReport.party_id == party_id))]


def record_consent(data, uow, law, caller):
    """Record the person's consent to VNeID or the portal (Decree Art. 12.1) or request for
    e-mail or fax (12.2), given on ``given_on``; e-mail and fax name the ``contact``
    (``rules.consent_problems``: ``ValidationError`` naming the field). Emits
    ``consent.recorded``; audited. Returns the consent."""
    authority = caller.identity.authority
    problems = rules.consent_problems(data["channel"], data.get("contact"))
    if problems:
        raise ValidationError("the consent cannot be recorded", problems)
    consent = ChannelConsent(
        id=str(uuid.uuid4()), authority=authority, party_id=data["party_id"],
        channel=data["channel"], contact=data.get("contact"), given_on=data["given_on"],
        legal_basis=rules.CONSENT_BASIS[data["channel"]], recorded_by=caller.identity.user)
    uow.session.add(consent)
    uow.emit("consent.recorded", {"consent_id": consent.id, "party_id": consent.party_id,
                                  "channel": consent.channel, "given_on": consent.given_on},
             authority=authority)
    uow.audit("consent.recorded", subject_type="party", subject_id=consent.party_id,
              legal_basis=consent.legal_basis,
              details={"consent_id": consent.id, "channel": consent.channel,
                       "given_on": consent.given_on.isoformat()})
    return consent


def withdraw_consent(data, uow, law, caller):
    """Withdraw a consent or request from ``withdrawn_on`` (Decree Art. 12.1: from then on the
    Law's channels apply again); once, and not before it was given (``rules.
    withdrawal_problems``). Emits ``consent.withdrawn``; audited. Returns the consent."""
    consent = uow.session.get(ChannelConsent, data["consent_id"], with_for_update=True)
    if consent is None or consent.authority != caller.identity.authority:
        raise NotFound(f"no consent {data['consent_id']!r}", {"consent_id": data["consent_id"]})
    problems = rules.withdrawal_problems(as_rule(consent), data["withdrawn_on"])
    if problems:
        raise ValidationError("the consent cannot be withdrawn", problems)
    consent.withdrawn_on, consent.withdrawn_by = data["withdrawn_on"], caller.identity.user
    uow.emit("consent.withdrawn", {"consent_id": consent.id, "party_id": consent.party_id,
                                   "channel": consent.channel,
                                   "withdrawn_on": consent.withdrawn_on},
             authority=consent.authority)
    uow.audit("consent.withdrawn", subject_type="party", subject_id=consent.party_id,
              legal_basis=rules.WITHDRAWAL_BASIS,
              details={"consent_id": consent.id, "channel": consent.channel,
                       "withdrawn_on": consent.withdrawn_on.isoformat()})
    return consent


def list_consents(party_id, uow, law, caller):
    """The person's consents and requests to the caller's authority, oldest first."""
    return consents_of(uow, caller.identity.authority, party_id)


def report_address(data, uow, law, caller):
    """Record the new address the person reported on ``reported_on`` (Decree Art. 12.3): the
    notices recorded from then on go there. Emits ``address.reported`` (without the address);
    audited. Returns the report."""
    authority = caller.identity.authority
    report = AddressReport(id=str(uuid.uuid4()), authority=authority, party_id=data["party_id"],
                           address=data["address"], reported_on=data["reported_on"],
                           recorded_by=caller.identity.user)
    uow.session.add(report)
    uow.emit("address.reported", {"party_id": report.party_id,
                                  "reported_on": report.reported_on}, authority=authority)
    uow.audit("address.reported", subject_type="party", subject_id=report.party_id,
              legal_basis=rules.ADDRESS_REPORT_BASIS,
              details={"reported_on": report.reported_on.isoformat()})
    return report
