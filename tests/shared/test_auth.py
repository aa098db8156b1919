import pytest

import shared.auth

from shared.auth import issue_token, verify_token
from shared.errors import Unauthenticated

KEY = "a-test-key-of-at-least-32-bytes-long"


def test_signed_identity_round_trips():
    identity = verify_token(KEY, issue_token(KEY, "an@HN-01", "desk_officer", "HN-01"))
    assert (identity.user, identity.role, identity.authority) == (
        "an@HN-01", "desk_officer", "HN-01")


@pytest.mark.parametrize("token, reason", [
    (None, "no identity"),
    ("", "no identity"),
    ("garbage", "not a valid token"),
    (issue_token("another-key-of-at-least-32-bytes-long", "x", "desk_officer", "HN-01"), "signature is not valid"),
    (issue_token(KEY, "x", "desk_officer", "HN-01", ttl_seconds=-10), "expired"),
])
def test_bad_identities_are_refused_with_a_reason(token, reason):
    with pytest.raises(Unauthenticated) as err:
        verify_token(KEY, token)
    assert reason in err.value.message


def test_a_remembered_identity_still_expires(monkeypatch):
    token = issue_token(KEY, "an@HN-01", "desk_officer", "HN-01", ttl_seconds=60)
    assert verify_token(KEY, token).user == "an@HN-01"
    assert verify_token(KEY, token).user == "an@HN-01"  # answered from memory
    later = shared.auth._now() + 61
    monkeypatch.setattr(shared.auth, "_now", lambda: later)
    with pytest.raises(Unauthenticated, match="expired"):
        verify_token(KEY, token)


def test_a_remembered_token_is_not_accepted_under_another_key():
    token = issue_token(KEY, "an@HN-01", "desk_officer", "HN-01")
    verify_token(KEY, token)
    with pytest.raises(Unauthenticated, match="signature is not valid"):
        verify_token("another-key-of-at-least-32-bytes-long", token)
