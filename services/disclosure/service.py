"""The disclosure service: the public register of judgment debtors (Decree 62/2015 Art. 11).

Internal systems publish and remove entries by RPC; anyone reads the register, as a web page
(Vietnamese first, readable on a phone) or as JSON. The public only ever sees
``rules.public_record`` of an entry.
"""
import json
import math
import uuid
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import func, or_, select
from werkzeug.wrappers import Response

from shared import deadlines
from shared.entrypoints import http, rpc
from shared.errors import Conflict, NotFound, ValidationError
from shared.law import Law
from shared.service import PlatformService
from shared.validation import load, require_id

from services.disclosure import rules
from services.disclosure.models import RegisterEntry
from services.disclosure.schemas import EntryIn, EntryOut, RemovalIn

ENTRY_IN, REMOVAL_IN, ENTRY_OUT = EntryIn(), RemovalIn(), EntryOut()
VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
TITLE = "Danh sách người phải thi hành án chưa có điều kiện thi hành"
PER_PAGE = 50


def _vn_date(value):
    """ISO date -> dd/mm/yyyy, as dates are written in Vietnam."""
    return date.fromisoformat(value).strftime("%d/%m/%Y") if value else ""


TEMPLATES = Environment(loader=FileSystemLoader(Path(__file__).with_name("templates")),
                        autoescape=select_autoescape(["html"]), trim_blocks=True,
                        lstrip_blocks=True)
TEMPLATES.filters["vn_date"] = _vn_date
REGISTER_PAGE = TEMPLATES.get_template("register.html")


class DisclosureService(PlatformService):
    name = "disclosure"
    law = Law()

    @rpc(permission="disclosure.register.publish")
    def publish_entry(self, entry):
        """Put a judgment debtor on the register after the decision that they lack conditions;
        the publication is owed within 5 working days of that decision (Art. 11.1)."""
        data = load(ENTRY_IN, entry, "register entry")
        identity = self.caller.require_jurisdiction(data["authority"])
        session = self.db.session
        listed = session.scalar(select(RegisterEntry.id).where(
            RegisterEntry.case_id == data["case_id"],
            RegisterEntry.debtor_name == data["debtor_name"],
            RegisterEntry.removed_on.is_(None)))
        if listed is not None:
            raise Conflict(f"{data['debtor_name']} is already on the register for this case",
                           {"entry_id": listed})
        record = RegisterEntry(id=str(uuid.uuid4()), published_by=identity.user, **data)
        due = deadlines.owe(session, self.law.calendar, self.law.params, rules.PUBLISH_ENTRY,
                            starts_on=data["decided_on"], authority=record.authority,
                            subject_type="register_entry", subject_id=record.id,
                            case_id=record.case_id)
        deadlines.meet(session, rule_id=rules.PUBLISH_ENTRY.rule_id,
                       subject_type="register_entry", subject_id=record.id,
                       on=data["published_on"])
        record.publish_by = due.due_on
        session.add(record)
        self.db.audit("register_entry.published", subject_type="register_entry",
                      subject_id=record.id,
                      legal_basis=f"{rules.PUBLISH_ENTRY.article}; Law Art. 44a",
                      details={"case_id": record.case_id,
                               "decision": record.lacking_conditions_decision,
                               "publish_by": record.publish_by.isoformat()})
        return ENTRY_OUT.dump(record)

    @rpc(permission="disclosure.register.remove")
    def remove_entry(self, entry_id, removal):
        """Take a debtor off the register on the decision to resume enforcement or the
        certification of fulfilment; owed within 2 working days of it (Art. 11.3)."""
        require_id(entry_id, "entry_id")
        data = load(REMOVAL_IN, removal, "removal")
        session = self.db.session
        record = session.get(RegisterEntry, entry_id)
        if record is None:
            raise NotFound(f"no register entry {entry_id!r}", {"entry_id": entry_id})
        identity = self.caller.require_jurisdiction(record.authority)
        if record.removed_on is not None:
            raise Conflict(f"entry {entry_id} was removed on {record.removed_on.isoformat()}",
                           {"removed_on": record.removed_on.isoformat()})
        if not rules.removal_ground_is_lawful(data["ground"]):
            raise ValidationError("an entry is removed only on the decision to resume or the "
                                  "certification of fulfilment (Decree 62/2015 Art. 11.3)",
                                  {"ground": [(f"must be {rules.RESUMPTION_DECISION} or "
                                               f"{rules.OBLIGATION_FULFILLED}")]})
        if data["removed_on"] < record.published_on:
            raise ValidationError("an entry cannot be removed before it was published",
                                  {"removed_on": [f"before {record.published_on.isoformat()}"]})
        due = deadlines.owe(session, self.law.calendar, self.law.params, rules.REMOVE_ENTRY,
                            starts_on=data["document_on"], authority=record.authority,
                            subject_type="register_entry", subject_id=record.id,
                            case_id=record.case_id)
        deadlines.meet(session, rule_id=rules.REMOVE_ENTRY.rule_id,
                       subject_type="register_entry", subject_id=record.id,
                       on=data["removed_on"])
        record.removal_ground, record.removal_document = data["ground"], data["document"]
        record.removal_document_on, record.removed_on = data["document_on"], data["removed_on"]
        record.remove_by, record.removed_by = due.due_on, identity.user
        self.db.audit("register_entry.removed", subject_type="register_entry",
                      subject_id=record.id, legal_basis=rules.REMOVE_ENTRY.article,
                      details={"ground": record.removal_ground,
                               "document": record.removal_document,
                               "remove_by": record.remove_by.isoformat()})
        return ENTRY_OUT.dump(record)

    @http("GET", "/")
    def register_page(self, request):
        """The public register as a web page (Vietnamese)."""
        try:
            listing = self._listing(request)
        except ValidationError as exc:
            body = REGISTER_PAGE.render(title=TITLE, error="Tham số không hợp lệ: " + "; ".join(
                f"{k}: {', '.join(v)}" for k, v in exc.fields.items()), authority=None)
            return Response(body, status=400, content_type="text/html; charset=utf-8")

        def page_url(page):
            query = {"page": page, **({"authority": listing["authority"]}
                                      if listing["authority"] else {})}
            return "/?" + urlencode(query)

        body = REGISTER_PAGE.render(
            title=TITLE, page_url=page_url, first_number=(listing["page"] - 1) * PER_PAGE + 1,
            pages=max(1, math.ceil(listing["total"] / PER_PAGE)), **listing)
        return Response(body, status=200, content_type="text/html; charset=utf-8")

    @http("GET", "/api/register")
    def register_api(self, request):
        """The public register as JSON: ``?authority=`` filters, ``?page=`` pages."""
        try:
            listing = self._listing(request)
            status = 200
        except ValidationError as exc:
            listing, status = {"error": exc.code, "message": exc.message,
                               "fields": exc.fields}, 400
        return Response(json.dumps(listing, ensure_ascii=False), status=status,
                        content_type="application/json; charset=utf-8",
                        headers={"Access-Control-Allow-Origin": "*"})

    def _listing(self, request):
        authority = (request.args.get("authority") or "").strip() or None
        if authority is not None and len(authority) > 50:
            raise ValidationError("authority is too long", {"authority": ["at most 50 characters"]})
        raw_page = request.args.get("page", "1")
        if not raw_page.isdigit() or int(raw_page) < 1:
            raise ValidationError("page must be a positive whole number",
                                  {"page": [f"{raw_page!r} is not a page number"]})
        page = int(raw_page)
        today = datetime.now(VIETNAM).date()
        # rules.is_listed, as a query: published on or before today, not yet removed today.
        listed = [RegisterEntry.published_on <= today,
                  or_(RegisterEntry.removed_on.is_(None), RegisterEntry.removed_on > today)]
        if authority is not None:
            listed.append(RegisterEntry.authority == authority)
        session = self.db.session
        total = session.scalar(select(func.count()).select_from(RegisterEntry).where(*listed))
        entries = session.scalars(
            select(RegisterEntry).where(*listed)
            .order_by(RegisterEntry.published_on.desc(), RegisterEntry.debtor_name,
                      RegisterEntry.id)
            .limit(PER_PAGE).offset((page - 1) * PER_PAGE)).all()
        return {"as_of": today.isoformat(), "authority": authority, "page": page,
                "per_page": PER_PAGE, "total": total,
                "entries": [rules.public_record(e) for e in entries
                            if rules.is_listed(e.published_on, e.removed_on, today)]}
