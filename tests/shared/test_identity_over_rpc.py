"""A real service, called through the broker, accepts only the identity issuer's tokens and
refuses to start without its public keys (issue 7.2: no working secret ships in the config)."""
import shutil
import time
import uuid

import jwt
import pytest

from services.cases.service import CasesService
from shared.auth import IdentityConfigurationError
from shared.errors import NotFound, Unauthenticated
from shared.identity import TokenIssuer, generate_key_pair, keygen
from tests.conftest import IDENTITY_CONFIG

ISS, AUD = IDENTITY_CONFIG["IDENTITY_ISSUER"], IDENTITY_CONFIG["IDENTITY_AUDIENCE"]


def issuer_of(keys_dir, kid, iss=ISS, aud=AUD):
    return TokenIssuer.from_key_dir(keys_dir, kid, iss, aud)


def accepted(rpc_as, token):
    """True if cases let the caller through (the unknown case is then NotFound)."""
    with rpc_as("desk_officer", raw_token=token) as rpc, pytest.raises(NotFound):
        rpc.cases.get_case(str(uuid.uuid4()))
    return True


def refusal(rpc_as, token):
    with rpc_as("desk_officer", raw_token=token) as rpc, pytest.raises(Unauthenticated) as err:
        rpc.cases.get_case(str(uuid.uuid4()))
    return err.value.message


def test_only_the_configured_issuers_tokens_get_through(container_factory, service_config,
                                                        rpc_as, token):
    container_factory(CasesService, service_config("cases")).start()
    assert accepted(rpc_as, token("desk_officer"))
    now = int(time.time())
    claims = {"iss": ISS, "aud": AUD, "sub": "mallory", "role": "desk_officer",
              "authority": "HN-01", "iat": now, "exp": now + 600}
    kid = jwt.get_unverified_header(token("desk_officer"))["kid"]
    other = TokenIssuer(generate_key_pair()[0], kid, ISS, AUD)
    assert "signature is not valid" in refusal(rpc_as, other.issue("m", "desk_officer", "HN-01"))
    # The token every service used to accept: HS256 with the secret its config shipped with.
    old = jwt.encode(claims, "dev-only-identity-secret-change-me", algorithm="HS256")
    assert "'HS256'" in refusal(rpc_as, old)
    assert "'none'" in refusal(rpc_as, jwt.encode(claims, None, algorithm="none",
                                                  headers={"kid": kid}))
    assert "unknown key 'elsewhere'" in refusal(
        rpc_as, TokenIssuer(generate_key_pair()[0], "elsewhere", ISS, AUD).issue(
            "m", "desk_officer", "HN-01"))


def test_wrong_audience_or_issuer_is_refused(container_factory, service_config, rpc_as,
                                            tmp_path):
    keygen(tmp_path, "k1")
    container_factory(CasesService, service_config(
        "cases", IDENTITY_PUBLIC_KEYS=str(tmp_path / "public"))).start()
    assert accepted(rpc_as, issuer_of(tmp_path, "k1").issue("an", "desk_officer", "HN-01"))
    wrong_aud = issuer_of(tmp_path, "k1", aud="another-platform")
    assert "another audience" in refusal(rpc_as, wrong_aud.issue("an", "desk_officer", "HN-01"))
    wrong_iss = issuer_of(tmp_path, "k1", iss="a-court-system-minting-its-own")
    assert "another issuer" in refusal(rpc_as, wrong_iss.issue("an", "desk_officer", "HN-01"))


def test_a_rotated_key_verifies_while_its_public_key_is_configured(
        container_factory, service_config, rpc_as, tmp_path):
    keygen(tmp_path, "2026-10")
    keygen(tmp_path, "2026-11")  # the issuer now signs with 2026-11; 2026-10 is being retired
    old_token = issuer_of(tmp_path, "2026-10").issue("an", "desk_officer", "HN-01")
    new_token = issuer_of(tmp_path, "2026-11").issue("an", "desk_officer", "HN-01")
    rotating = container_factory(CasesService, service_config(
        "cases", IDENTITY_PUBLIC_KEYS=str(tmp_path / "public")))
    rotating.start()
    assert accepted(rpc_as, old_token) and accepted(rpc_as, new_token)
    rotating.stop()
    # Retire the old key: remove its public key and restart the service.
    retired = tmp_path / "retired"
    shutil.copytree(tmp_path / "public", retired)
    (retired / "2026-10.pem").unlink()
    container_factory(CasesService, service_config(
        "cases", IDENTITY_PUBLIC_KEYS=str(retired))).start()
    assert accepted(rpc_as, new_token)
    assert "unknown key '2026-10'" in refusal(rpc_as, old_token)


@pytest.mark.parametrize("changes, reason", [
    ({"IDENTITY_PUBLIC_KEYS": None}, "IDENTITY_PUBLIC_KEYS is not set"),
    ({"IDENTITY_PUBLIC_KEYS": "/nonexistent/identity/public"}, "does not exist"),
    ({"IDENTITY_SECRET": "dev-only-identity-secret-change-me"}, "IDENTITY_SECRET is set"),
    ({"IDENTITY_ISSUER": "enforcement-identity-dev"}, "development issuer"),
])
def test_a_service_refuses_to_start_without_keys_outside_dev_mode(
        container_factory, service_config, changes, reason):
    container = container_factory(CasesService, service_config("cases", **changes))
    with pytest.raises(IdentityConfigurationError) as err:
        container.start()
    assert reason in str(err.value)


def test_the_config_that_ships_starts_only_in_dev_mode(container_factory, service_config,
                                                      tmp_path, monkeypatch):
    # config.yaml as it ships (no IDENTITY_* environment): no keys, so no start.
    for name in ("IDENTITY_PUBLIC_KEYS", "IDENTITY_ISSUER", "IDENTITY_AUDIENCE",
                 "IDENTITY_SECRET", "PLATFORM_DEV_MODE"):
        monkeypatch.delenv(name, raising=False)
    from shared.config import load_config
    shipped = {name: load_config("cases").get(name) for name in (
        "IDENTITY_PUBLIC_KEYS", "IDENTITY_ISSUER", "IDENTITY_AUDIENCE", "IDENTITY_SECRET",
        "PLATFORM_DEV_MODE")}
    assert not shipped["IDENTITY_SECRET"] and not shipped["IDENTITY_PUBLIC_KEYS"]
    container = container_factory(CasesService, service_config("cases", **shipped))
    with pytest.raises(IdentityConfigurationError, match="refusing to start"):
        container.start()
    # Development keys (as `make run` makes them) start only with PLATFORM_DEV_MODE=1.
    keygen(tmp_path, "dev-local")
    dev = {**shipped, "IDENTITY_PUBLIC_KEYS": str(tmp_path / "public"),
           "IDENTITY_ISSUER": "enforcement-identity-dev"}
    with pytest.raises(IdentityConfigurationError, match="development keys"):
        container_factory(CasesService, service_config("cases", **dev)).start()
    container_factory(CasesService, service_config(
        "cases", **{**dev, "PLATFORM_DEV_MODE": "1"})).start()
