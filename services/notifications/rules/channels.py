"""Which channel carries a notice after the initial one, and what the person's consent, request
and address report mean (Decree 62/2015 Art. 12.1-12.3, 12.5; Law on Civil Judgment Enforcement
Art. 40-43): pure functions and constants.

A consent is a plain dict ``{channel, contact, given_on, withdrawn_on}``; an address report
``{address, reported_on}``.
"""
from services.notifications.rules.notices import DIRECT, PUBLIC_POSTING, initial_channel

#: Decree Art. 12.1: the national e-ID app (VNeID), from the second notice on, with consent.
VNEID = "vneid"
#: Decree Art. 12.1: the website of the Department / the portal of the General Department.
PORTAL = "portal"
#: Decree Art. 12.2: e-mail or fax "at the request of" the person; SMS as the "another manner"
#: the same clause allows.
EMAIL, FAX, SMS = "email", "fax", "sms"
#: Law Art. 43; Decree Art. 12.5: notification through the mass media.
MASS_MEDIA = "mass_media"

#: The channels a person consents to (12.1), in the order preferred when both are consented.
CONSENTED_CHANNELS = (VNEID, PORTAL)
#: The channels a person requests (12.2).
REQUESTED_CHANNELS = (EMAIL, FAX, SMS)
#: Every channel a consent or a request may name.
CONSENT_CHANNELS = CONSENTED_CHANNELS + REQUESTED_CHANNELS
#: Channels whose messages an adapter sends (no officer carries them).
ELECTRONIC_CHANNELS = CONSENT_CHANNELS

CONSENT_BASIS = {VNEID: "Decree 62/2015 Art. 12.1 (consent to VNeID)",
                 PORTAL: "Decree 62/2015 Art. 12.1 (consent to the agencies' portal)",
                 EMAIL: "Decree 62/2015 Art. 12.2 (e-mail at the person's request)",
                 FAX: "Decree 62/2015 Art. 12.2 (fax at the person's request)",
                 SMS: "Decree 62/2015 Art. 12.2 (another manner: SMS at the person's request)"}
WITHDRAWAL_BASIS = "Decree 62/2015 Art. 12.1 (consent withdrawn: back to the Law's channels)"
ADDRESS_REPORT_BASIS = "Decree 62/2015 Art. 12.3 (new address reported by the person)"
#: The legal basis of the channel a notice is recorded with.
INITIAL_BASIS = "Decree 62/2015 Art. 12.1; Law Art. 40-42 (initial notification)"
SUBSEQUENT_BASIS = {**CONSENT_BASIS,
                    DIRECT: "Decree 62/2015 Art. 12.1 (no consent: the Law's channels)",
                    PUBLIC_POSTING: "Decree 62/2015 Art. 12.1; Law Art. 42 (address unknown)"}


def consent_problems(channel, contact):
    """Decree Art. 12.1-12.2: VNeID and the portal reach the person through their e-ID account
    (no contact needed); e-mail, fax and SMS need the address or number the person gave. Returns
    ``{field: [reason]}``."""
    if channel in REQUESTED_CHANNELS and not (contact or "").strip():
        return {"contact": [f"the {channel} address the person asked to be notified at"]}
    return {}


def consent_active(consent, on):
    """Decree Art. 12.1: a consent counts from the day it was given until the day it is
    withdrawn (that day excluded): a notice on or after the withdrawal goes by the Law's
    channels again."""
    withdrawn = consent.get("withdrawn_on")
    return consent["given_on"] <= on and (withdrawn is None or on < withdrawn)


def withdrawal_problems(consent, withdrawn_on):
    """A consent is withdrawn once, not before it was given. Returns ``{field: [reason]}``."""
    if consent.get("withdrawn_on") is not None:
        return {"consent_id": ["already withdrawn"]}
    if withdrawn_on < consent["given_on"]:
        return {"withdrawn_on": ["before the consent was given"]}
    return {}


def effective_address(known_address, reports, on):
    """Decree Art. 12.3: the address the person last reported on or before ``on`` replaces the
    one the authority knew; without a report, the last known address stays valid."""
    reported = [r for r in reports if r["reported_on"] <= on]
    if not reported:
        return known_address
    return max(reported, key=lambda r: r["reported_on"])["address"]


def is_initial(earlier_valid_notices):
    """Decree Art. 12.1: the initial notification is the first one validly made to the person
    in the case (Law Art. 40-42); every later notice is a "subsequent notification"."""
    return earlier_valid_notices == 0


def notice_channel(initial, address, consents, on):
    """Decree Art. 12.1-12.2, Law Art. 40-42: the channel of a notice and its legal basis.

    - the initial notification: direct delivery, or public posting when the address is unknown
      (``notices.initial_channel``);
    - from the second notice on: VNeID or the portal when the person consented (active on
      ``on``; VNeID first), else e-mail or fax when the person asked for it (12.2), else the
      Law's channels as for the initial notice.

    Returns ``(channel, contact, legal basis)``; ``contact`` is the e-mail or fax of a request.
    """
    if initial:
        return initial_channel(address), None, INITIAL_BASIS
    active = [c for c in consents if consent_active(c, on)]
    for wanted in CONSENTED_CHANNELS + REQUESTED_CHANNELS:
        for consent in active:
            if consent["channel"] == wanted:
                return wanted, consent.get("contact"), SUBSEQUENT_BASIS[wanted]
    channel = initial_channel(address)
    return channel, None, SUBSEQUENT_BASIS[channel]


def escalation(channel, address):
    """Decree Art. 12.1, Law Art. 40-42: where a notice goes when its channel fails. An
    electronic channel (consented or requested) never replaces the Law's: a failure falls back
    to the Law's channel for the person's address (direct delivery, or public posting when it is
    unknown); a failed direct delivery may be followed by public posting (Law Art. 42); public
    posting and the mass media are the last resort (``None``)."""
    if channel in ELECTRONIC_CHANNELS:
        return initial_channel(address)
    if channel == DIRECT:
        return PUBLIC_POSTING
    return None
