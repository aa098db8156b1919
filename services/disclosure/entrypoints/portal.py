"""The public portal (issue 11 capability 4): the register, an entry's own page, the notices
and the statistics, as web pages (Vietnamese first, ``?lang=en`` for English, readable on a
phone) and as JSON with an OpenAPI document (``/api/openapi.json``).

A bad query is a 400 naming the parameter, never a 500 or SQL; a removed entry is 410 Gone
without any of its old content; searches are limited per client (429 with ``Retry-After``);
every answer says how long a CDN may keep it (``PORTAL_MAX_AGE_SECONDS``, short so that a
removal shows within a minute), and errors are not cached.
"""
import json
import math
from datetime import date
from pathlib import Path
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from nameko.dependency_providers import Config
from werkzeug.wrappers import Response

from shared.entrypoints import http
from shared.errors import ValidationError
from shared.validation import load

from services.disclosure.entrypoints import openapi
from services.disclosure.entrypoints.chart import bar_chart
from services.disclosure.entrypoints.texts import TEXTS, language
from services.disclosure.handlers import portal as handlers
from services.disclosure.handlers import statistics as statistics_handlers
from services.disclosure.ratelimit import SearchRateLimit
from services.disclosure.rules.notices import KINDS
from services.disclosure.schemas import (
    ENTRY_PUBLIC_OUT, NOTICE_LISTING_OUT, NOTICE_QUERY, REGISTER_LISTING_OUT, REGISTER_QUERY,
    STATISTICS_OUT, STATISTICS_QUERY)

HTML, JSON = "text/html; charset=utf-8", "application/json; charset=utf-8"
INVALID = "Tham số không hợp lệ"  # "invalid parameters", the message of a 400


def _vn_date(value):
    """ISO date -> dd/mm/yyyy, as dates are written in Vietnam."""
    return date.fromisoformat(value).strftime("%d/%m/%Y") if value else ""


def _vnd(amount):
    """An integer amount of đồng written as in Vietnam: 2.450.000.000."""
    return f"{amount:,}".replace(",", ".") if amount is not None else ""


TEMPLATES = Environment(loader=FileSystemLoader(Path(__file__).with_name("templates")),
                        autoescape=select_autoescape(["html"]), trim_blocks=True,
                        lstrip_blocks=True)
TEMPLATES.filters.update(vn_date=_vn_date, vnd=_vnd)


def _query_url(path, lang, **query):
    """``path`` with ``query`` (empty values left out) and the language if not Vietnamese."""
    query = {k: v for k, v in query.items() if v not in (None, "")}
    if lang == "en":
        query["lang"] = "en"
    return path + ("?" + urlencode(query) if query else "")


def _error_text(exc):
    return f"{INVALID}: " + "; ".join(f"{k}: {', '.join(map(str, v))}"
                                      for k, v in exc.fields.items())


class PortalEntrypoints:
    config = Config()
    search_limit = SearchRateLimit()

    # --- answers ---

    def _cache(self, status):
        """Cache-Control: a shared cache (CDN) may keep pages, 404 and 410 for a short while
        (``s-maxage``: a removal shows within it); a browser asks again each time
        (``max-age=0``), so a visitor never sees a removed debtor from their own cache. A 400 or
        429 is about this request only and is not kept."""
        if status in (200, 404, 410):
            age = int(self.config.get("PORTAL_MAX_AGE_SECONDS", 60))
            return {"Cache-Control": f"public, max-age=0, s-maxage={age}"}
        return {"Cache-Control": "no-store"}

    def _page(self, request, template, title_key, status=200, extra_headers=None, **context):
        lang = language(request.args)
        t = TEXTS[lang]
        args = {k: v for k, v in request.args.items() if k != "lang"}
        switch = _query_url(request.path, t["switch_lang"], **args)
        body = TEMPLATES.get_template(template).render(
            lang=lang, t=t, title=t[title_key], switch_url=switch,
            link=lambda path: _query_url(path, lang), **context)
        return Response(body, status=status, content_type=HTML,
                        headers={**self._cache(status), **(extra_headers or {})})

    def _json(self, body, status=200, extra_headers=None):
        return Response(json.dumps(body, ensure_ascii=False), status=status, content_type=JSON,
                        headers={"Access-Control-Allow-Origin": "*", **self._cache(status),
                                 **(extra_headers or {})})

    def _throttled(self, request):
        """``None``, or the seconds the client must wait (the search is then refused)."""
        return self.search_limit.hit(request.remote_addr or "unknown")

    # --- the register ---

    def _listing(self, request):
        query = load(REGISTER_QUERY, request.args.to_dict(), INVALID)
        return handlers.register_listing(query, self.db, self.law, self.caller)

    @http("GET", "/")
    def register_page(self, request):
        """The register as a web page: search by name, authority, province; paged."""
        lang = language(request.args)
        wait = self._throttled(request)
        if wait is not None:
            return self._page(request, "message.html", "register_title", status=429,
                              extra_headers={"Retry-After": str(wait)},
                              message=TEXTS[lang]["too_many"])
        try:
            listing = self._listing(request)
        except ValidationError as exc:
            return self._page(request, "register.html", "register_title", status=400,
                              error=_error_text(exc), name=None, authority=None,
                              province=None)

        def page_url(page):
            return _query_url("/", lang, page=page, name=listing["name"],
                              authority=listing["authority"], province=listing["province"])

        return self._page(
            request, "register.html", "register_title", page_url=page_url,
            first_number=(listing["page"] - 1) * listing["per_page"] + 1,
            pages=max(1, math.ceil(listing["total"] / listing["per_page"])), **listing)

    @http("GET", "/api/register")
    def register_api(self, request):
        """The register as JSON (``RegisterListingOut``)."""
        wait = self._throttled(request)
        if wait is not None:
            return self._json({"error": "too_many_requests", "message": TEXTS["vi"]["too_many"],
                               "fields": {}}, 429, {"Retry-After": str(wait)})
        try:
            return self._json(REGISTER_LISTING_OUT.dump(self._listing(request)))
        except ValidationError as exc:
            return self._json({"error": exc.code, "message": exc.message,
                               "fields": exc.fields}, 400)

    # --- an entry's own page ---

    def _entry(self, entry_id):
        if len(entry_id) > 36:  # no entry has a longer id: not found, without a query
            return "unknown", None
        return handlers.entry_page(entry_id, self.db, self.law, self.caller)

    @http("GET", "/entries/<string:entry_id>")
    def entry_page(self, request, entry_id):
        """One entry: 200 while listed, 410 Gone once removed (none of its content), 404."""
        status, record = self._entry(entry_id)
        t = TEXTS[language(request.args)]
        if status == "listed":
            return self._page(request, "entry.html", "entry_title", entry=record)
        if status == "removed":
            return self._page(request, "message.html", "gone_title", status=410,
                              message=t["gone_text"])
        return self._page(request, "message.html", "entry_title", status=404,
                          message=t["not_found"])

    @http("GET", "/api/entries/<string:entry_id>")
    def entry_api(self, request, entry_id):
        """One entry as JSON (``PublicEntryOut``); 410 ``gone``; 404 ``not_found``."""
        status, record = self._entry(entry_id)
        if status == "listed":
            return self._json(ENTRY_PUBLIC_OUT.dump(record))
        if status == "removed":
            return self._json({"error": "gone", "message": TEXTS["vi"]["gone_text"],
                               "fields": {}}, 410)
        return self._json({"error": "not_found", "message": TEXTS["vi"]["not_found"],
                           "fields": {}}, 404)

    # --- notices ---

    def _notices(self, request):
        query = load(NOTICE_QUERY, request.args.to_dict(), INVALID)
        return handlers.notices_listing(query, self.db, self.law, self.caller)

    @http("GET", "/notices")
    def notices_page(self, request):
        """The notices shown today, by kind and authority, paged."""
        lang = language(request.args)
        try:
            listing = self._notices(request)
        except ValidationError as exc:
            return self._page(request, "notices.html", "notices_title", status=400,
                              error=_error_text(exc), kinds=KINDS, kind=None, authority=None)

        def page_url(page):
            return _query_url("/notices", lang, page=page, kind=listing["kind"],
                              authority=listing["authority"])

        return self._page(request, "notices.html", "notices_title", kinds=KINDS,
                          page_url=page_url,
                          pages=max(1, math.ceil(listing["total"] / listing["per_page"])),
                          **listing)

    @http("GET", "/api/notices")
    def notices_api(self, request):
        """The notices as JSON (``NoticeListingOut``)."""
        try:
            return self._json(NOTICE_LISTING_OUT.dump(self._notices(request)))
        except ValidationError as exc:
            return self._json({"error": exc.code, "message": exc.message,
                               "fields": exc.fields}, 400)

    # --- statistics ---

    def _statistics(self, request):
        query = load(STATISTICS_QUERY, request.args.to_dict(), INVALID)
        return statistics_handlers.statistics(query, self.db, self.law, self.caller)

    @http("GET", "/statistics")
    def statistics_page(self, request):
        """The open statistics of a year, with a chart (server-side SVG)."""
        t = TEXTS[language(request.args)]
        try:
            figures = self._statistics(request)
        except ValidationError as exc:
            return self._page(request, "statistics.html", "statistics_title", status=400,
                              error=_error_text(exc), year=None, authority=None)
        chart = bar_chart(figures["rows"], (t["received"], t["completed"]))
        return self._page(request, "statistics.html", "statistics_title", chart=chart,
                          **figures)

    @http("GET", "/api/statistics")
    def statistics_api(self, request):
        """The open statistics as JSON (``StatisticsOut``)."""
        try:
            return self._json(STATISTICS_OUT.dump(self._statistics(request)))
        except ValidationError as exc:
            return self._json({"error": exc.code, "message": exc.message,
                               "fields": exc.fields}, 400)

    @http("GET", "/api/openapi.json")
    def openapi_document(self, request):
        """The OpenAPI 3 document of the public API, generated from the marshmallow schemas."""
        return self._json(openapi.DOCUMENT)
