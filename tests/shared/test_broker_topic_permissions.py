"""Orders to banks stay confidential on the broker (Decree 62/2015 Art. 20.3): each institution's
login reads only ``institution.<its id>.#`` on ``property.events`` and publishes only its kind's
answer types (RabbitMQ topic permissions, ``python -m shared.brokerusers apply``). Checked on the
real broker in a fresh vhost with the users of ``deploy/rabbitmq/users.json``."""
import importlib.util
import json
import re
import subprocess
import sys
import uuid

import pytest
import requests
from amqp.exceptions import AccessRefused
from kombu import Connection, Exchange, Queue

from shared import brokerusers
from shared.config import ROOT
from tests.conftest import wait_for
from tests.shared.test_broker_users import ADMIN, API, fresh_vhost, uri  # noqa: F401 (fixture)

# passive: an institution's login may not declare them (make broker-users does)
ORDERS = Exchange("property.events", type="topic", durable=True, passive=True)
BANK_ANSWERS = Exchange("bank.events", type="topic", durable=True)
REFERENCE = ROOT / "deploy" / "institutions" / "reference.py"


def rules_of(login, spec=None):
    rules = brokerusers.topic_permissions(spec or brokerusers.load_spec())[login]
    return {rule["exchange"]: rule for rule in rules}


# -- the permissions as data ---------------------------------------------------------------------

def test_topic_permissions_let_a_bank_bind_only_its_own_orders():
    read = rules_of("bank-vcb")["property.events"]["read"]
    assert re.search(read, "institution.bank-vcb.#")
    assert re.search(read, "institution.bank-vcb.account_freeze.ordered")
    for too_wide in ("#", "institution.#", "institution.*.#", "*.bank-vcb.#",
                     "institution.bank-bidv.#", "institution.bank-vcb2.#", "institution.bank-vcb"):
        assert not re.search(read, too_wide), too_wide
    assert rules_of("bank-vcb")["property.events"]["write"] == "^$"


def test_topic_permissions_let_an_institution_publish_only_its_kinds_answer_types():
    bank = rules_of("bank-vcb")["bank.events"]
    assert bank["read"] == "^$"
    for answer in ("bank.account_frozen", "bank.account_garnished", "bank.account_freeze_lifted",
                   "bank.order_refused"):
        assert re.search(bank["write"], answer), answer
    for other in ("treasury.account_frozen", "vsdc.securities_frozen", "bank.anything",
                  "bank.account_frozen.x", "#", ""):
        assert not re.search(bank["write"], other), other
    vsdc = rules_of("vsdc")["vsdc.events"]["write"]
    assert re.search(vsdc, "vsdc.securities_sold") and not re.search(vsdc, "bank.order_refused")


def test_topic_permissions_follow_the_spec_and_the_contracts():
    spec = {"services": [], "institutions": {
        "bank-x": {"publishes": "bank", "reads": ["property"]},
        "border": {"publishes": "immigration", "reads": ["cases"]}}}
    perms = brokerusers.topic_permissions(spec, prefix="t-",
                                          answers=lambda kind: [f"{kind}.done"])
    assert perms["t-bank-x"] == [
        {"exchange": "property.events", "write": "^$", "read": "^institution\\.t\\-bank\\-x\\."},
        {"exchange": "bank.events", "read": "^$", "write": "^(bank\\.done)$"}]
    # an institution that reads no orders gets no rule on property.events
    assert [r["exchange"] for r in perms["t-border"]] == ["immigration.events"]
    # a kind without contracts yet may publish nothing
    assert brokerusers.topic_permissions(spec)["border"][0]["write"] == "^$"
    assert "treasury" in brokerusers.topic_permissions(brokerusers.load_spec())


def test_show_prints_each_institutions_topic_permissions(capsys):
    assert brokerusers.main(["show"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    topics = {(line["user"], line["topic"]["exchange"]): line["topic"]
              for line in lines if "topic" in line}
    assert topics[("bank-bidv", "property.events")]["read"] == "^institution\\.bank\\-bidv\\."
    assert ("treasury", "property.events") in topics  # the Treasury receives orders too
    assert not [line for line in lines if line["user"] == "cases" and "topic" in line]


def test_answer_types_are_the_event_types_of_the_kinds_contracts():
    assert brokerusers.answer_types("treasury") == [
        "treasury.account_freeze_lifted", "treasury.account_frozen",
        "treasury.account_garnished", "treasury.order_refused"]
    assert brokerusers.answer_types("immigration") == []


# -- on the broker -------------------------------------------------------------------------------

@pytest.fixture
def applied(fresh_vhost):
    spec, vhost, prefix, passwords = fresh_vhost
    done = brokerusers.apply(spec, API, ADMIN, vhost, prefix, passwords)
    return vhost, prefix, done


def bind(amqp_uri, queue, binding_key):
    with Connection(amqp_uri) as conn:
        Queue(queue, ORDERS, routing_key=binding_key, durable=True)(conn.channel()).declare()


def send_order(vhost, prefix, institution, body):
    with Connection(uri(f"{prefix}property", vhost),
                    transport_options={"confirm_publish": True}) as conn:
        conn.Producer().publish(body, exchange=ORDERS, serializer="json", declare=[],
                                routing_key=f"institution.{institution}.{body['type']}",
                                user_id=f"{prefix}property", delivery_mode=2)


def answer(amqp_uri, login, routing_key, exchange=BANK_ANSWERS):
    with Connection(amqp_uri, transport_options={"confirm_publish": True}) as conn:
        conn.Producer().publish({"type": routing_key}, exchange=exchange, serializer="json",
                                routing_key=routing_key, user_id=login, declare=[])


def drain(amqp_uri, queue):
    got = []
    with Connection(amqp_uri) as conn:
        q = Queue(queue, channel=conn.channel())
        while (message := q.get(no_ack=True)) is not None:
            got.append(message.payload)
    return got


@pytest.mark.integration
def test_a_bank_consumes_its_own_orders_and_never_another_banks(applied):
    vhost, prefix = applied[:2]
    vcb, bidv = uri(f"{prefix}bank-vcb", vhost), uri(f"{prefix}bank-bidv", vhost)
    bind(vcb, f"{prefix}bank-vcb.orders", f"institution.{prefix}bank-vcb.#")
    bind(bidv, f"{prefix}bank-bidv.orders", f"institution.{prefix}bank-bidv.#")
    for institution in ("bank-vcb", "bank-bidv", "bank-vcb"):
        send_order(vhost, prefix, prefix + institution,
                   {"type": "account_freeze.ordered", "institution": prefix + institution})
    assert drain(vcb, f"{prefix}bank-vcb.orders") == [
        {"type": "account_freeze.ordered", "institution": f"{prefix}bank-vcb"}] * 2
    assert drain(bidv, f"{prefix}bank-bidv.orders") == [
        {"type": "account_freeze.ordered", "institution": f"{prefix}bank-bidv"}]
    with pytest.raises(AccessRefused):  # nor read another bank's queue
        drain(vcb, f"{prefix}bank-bidv.orders")
    with pytest.raises(AccessRefused):  # nor declare a queue in another bank's name
        bind(vcb, f"{prefix}bank-bidv.copy", f"institution.{prefix}bank-vcb.#")


@pytest.mark.integration
@pytest.mark.parametrize("binding_key", ["#", "institution.#", "institution.*.#",
                                         "institution.{prefix}bank-bidv.#"])
def test_a_bank_binding_wider_than_its_own_orders_is_refused_by_the_broker(applied, binding_key):
    vhost, prefix = applied[:2]
    binding_key = binding_key.format(prefix=prefix)
    vcb = uri(f"{prefix}bank-vcb", vhost)
    with pytest.raises(AccessRefused) as refused:
        bind(vcb, f"{prefix}bank-vcb.spy", binding_key)
    # the message docs/integrations.md quotes
    assert (f"ACCESS_REFUSED - access to topic '{binding_key}' in exchange 'property.events' "
            f"in vhost '{vhost}' refused for user '{prefix}bank-vcb'") in str(refused.value)
    assert str(refused.value).startswith("Queue.bind: (403)")
    # not through an exchange of its own either (an exchange-to-exchange binding is checked too)
    with Connection(vcb) as conn:
        channel = conn.channel()
        mirror = Exchange(f"{prefix}bank-vcb.mirror", type="fanout", durable=False)
        mirror(channel).declare()
        with pytest.raises(AccessRefused):
            mirror(channel).bind_to(ORDERS, routing_key=binding_key)


@pytest.mark.integration
def test_an_institution_publishes_only_its_own_answer_types(applied):
    vhost, prefix = applied[:2]
    vcb, vsdc = uri(f"{prefix}bank-vcb", vhost), uri(f"{prefix}vsdc", vhost)
    answer(vcb, f"{prefix}bank-vcb", "bank.account_frozen")  # its own kind's answer: confirmed
    for foreign in ("vsdc.securities_frozen", "treasury.account_frozen", "bank.anything"):
        with pytest.raises(AccessRefused) as refused:
            answer(vcb, f"{prefix}bank-vcb", foreign)
        assert "access to topic" in str(refused.value)
    with pytest.raises(AccessRefused):  # VSDC answering as a bank on its own exchange
        answer(vsdc, f"{prefix}vsdc", "bank.account_frozen",
               Exchange("vsdc.events", type="topic", durable=True))
    with pytest.raises(AccessRefused):  # and not on the banks' exchange at all
        answer(vsdc, f"{prefix}vsdc", "bank.account_frozen")
    with pytest.raises(AccessRefused):  # a bank cannot send orders
        answer(vcb, f"{prefix}bank-vcb", f"institution.{prefix}bank-vcb.x", ORDERS)


@pytest.mark.integration
def test_topic_permissions_are_applied_once_and_restored_when_changed(applied, fresh_vhost):
    vhost, prefix, first = applied
    spec, passwords = fresh_vhost[0], fresh_vhost[3]
    assert f"topic permissions of {prefix}bank-vcb on {vhost}: property.events, bank.events" \
        in first
    again = brokerusers.apply(spec, API, ADMIN, vhost, prefix, passwords={})
    assert not [line for line in again if line.startswith("topic permissions")]
    # someone widened bank-vcb by hand: the next apply puts it back
    path = f"{API}/topic-permissions/{vhost}/{prefix}bank-vcb"
    requests.put(path, auth=ADMIN, timeout=10,
                 json={"exchange": "property.events", "write": "^$", "read": ".*"})
    restored = brokerusers.apply(spec, API, ADMIN, vhost, prefix, passwords={})
    assert [line for line in restored if line.startswith("topic permissions")] == [
        f"topic permissions of {prefix}bank-vcb on {vhost}: property.events, bank.events"]
    now = requests.get(path, auth=ADMIN, timeout=10).json()
    assert {(r["exchange"], r["read"]) for r in now} == {
        ("property.events", f"^institution\\.{re.escape(prefix)}bank\\-vcb\\."),
        ("bank.events", "^$")}


@pytest.mark.integration
def test_the_reference_bank_runs_under_its_own_confined_login(applied, tmp_path):
    """deploy/institutions/reference.py, logged in as bank-vcb, receives its order and answers
    on bank.events; that is all its login needs."""
    vhost, prefix = applied[:2]
    module = importlib.util.spec_from_file_location("reference_institution", REFERENCE)
    reference = importlib.util.module_from_spec(module)
    module.loader.exec_module(reference)
    keys = {"active": "k1", "keys": {"k1": "test-secret-topic-permissions"}}
    (tmp_path / "keys.json").write_text(json.dumps({f"{prefix}bank-vcb": keys}))
    requests.put(f"{API}/permissions/{vhost}/guest", auth=ADMIN, timeout=10,
                 json={"configure": ".*", "write": ".*", "read": ".*"})
    guest = f"amqp://guest:guest@127.0.0.1:5672/{vhost}"
    with Connection(guest) as conn:
        Queue("answers", BANK_ANSWERS, routing_key="#")(conn.channel()).declare()
    login = f"{prefix}bank-vcb"
    log = tmp_path / "bank.log"
    proc = subprocess.Popen(
        [sys.executable, str(REFERENCE), "run", "--institution", login, "--kind", "bank",
         "--holdings", str(REFERENCE.parent / "bank-vcb.json"), "--keys",
         str(tmp_path / "keys.json"), "--amqp", uri(login, vhost)],
        stdout=open(log, "ab"), stderr=subprocess.STDOUT)
    try:
        wait_for(lambda: proc.poll() is None and "ready on" in log.read_text(), timeout=20,
                 message="the reference bank")
        payload = reference.sign(keys, "account_freeze.ordered", 1, {
            "order_id": str(uuid.uuid4()), "institution": login, "case_id": "case-1",
            "account_number": "0011004455667", "amount": 50_000_000})
        send_order(vhost, prefix, login, {
            "event_id": str(uuid.uuid4()), "type": "account_freeze.ordered", "version": 1,
            "authority": "HN-01", "case_id": "case-1", "correlation_id": "c-1",
            "payload": payload})
        answers = wait_for(lambda: drain(guest, "answers"), timeout=20, message="the answer")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert [(a["type"], a["payload"]["frozen_amount"]) for a in answers] == [
        ("bank.account_frozen", 50_000_000)]
    text = log.read_text()
    assert "could not handle" not in text and "Traceback" not in text
    assert "property.events not declared" in text  # its login may not; make broker-users did
