"""The public portal: the register as a web page (Vietnamese first, readable on a phone) and as
JSON. A bad query is a 400 naming the parameter, never a 500 or SQL (issue 7 items 9, 10)."""
import json
import math
from datetime import date
from pathlib import Path
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from werkzeug.wrappers import Response

from shared.entrypoints import http
from shared.errors import ValidationError
from shared.validation import load

from services.disclosure.handlers import portal as handlers
from services.disclosure.schemas import REGISTER_QUERY

TITLE = "Danh sách người phải thi hành án chưa có điều kiện thi hành"
INVALID = "Tham số không hợp lệ"  # "invalid parameters"
HTML, JSON = "text/html; charset=utf-8", "application/json; charset=utf-8"


def _vn_date(value):
    """ISO date -> dd/mm/yyyy, as dates are written in Vietnam."""
    return date.fromisoformat(value).strftime("%d/%m/%Y") if value else ""


TEMPLATES = Environment(loader=FileSystemLoader(Path(__file__).with_name("templates")),
                        autoescape=select_autoescape(["html"]), trim_blocks=True,
                        lstrip_blocks=True)
TEMPLATES.filters["vn_date"] = _vn_date
REGISTER_PAGE = TEMPLATES.get_template("register.html")


class PortalEntrypoints:
    def _listing(self, request):
        query = load(REGISTER_QUERY, request.args.to_dict(), INVALID)
        return handlers.register_listing(query, self.db, self.law, self.caller)

    @http("GET", "/")
    def register_page(self, request):
        """The public register as a web page (Vietnamese)."""
        try:
            listing = self._listing(request)
        except ValidationError as exc:
            body = REGISTER_PAGE.render(title=TITLE, error=f"{INVALID}: " + "; ".join(
                f"{k}: {', '.join(v)}" for k, v in exc.fields.items()), authority=None,
                name=None)
            return Response(body, status=400, content_type=HTML)

        def page_url(page):
            query = {"page": page, **{key: listing[key] for key in ("name", "authority")
                                      if listing[key]}}
            return "/?" + urlencode(query)

        body = REGISTER_PAGE.render(
            title=TITLE, page_url=page_url,
            first_number=(listing["page"] - 1) * listing["per_page"] + 1,
            pages=max(1, math.ceil(listing["total"] / listing["per_page"])), **listing)
        return Response(body, status=200, content_type=HTML)

    @http("GET", "/api/register")
    def register_api(self, request):
        """The public register as JSON: ``?authority=`` filters, ``?page=`` pages."""
        try:
            listing, status = self._listing(request), 200
        except ValidationError as exc:
            listing, status = {"error": exc.code, "message": exc.message,
                               "fields": exc.fields}, 400
        return Response(json.dumps(listing, ensure_ascii=False), status=status,
                        content_type=JSON, headers={"Access-Control-Allow-Origin": "*"})
