"""The notifications service's own tables: notices owed to litigants and their delivery."""
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint, true
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from shared.models import TYPE_ANNOTATION_MAP, utcnow


class Base(DeclarativeBase):
    type_annotation_map = TYPE_ANNOTATION_MAP


class Notice(Base):
    """A document to be notified to one person (Law Art. 39-43; Decree 62/2015 Art. 12)."""

    __tablename__ = "notice"
    __table_args__ = (UniqueConstraint("document_type", "document_id", "party_id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    document_type: Mapped[str] = mapped_column(String(50))
    document_id: Mapped[str] = mapped_column(String(36))
    document_number: Mapped[str] = mapped_column(String(100))
    #: the day the document was issued: the notification period runs from it (Law Art. 39.1)
    document_issued_on: Mapped[date | None]
    #: what the act says as its source event published it (a value, an auction's day and
    #: venue, a refusal's reasons), for the notice's text; None for the documents before them
    document_details: Mapped[dict | None]
    party_id: Mapped[str] = mapped_column(String(50))
    party_role: Mapped[str] = mapped_column(String(30))
    #: ``person`` or ``organisation`` (rules.documents: the commune People's Committee of Decree
    #: Art. 11.1 is an organisation; its ``party_id`` is its role)
    recipient_kind: Mapped[str] = mapped_column(String(20), default="person",
                                                server_default="person")
    #: None when the source event carries none (a refused request: the request's address)
    recipient_name: Mapped[str | None] = mapped_column(String(200))
    recipient_address: Mapped[str | None] = mapped_column(String(500))
    channel: Mapped[str] = mapped_column(String(30))
    #: Decree Art. 12.1: the initial notification of the person in the case (Law Art. 40-42),
    #: or a subsequent one (consented VNeID / portal, requested e-mail / fax: rules.channels)
    initial: Mapped[bool] = mapped_column(default=True, server_default=true())
    #: the e-mail address or fax number a 12.2 request gave, for a notice sent there
    contact: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20))  # a rules.lifecycle.NoticeStatus
    #: Delivery as a process (rules.dispatch): tries on the current channel, and when the
    #: dispatcher sends next (null: not for the dispatcher, an officer delivers it)
    tries: Mapped[int] = mapped_column(default=0, server_default="0")
    next_attempt_at: Mapped[datetime | None] = mapped_column(index=True)
    due_by: Mapped[date]
    #: the day the notice became legally valid (Law Art. 40; Decree Art. 12.4), once it has
    valid_on: Mapped[date | None]
    source_event_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    attempts: Mapped[list["DeliveryAttempt"]] = relationship(
        order_by="DeliveryAttempt.created_at", lazy="selectin")


class DeliveryAttempt(Base):
    """One attempt to deliver a notice and its outcome, as the officer recorded it (Law Art. 40;
    Decree 62/2015 Art. 12.1, 12.4). A failed attempt is kept, as is a valid one."""

    __tablename__ = "delivery_attempt"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    notice_id: Mapped[str] = mapped_column(ForeignKey("notice.id"), index=True)
    channel: Mapped[str] = mapped_column(String(30))  # rules.delivery.ATTEMPT_CHANNELS
    attempted_on: Mapped[date]
    outcome: Mapped[str] = mapped_column(String(30))  # rules.delivery.OUTCOMES
    witness_name: Mapped[str | None] = mapped_column(String(200))
    #: Law Art. 40.2; Decree Art. 12.2: the relative who received it, the person being absent
    relative_name: Mapped[str | None] = mapped_column(String(200))
    #: the channel's message id (e-mail Message-ID, gateway reference) or the post's return
    #: receipt number
    reference: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(String(1000))
    legal_basis: Mapped[str] = mapped_column(String(200))
    recorded_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ChannelConsent(Base):
    """A person's consent to be notified through VNeID or the portal (Decree 62/2015 Art. 12.1),
    or request to be notified by e-mail or fax (Art. 12.2): dated, and withdrawn by dating its
    withdrawal (the row is kept: which channel applied on a day stays answerable)."""

    __tablename__ = "channel_consent"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    party_id: Mapped[str] = mapped_column(String(50), index=True)
    channel: Mapped[str] = mapped_column(String(30))  # rules.channels.CONSENT_CHANNELS
    contact: Mapped[str | None] = mapped_column(String(200))
    given_on: Mapped[date]
    withdrawn_on: Mapped[date | None]
    legal_basis: Mapped[str] = mapped_column(String(200))
    recorded_by: Mapped[str] = mapped_column(String(200))
    withdrawn_by: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AddressReport(Base):
    """A new address the person reported to the authority (Decree 62/2015 Art. 12.3): until one
    is reported, the last known address stays valid."""

    __tablename__ = "address_report"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    authority: Mapped[str] = mapped_column(String(50), index=True)
    party_id: Mapped[str] = mapped_column(String(50), index=True)
    address: Mapped[str] = mapped_column(String(500))
    reported_on: Mapped[date]
    recorded_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Complaint(Base):
    """Who filed a complaint of the case (Decree 62/2015 Art. 38): ``complaint.received`` names
    the complainant, its later steps (``complaint.progressed``) do not; the reply (38.1) and the
    settlement are notified to this person."""

    __tablename__ = "complaint"

    authority: Mapped[str] = mapped_column(String(50), primary_key=True)
    complaint_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(50))
    complainant_party_id: Mapped[str] = mapped_column(String(64))
    received_on: Mapped[date]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
