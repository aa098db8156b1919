"""The text of a notice, rendered from templates kept as data (issue 10 capability 1).

One YAML file per document kind in ``templates/`` (``<document_type>.yaml``), each with a
Vietnamese (``vi``) and an English (``en``) ``subject`` and ``body`` written in Jinja2. The
Vietnamese text is the legal one and comes first; the English follows it. A lawyer edits the
wording there without touching code. Undefined fields fail loudly (``StrictUndefined``).
"""
from functools import lru_cache
from pathlib import Path

import yaml
from jinja2 import Environment, StrictUndefined

TEMPLATES = Path(__file__).parent / "templates"
LANGUAGES = ("vi", "en")
#: The fields a template may use: the notice's own (no other data reaches a template).
FIELDS = ("authority", "case_id", "document_type", "document_number", "document_issued_on",
          "recipient_name", "party_role", "due_by", "document_details")

_ENV = Environment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)


def vnd(amount):
    """Integer VND as written in Vietnamese documents: thousands separated by dots
    (1.500.000.000)."""
    return f"{int(amount):,}".replace(",", ".")


_ENV.filters["vnd"] = vnd


def kinds():
    """The document kinds that have a template."""
    return sorted(p.stem for p in TEMPLATES.glob("*.yaml"))


@lru_cache(maxsize=None)
def _templates(document_type):
    path = TEMPLATES / f"{document_type}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {lang: {part: _ENV.from_string(data[lang][part]) for part in ("subject", "body")}
            for lang in LANGUAGES}


def render(notice):
    """``(subject, body)`` of ``notice`` (a mapping with ``FIELDS``): each part in Vietnamese,
    then in English."""
    context = {field: notice.get(field) for field in FIELDS}
    parts = _templates(notice["document_type"])
    subject = " / ".join(parts[lang]["subject"].render(context).strip() for lang in LANGUAGES)
    body = "\n\n---\n\n".join(parts[lang]["body"].render(context).strip()
                              for lang in LANGUAGES)
    return subject, body + "\n"


def context_of(notice):
    """The fields of a ``Notice`` row a template may use."""
    return {field: getattr(notice, field) for field in FIELDS}
