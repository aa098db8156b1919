"""Who is notified and by which channel (Law Art. 39.1; Decree 62/2015 Art. 12.1)."""
from services.notifications.rules import notices as rules


def test_initial_channel_is_direct():
    assert rules.initial_channel() == rules.DIRECT


def test_recipients_of_decision_get_one_notice_each():
    parties = [{"party_id": "P1", "role": "judgment_creditor"},
               {"party_id": "P2", "role": "judgment_debtor"},
               {"party_id": "P1", "role": "judgment_creditor"}]
    assert [p["party_id"] for p in rules.recipients_of_decision(parties)] == ["P1", "P2"]
