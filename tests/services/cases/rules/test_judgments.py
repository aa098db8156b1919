"""Receiving judgments (Law Art. 28)."""
from services.cases.rules import judgments as rules


def test_judgment_received_cites_law_article_28():
    assert rules.JUDGMENT_RECEIVED == "Law on Civil Judgment Enforcement Art. 28"
