"""The inputs and outputs of the disclosure service: the RPCs and the public portal's query.

Every input field is a bounded type of ``shared.fields`` (issue 7 item 10): what passes fits its
column, and anything else is a ``ValidationError`` naming the field.
"""
import re

from marshmallow import Schema, fields, pre_load, validate, validates_schema
from marshmallow import ValidationError as SchemaError

from shared import fields as f

from services.disclosure.rules import notices as notice_rules

#: The portal's pages: 50 entries each, at most 10 000 pages (a bounded OFFSET).
PER_PAGE, MAX_PAGE = 50, 10_000


def text(max_length):
    return f.Text(max_length=max_length, required=True)


class EntryIn(Schema):
    """A judgment debtor to publish, after the decision that they lack conditions. There is no
    ``authority``: the case's own, as ``cases`` announced it, is the entry's (issue 7 item 1)."""

    case_id = f.Id(max_length=36, required=True)
    debtor_name = text(200)
    debtor_address = text(500)
    judgment = text(300)  # e.g. "Bản án số 125/2026/DS-ST ngày 15/9/2026 của TAND quận Ba Đình"
    enforcement_decision = text(300)
    unmet_obligation = text(1000)
    reason = text(500)
    lacking_conditions_decision = text(100)
    decided_on = f.Day(required=True)
    published_on = f.Day(required=True)

    @validates_schema
    def check_dates(self, data, **kwargs):
        if data["published_on"] < data["decided_on"]:
            raise SchemaError({"published_on": ["cannot be before the decision (decided_on)"]})


class RemovalIn(Schema):
    """Why and when an entry leaves the register (Decree 62/2015 Art. 11.3)."""

    ground = f.Text(max_length=30, required=True)
    document = text(100)  # the decision to resume, or the certification of fulfilment
    document_on = f.Day(required=True)
    removed_on = f.Day(required=True)

    @validates_schema
    def check_dates(self, data, **kwargs):
        if data["removed_on"] < data["document_on"]:
            raise SchemaError({"removed_on": ["cannot be before the document (document_on)"]})


def _blank_is_none(data, texts):
    """The query's known keys, ``texts`` and ``page`` (others are ignored, as a query string
    may carry anything); ``texts`` stripped, a blank one as good as absent."""
    data = {key: data[key] for key in (*texts, "page") if key in data}
    for key in texts:
        value = data.get(key)
        value = value.strip() if isinstance(value, str) else value
        if value:
            data[key] = value
        else:
            data.pop(key, None)
    return data


class PageNumber(fields.Field):
    """A page of the portal: ASCII digits only (``²`` and ``٣`` pass ``str.isdigit`` and are
    refused here), from 1 to ``MAX_PAGE``. The message is Vietnamese first."""

    DIGITS = re.compile(r"[0-9]{1,9}")
    MESSAGE = (f"Số trang phải là số nguyên từ 1 đến {MAX_PAGE} "
               f"(page must be a whole number from 1 to {MAX_PAGE}).")

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, str) or not self.DIGITS.fullmatch(value):
            raise SchemaError(self.MESSAGE)
        page = int(value)
        if not 1 <= page <= MAX_PAGE:
            raise SchemaError(self.MESSAGE)
        return page


class RegisterQuery(Schema):
    """The portal's query string: ``?name=`` (part of a debtor's name, with or without
    diacritics; blank is everyone), ``?authority=`` (a code; blank is every authority),
    ``?province=`` (part of the address, diacritics folded, e.g. "ha noi") and ``?page=``."""

    name = f.Text(max_length=200, load_default=None)
    authority = f.Text(max_length=50, load_default=None)
    province = f.Text(max_length=100, load_default=None)
    page = PageNumber(load_default=1)

    @pre_load
    def blank_is_none(self, data, **kwargs):
        return _blank_is_none(data, ("name", "authority", "province"))


class EntryOut(Schema):
    """An entry as the authority's own systems see it (the public see ``rules.public_record``)."""

    id = fields.String()
    authority = fields.String()
    case_id = fields.String()
    debtor_name = fields.String()
    debtor_address = fields.String()
    judgment = fields.String()
    enforcement_decision = fields.String()
    unmet_obligation = fields.String()
    reason = fields.String()
    lacking_conditions_decision = fields.String()
    decided_on = fields.Date()
    publish_by = fields.Date()
    published_on = fields.Date()
    published_late = fields.Function(lambda e: e.published_on > e.publish_by)
    removal_ground = fields.String()
    removal_document = fields.String()
    removal_document_on = fields.Date()
    remove_by = fields.Date()
    removed_on = fields.Date()
    removed_late = fields.Function(lambda e: e.removed_on is not None
                                   and e.removed_on > e.remove_by)


ENTRY_IN, REMOVAL_IN, ENTRY_OUT = EntryIn(), RemovalIn(), EntryOut()
REGISTER_QUERY = RegisterQuery()


class NoticeQuery(Schema):
    """The notices' query string: ``?kind=`` (one of ``rules.notices.KINDS``; blank: all),
    ``?authority=`` and ``?page=``."""

    kind = f.Text(max_length=40, load_default=None,
                  validate=validate.OneOf(notice_rules.KINDS))
    authority = f.Text(max_length=50, load_default=None)
    page = PageNumber(load_default=1)

    @pre_load
    def blank_is_none(self, data, **kwargs):
        return _blank_is_none(data, ("kind", "authority"))


NOTICE_QUERY = NoticeQuery()


class Year(fields.Field):
    """A year of the statistics: four ASCII digits, 2000 to 2199."""

    MESSAGE = "Năm phải từ 2000 đến 2199 (year must be from 2000 to 2199)."

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, str) or not re.fullmatch(r"[0-9]{4}", value):
            raise SchemaError(self.MESSAGE)
        if not 2000 <= int(value) <= 2199:
            raise SchemaError(self.MESSAGE)
        return int(value)


class StatisticsQuery(Schema):
    """The statistics' query string: ``?year=`` (default: this year) and ``?authority=``."""

    year = Year(load_default=None)
    authority = f.Text(max_length=50, load_default=None)

    @pre_load
    def blank_is_none(self, data, **kwargs):
        data = _blank_is_none(data, ("authority", "year"))
        data.pop("page", None)
        return data


STATISTICS_QUERY = StatisticsQuery()


# --- What the public API answers (the OpenAPI document is generated from these). ---

def _day(**kwargs):
    return fields.String(metadata={"format": "date", **kwargs})


class PublicEntryOut(Schema):
    """An entry of the register as the public sees it (``rules.register.public_record``):
    exactly what Decree 62/2015 Art. 11.1 and Law Art. 44a publish."""

    id = fields.String(metadata={"description": "the address of the entry's page"})
    authority = fields.String()
    debtor_name = fields.String()
    debtor_address = fields.String()
    judgment = fields.String()
    enforcement_decision = fields.String()
    unmet_obligation = fields.String()
    reason = fields.String()
    published_on = _day()


class ListingOut(Schema):
    """What every paged answer has: the day it is true of, the page, and how many in all."""

    as_of = _day()
    authority = fields.String(allow_none=True)
    page = fields.Integer()
    per_page = fields.Integer()
    total = fields.Integer()


class RegisterListingOut(ListingOut):
    name = fields.String(allow_none=True)
    province = fields.String(allow_none=True)
    entries = fields.List(fields.Nested(PublicEntryOut))


class PublicNoticeOut(Schema):
    """A notice on the portal (``rules.notices.public_notice``); the auction fields only for an
    auction; money in integer VND."""

    id = fields.String()
    kind = fields.String(metadata={"enum": list(notice_rules.KINDS)})
    authority = fields.String()
    title = fields.String()
    body = fields.String()
    legal_basis = fields.String()
    posted_on = _day()
    posted_until = _day(description="the last day shown, inclusive")
    starting_price = fields.Integer()
    deposit = fields.Integer()
    auction_organisation = fields.String()
    venue = fields.String()
    registration_closes_on = _day()
    auction_on = _day()
    cancelled_on = fields.String(allow_none=True, metadata={"format": "date"})
    cancellation_reason = fields.String(allow_none=True)


class NoticeListingOut(ListingOut):
    kind = fields.String(allow_none=True)
    notices = fields.List(fields.Nested(PublicNoticeOut))


class FiguresOut(Schema):
    """One authority's figures for one month (``*``: the totals). No personal data."""

    authority = fields.String()
    period = fields.String(metadata={"description": "YYYY-MM"})
    received = fields.Integer()
    closed = fields.Integer()
    completed = fields.Integer()
    amount_due = fields.Integer(metadata={"description": "VND"})
    amount_collected = fields.Integer(metadata={"description": "VND"})
    deadlines_decided = fields.Integer()
    deadlines_met_on_time = fields.Integer()
    share_met = fields.Float(allow_none=True, metadata={"description": "percent"})


class StatisticsOut(Schema):
    as_of = _day()
    year = fields.Integer()
    authority = fields.String(allow_none=True)
    rows = fields.List(fields.Nested(FiguresOut))
    totals = fields.Nested(FiguresOut)


class ErrorOut(Schema):
    error = fields.String(metadata={"description": "validation_error, not_found, gone, "
                                                  "too_many_requests"})
    message = fields.String()
    fields_ = fields.Dict(data_key="fields", keys=fields.String(),
                          values=fields.List(fields.String()))


REGISTER_LISTING_OUT, ENTRY_PUBLIC_OUT = RegisterListingOut(), PublicEntryOut()
NOTICE_LISTING_OUT, STATISTICS_OUT = NoticeListingOut(), StatisticsOut()
