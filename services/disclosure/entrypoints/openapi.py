"""The OpenAPI 3 document of the public API, generated from the marshmallow schemas of
``schemas.py`` with apispec: the query schemas become the parameters, the output schemas the
responses, so the document cannot drift from what the API loads and dumps."""
from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin

from services.disclosure.schemas import (
    ErrorOut, NoticeListingOut, NoticeQuery, PageNumber, PublicEntryOut, RegisterListingOut,
    RegisterQuery, StatisticsOut, StatisticsQuery, Year)

MARSHMALLOW = MarshmallowPlugin()
SPEC = APISpec(title="Cổng công khai thi hành án dân sự — public disclosure API",
               version="1.0.0", openapi_version="3.0.3", plugins=[MARSHMALLOW],
               info={"description": "The public register of judgment debtors (Decree 62/2015 "
                                    "Art. 11), public notices (Art. 12.5, 15.1, 27) and open "
                                    "statistics. No identity is needed; searches are limited "
                                    "per client (429 with Retry-After)."})
MARSHMALLOW.map_to_openapi_type(PageNumber, "integer", None)
MARSHMALLOW.map_to_openapi_type(Year, "integer", None)
SPEC.components.schema("Error", schema=ErrorOut)


def _error(description):
    return {"description": description,
            "content": {"application/json": {"schema": "Error"}}}


def _ok(schema):
    return {"description": "OK", "content": {"application/json": {"schema": schema}}}


BAD = _error("a bad query parameter, named in ``fields``")
SPEC.path(path="/api/register", operations={"get": {
    "summary": "Search the register by name (diacritics folded), authority or province; paged",
    "parameters": [{"in": "query", "schema": RegisterQuery}],
    "responses": {"200": _ok(RegisterListingOut), "400": BAD,
                  "429": _error("too many searches from this client")}}})
SPEC.path(path="/api/entries/{entry_id}", operations={"get": {
    "summary": "One entry of the register",
    "parameters": [{"in": "path", "name": "entry_id", "required": True,
                    "schema": {"type": "string", "maxLength": 36}}],
    "responses": {"200": _ok(PublicEntryOut), "404": _error("no such entry"),
                  "410": _error("the entry was removed (Art. 11.3): none of it is shown")}}})
SPEC.path(path="/api/notices", operations={"get": {
    "summary": "The public notices shown today (heirs, enforcement, auctions, decisions)",
    "parameters": [{"in": "query", "schema": NoticeQuery}],
    "responses": {"200": _ok(NoticeListingOut), "400": BAD}}})
SPEC.path(path="/api/statistics", operations={"get": {
    "summary": "Open statistics per authority and month of a year; no personal data",
    "parameters": [{"in": "query", "schema": StatisticsQuery}],
    "responses": {"200": _ok(StatisticsOut), "400": BAD}}})

#: The document, built once at import.
DOCUMENT = SPEC.to_dict()
