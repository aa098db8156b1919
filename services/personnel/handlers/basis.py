"""The legal basis of an audit row that cites a row of data: the article, then the text the row
cites (a decision that drew a map, a reorganisation). ``UnitOfWork.audit`` fits it to the audit's
column and keeps the whole text in the details."""


def basis_with(article, source):
    """``"<article>; <source>"``."""
    return f"{article}; {source}"
