"""The legal basis of an audit row: the article, then the text a row of data cites (a decision
that drew a map, a reorganisation) — cut to the audit column with an ellipsis, the full text
kept in the audit's details."""
from shared.models import AuditRecord

AUDIT_BASIS_LENGTH = AuditRecord.__table__.c.legal_basis.type.length


def basis_with(article, source):
    """``"<article>; <source>"`` fitted to the audit's ``legal_basis`` column."""
    text = f"{article}; {source}"
    if len(text) <= AUDIT_BASIS_LENGTH:
        return text
    return text[:AUDIT_BASIS_LENGTH - 1] + "…"
