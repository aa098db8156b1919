"""A reference stand-in for the immigration authority: it reads the exit suspensions the
enforcement platform decides and lifts (Decree 62/2015 Art. 51) with a plain AMQP client (kombu,
not nameko), as a real border-control system would, and keeps the list of persons who may not
leave in a JSON file.

The contract it implements is docs/integrations.md, "Immigration: exit suspension":
its own durable queue ``<login>.exit-bans`` bound to the exchange ``cases.events`` with the
routing keys ``exit_suspension.decided`` and ``exit_suspension.lifted``; a message is accepted
only from a publisher it trusts (the AMQP ``user_id`` RabbitMQ validated), de-duplicated by
``event_id``, stored, then acknowledged (at least once, any order: a lift that arrives before
its decision is kept and wins).

    python deploy/immigration/standin.py run [--seconds N]   # consume (until Ctrl-C or N s)
    python deploy/immigration/standin.py check 001190012345  # is this person stopped?

Environment: ``AMQP_URI`` (default amqp://guest:guest@127.0.0.1:5672/), ``IMMIGRATION_LOGIN``
(queue prefix, default ``immigration``), ``IMMIGRATION_STATE`` (default var/immigration.json),
``IMMIGRATION_TRUSTED_PUBLISHERS`` (comma-separated logins, default ``cases``; ``guest`` only in
development and tests).
"""
import argparse
import json
import os
import socket
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from kombu import Connection, Exchange, Queue, binding

ROUTING_KEYS = ("exit_suspension.decided", "exit_suspension.lifted")


def _settings():
    return {"uri": os.environ.get("AMQP_URI", "amqp://guest:guest@127.0.0.1:5672/"),
            "login": os.environ.get("IMMIGRATION_LOGIN", "immigration"),
            "state": Path(os.environ.get("IMMIGRATION_STATE", "var/immigration.json")),
            "trusted": set(os.environ.get("IMMIGRATION_TRUSTED_PUBLISHERS", "cases")
                           .split(","))}


def load_state(path):
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    return {"seen": [], "suspensions": {}}


def save_state(path, state):
    """Written to a temporary file and renamed, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False,
                                     encoding="utf-8") as out:
        json.dump(state, out, ensure_ascii=False, indent=1)
    os.replace(out.name, path)


def apply(state, envelope, now):
    """The effect of one envelope on the list; a repeated ``event_id`` changes nothing."""
    if envelope["event_id"] in state["seen"]:
        return False
    state["seen"].append(envelope["event_id"])
    payload = envelope["payload"]
    entry = state["suspensions"].setdefault(payload["suspension_id"], {})
    if envelope["type"] == "exit_suspension.decided":
        entry.update({"person": payload["person"], "decided_on": payload["decided_on"],
                      "authority": envelope["authority"], "case_id": envelope["case_id"],
                      "basis": payload["basis"], "received_at": now})
        entry.setdefault("lifted_on", None)
    else:
        entry.update({"lifted_on": payload["lifted_on"], "lift_ground": payload["ground"],
                      "identity_number": payload["identity_number"], "lift_received_at": now})
    return True


def stopped(state, identity_number):
    """Whether the person is stopped at the border: a suspension decided and not lifted."""
    return any(e.get("person", {}).get("identity_number") == identity_number
               and e.get("decided_on") and not e.get("lifted_on")
               for e in state["suspensions"].values())


def run(seconds=None):
    cfg = _settings()
    exchange = Exchange("cases.events", type="topic", durable=True, passive=True)
    queue = Queue(f"{cfg['login']}.exit-bans", durable=True,
                  bindings=[binding(exchange, routing_key=k) for k in ROUTING_KEYS])
    until = None if seconds is None else time.monotonic() + seconds

    def on_message(body, message):
        publisher = message.properties.get("user_id")
        if publisher not in cfg["trusted"]:
            print(f"refused: publisher {publisher!r} not trusted", file=sys.stderr)
            message.reject()  # not requeued: an untrusted message never becomes a ban
            return
        envelope = body if isinstance(body, dict) else json.loads(body)
        state = load_state(cfg["state"])
        if apply(state, envelope, datetime.now(timezone.utc).isoformat()):
            save_state(cfg["state"], state)
            print(f"{envelope['type']} {envelope['payload']['suspension_id']}", flush=True)
        message.ack()  # after storing: at least once

    with Connection(cfg["uri"]) as conn:
        while True:  # the exchange may not exist before the platform first starts
            try:
                exchange(conn.channel()).declare()  # passive: only checks that it exists
                queue(conn.channel()).declare()
                break
            except Exception as exc:  # noqa: BLE001 - a missing exchange is reported, retried
                print(f"waiting for cases.events: {exc}", file=sys.stderr, flush=True)
                if until is not None and time.monotonic() > until:
                    return
                time.sleep(1)
        with conn.Consumer(queue, callbacks=[on_message], accept=["json"]):
            print("ready", flush=True)
            while until is None or time.monotonic() < until:
                try:
                    conn.drain_events(timeout=0.2)
                except socket.timeout:
                    pass


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    consume = sub.add_parser("run")
    consume.add_argument("--seconds", type=float, default=None)
    check = sub.add_parser("check")
    check.add_argument("identity_number")
    args = parser.parse_args(argv)
    if args.command == "run":
        run(args.seconds)
    else:
        blocked = stopped(load_state(_settings()["state"]), args.identity_number)
        print("stopped" if blocked else "may leave")
        return 1 if blocked else 0


if __name__ == "__main__":
    sys.exit(main())
