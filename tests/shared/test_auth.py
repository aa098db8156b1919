"""Identities: EdDSA tokens from the one issuer, verified with public keys by kid (issue 7.2)."""
import json
import time

import jwt
import pytest
from cryptography.hazmat.primitives.serialization import load_pem_public_key

import shared.auth
from shared.auth import (DEV_ISSUER, IdentityConfigurationError, KeySet, load_keys,
                         load_public_keys, verify_token)
from shared.errors import Unauthenticated
from shared.identity import TokenIssuer, generate_key_pair, jwks, keygen, main

ISS, AUD = "identity.test", "enforcement-platform"
OLD_DEFAULT_SECRET = "dev-only-identity-secret-change-me"  # what every service used to accept


def pair(kid):
    private_pem, public_pem = generate_key_pair()
    return TokenIssuer(private_pem, kid, ISS, AUD), public_pem


def keyset(**public_pems):
    return KeySet({kid: load_pem_public_key(pem) for kid, pem in public_pems.items()}, ISS, AUD)


PRIVATE, PUBLIC = generate_key_pair()
SIGNER = TokenIssuer(PRIVATE, "k1", ISS, AUD)
KEYS = keyset(k1=PUBLIC)


def claims(**changes):
    now = int(time.time())
    base = {"iss": ISS, "aud": AUD, "sub": "x", "role": "desk_officer", "authority": "HN-01",
            "iat": now, "exp": now + 600}
    base.update(changes)
    return {k: v for k, v in base.items() if v is not None}


def test_signed_identity_round_trips():
    identity = verify_token(KEYS, SIGNER.issue("an@HN-01", "desk_officer", "HN-01"))
    assert (identity.user, identity.role, identity.authority) == (
        "an@HN-01", "desk_officer", "HN-01")
    assert jwt.get_unverified_header(SIGNER.issue("an", "r", "HN-01")) == {
        "alg": "EdDSA", "kid": "k1", "typ": "JWT"}


def forged():  # another private key claiming the issuer's kid
    return TokenIssuer(generate_key_pair()[0], "k1", ISS, AUD).issue("x", "desk_officer", "HN-01")


@pytest.mark.parametrize("make_token, reason", [
    (lambda: None, "no identity"),
    (lambda: "", "no identity"),
    (lambda: "garbage", "not a valid token"),
    (forged, "signature is not valid"),
    (lambda: SIGNER.issue("x", "desk_officer", "HN-01", ttl_seconds=-10), "expired"),
    # The old platform's token: HS256 with the secret that shipped in every config.
    (lambda: jwt.encode(claims(), OLD_DEFAULT_SECRET, algorithm="HS256"), "'HS256'"),
    (lambda: jwt.encode(claims(), OLD_DEFAULT_SECRET, algorithm="HS256",
                        headers={"kid": "k1"}), "'HS256'"),
    (lambda: jwt.encode(claims(), None, algorithm="none", headers={"kid": "k1"}), "'none'"),
    (lambda: TokenIssuer(PRIVATE, "k1", ISS, "another-platform").issue(
        "x", "desk_officer", "HN-01"), "another audience"),
    (lambda: TokenIssuer(PRIVATE, "k1", "someone-else", AUD).issue(
        "x", "desk_officer", "HN-01"), "another issuer"),
    (lambda: pair("k-unknown")[0].issue("x", "desk_officer", "HN-01"), "unknown key 'k-unknown'"),
    (lambda: jwt.encode(claims(), PRIVATE, algorithm="EdDSA"), "no signing key"),
    (lambda: jwt.encode(claims(authority=None), PRIVATE, algorithm="EdDSA",
                        headers={"kid": "k1"}), "authority"),
    (lambda: jwt.encode(claims(role=7), PRIVATE, algorithm="EdDSA",
                        headers={"kid": "k1"}), "non-empty strings"),
])
def test_bad_identities_are_refused_with_a_reason(make_token, reason):
    with pytest.raises(Unauthenticated) as err:
        verify_token(KEYS, make_token())
    assert reason in err.value.message


def test_a_remembered_identity_still_expires(monkeypatch):
    token = SIGNER.issue("an@HN-01", "desk_officer", "HN-01", ttl_seconds=60)
    assert verify_token(KEYS, token).user == "an@HN-01"
    assert verify_token(KEYS, token).user == "an@HN-01"  # answered from memory
    later = shared.auth._now() + 61
    monkeypatch.setattr(shared.auth, "_now", lambda: later)
    with pytest.raises(Unauthenticated, match="expired"):
        verify_token(KEYS, token)


def test_a_remembered_token_is_not_accepted_under_another_key():
    token = SIGNER.issue("an@HN-01", "desk_officer", "HN-01")
    verify_token(KEYS, token)
    with pytest.raises(Unauthenticated, match="signature is not valid"):
        verify_token(keyset(k1=generate_key_pair()[1]), token)


def test_an_old_key_verifies_while_configured_and_not_after():
    new_signer, new_public = pair("k2")
    old_token = SIGNER.issue("an@HN-01", "desk_officer", "HN-01")
    both = keyset(k1=PUBLIC, k2=new_public)
    assert verify_token(both, old_token).user == "an@HN-01"  # rotation: k1 still configured
    assert verify_token(both, new_signer.issue("bo@HN-01", "desk_officer", "HN-01")).user == \
        "bo@HN-01"
    with pytest.raises(Unauthenticated, match="unknown key 'k1'"):  # k1 retired
        verify_token(keyset(k2=new_public), old_token)


# --- what a service starts with ------------------------------------------------------------

@pytest.fixture
def keys_dir(tmp_path):
    keygen(tmp_path, "k1")
    return tmp_path


def config(keys_dir, **changes):
    base = {"IDENTITY_PUBLIC_KEYS": str(keys_dir / "public"), "IDENTITY_ISSUER": ISS,
            "IDENTITY_AUDIENCE": AUD, "PLATFORM_DEV_MODE": False}
    base.update(changes)
    return base


def test_a_complete_configuration_loads_its_public_keys(keys_dir):
    keys = load_keys(config(keys_dir))
    assert (keys.kids, keys.issuer, keys.audience) == (["k1"], ISS, AUD)
    issuer = TokenIssuer.from_key_dir(keys_dir, issuer=ISS, audience=AUD)
    assert verify_token(keys, issuer.issue("an", "desk_officer", "HN-01")).user == "an"


@pytest.mark.parametrize("changes, reason", [
    ({"IDENTITY_PUBLIC_KEYS": None}, "IDENTITY_PUBLIC_KEYS is not set"),
    ({"IDENTITY_PUBLIC_KEYS": "/nonexistent/keys"}, "does not exist"),
    ({"IDENTITY_ISSUER": None}, "IDENTITY_ISSUER is not set"),
    ({"IDENTITY_AUDIENCE": ""}, "IDENTITY_AUDIENCE is not set"),
    ({"IDENTITY_SECRET": OLD_DEFAULT_SECRET}, "IDENTITY_SECRET is set"),
    ({"IDENTITY_ISSUER": DEV_ISSUER}, "development issuer"),
])
def test_a_missing_or_unsafe_configuration_is_refused(keys_dir, changes, reason):
    with pytest.raises(IdentityConfigurationError) as err:
        load_keys(config(keys_dir, **changes))
    assert reason in str(err.value)
    assert "refusing to start" in str(err.value)


def test_empty_key_directory_and_private_keys_are_refused(tmp_path):
    (tmp_path / "public").mkdir()
    with pytest.raises(IdentityConfigurationError, match="no <kid>.pem"):
        load_keys(config(tmp_path))
    keygen(tmp_path, "k1")
    with pytest.raises(IdentityConfigurationError, match="services hold only public keys"):
        load_keys(config(tmp_path, IDENTITY_PUBLIC_KEYS=str(tmp_path / "private")))


def test_development_keys_only_in_development_mode(tmp_path):
    keygen(tmp_path, "dev-local")
    dev_only = config(tmp_path, IDENTITY_ISSUER=DEV_ISSUER)
    with pytest.raises(IdentityConfigurationError, match="development keys"):
        load_keys(dev_only)
    keys = load_keys({**dev_only, "PLATFORM_DEV_MODE": "1"})
    assert keys.kids == ["dev-local"] and keys.issuer == DEV_ISSUER


def test_a_jwks_file_is_a_key_set(keys_dir, tmp_path):
    document = tmp_path / "jwks.json"
    document.write_text(json.dumps(jwks(keys_dir / "public")))
    assert sorted(load_public_keys(document)) == ["k1"]
    keys = load_keys(config(keys_dir, IDENTITY_PUBLIC_KEYS=str(document)))
    token = TokenIssuer.from_key_dir(keys_dir, "k1", ISS, AUD).issue("an", "r", "HN-01")
    assert verify_token(keys, token).user == "an"


def test_the_issuer_cli_makes_keys_and_tokens(tmp_path, capsys):
    assert main(["keygen", str(tmp_path), "--kid", "2026-11"]) == 0
    assert oct((tmp_path / "private" / "2026-11.pem").stat().st_mode & 0o777) == "0o600"
    assert main(["keygen", str(tmp_path), "--kid", "2026-11"]) == 1  # never overwritten
    assert main(["keygen", str(tmp_path), "--kid", "2026-11", "--if-missing"]) == 0
    capsys.readouterr()
    assert main(["issue", "--key-dir", str(tmp_path), "--issuer", ISS, "--audience", AUD,
                 "--role", "court_system", "--authority", "HN-01", "--user", "court@x"]) == 0
    token = capsys.readouterr().out.strip()
    identity = verify_token(load_keys(config(tmp_path)), token)
    assert (identity.user, identity.role, identity.authority) == (
        "court@x", "court_system", "HN-01")
