"""A reference institution: a bank, the State Treasury or VSDC playing the platform's contract
with a plain AMQP client (kombu), as an institution's engineer would write it from
docs/integrations.md. It is not part of the platform and imports nothing of it.

    python deploy/institutions/reference.py run --institution bank-vcb --kind bank \
        --holdings deploy/institutions/bank-vcb.json --keys var/institution-keys.json
    python deploy/institutions/reference.py keygen var/institution-keys.json   # dev keys

It declares its queue ``<institution>.orders`` bound to ``property.events`` with
``institution.<institution>.#`` (the platform's exchanges it declares only if its login may, as
``guest`` in development; an institution's own login in ``--amqp``, confined by
``make broker-users``, may not and need not), checks each order's signature with its key, applies the order
to its test holdings (accounts with balances; securities per holder) and answers on
``<kind>.events`` after ``--delay`` seconds. ``--mode`` makes it misbehave on purpose:
``refuse`` (every order refused), ``twice`` (every answer published twice: the same answer
under a new message id), ``bad-signature`` (answers signed with a wrong key). Options may also
come from the environment:
``AMQP_URI``, ``INSTITUTION_KEYS_FILE``, ``INSTITUTION_DELAY``, ``INSTITUTION_MODE``.
"""
import argparse
import hashlib
import hmac
import json
import logging
import os
import secrets
import sys
import time
import uuid
from datetime import datetime, timezone
from pathlib import Path

from kombu import Connection, Exchange, Queue

log = logging.getLogger("reference-institution")
ORDERS_EXCHANGE = "property.events"
MODES = ("normal", "refuse", "twice", "bad-signature")
ANSWER_OF = {  # order type -> answer type (without the kind prefix)
    "account_freeze.ordered": "account_frozen",
    "account_garnishment.ordered": "account_garnished",
    "account_freeze_lift.ordered": "account_freeze_lifted",
    "securities_freeze.ordered": "securities_frozen",
    "securities_freeze_lift.ordered": "securities_freeze_lifted",
    "securities_transfer.ordered": "securities_transferred",
    "securities_sale.ordered": "securities_sold",
    "securities_ownership_transfer.ordered": "securities_transferred",
}


# -- signatures (docs/integrations.md, "Signatures") --------------------------------------------

def canonical(message_type, version, payload):
    content = {"type": message_type, "version": version,
               "payload": {k: v for k, v in payload.items() if k != "signature"}}
    return json.dumps(content, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def mac(secret, message_type, version, payload):
    return hmac.new(secret.encode("utf-8"), canonical(message_type, version, payload),
                    hashlib.sha256).hexdigest()


def sign(keys, message_type, version, payload):
    key_id = keys["active"]
    return {**payload, "signature": {"key_id": key_id, "algorithm": "HMAC-SHA256",
                                     "value": mac(keys["keys"][key_id], message_type, version,
                                                  payload)}}


def verified(keys, message_type, version, payload):
    signature = payload.get("signature") or {}
    secret = keys["keys"].get(signature.get("key_id"))
    return (secret is not None and signature.get("algorithm") == "HMAC-SHA256"
            and hmac.compare_digest(mac(secret, message_type, version, payload),
                                    str(signature.get("value", ""))))


# -- the institution's books ---------------------------------------------------------------------

class Books:
    """Test holdings: ``{"accounts": {number: {"balance": VND}}, "securities": {holder id:
    {ticker: quantity}}, "prices": {ticker: reference price}}``; what is frozen per order."""

    def __init__(self, holdings):
        self.accounts = {k: dict(v) for k, v in holdings.get("accounts", {}).items()}
        self.securities = {k: dict(v) for k, v in holdings.get("securities", {}).items()}
        self.prices = dict(holdings.get("prices", {}))
        self.frozen = {}  # freeze order id -> amount or securities
        self.transfers = 0

    def apply(self, institution, message_type, payload):
        """``(answer type suffix, fields)`` for one order."""
        refuse = lambda code, text: ("order_refused", {"reason_code": code, "reason": text})  # noqa
        if message_type in ("account_freeze.ordered", "account_garnishment.ordered",
                            "account_freeze_lift.ordered"):
            account = self.accounts.get(payload["account_number"])
            if account is None:
                return refuse("account_not_found", "No such account at this institution")
        if message_type == "account_freeze.ordered":
            amount = min(payload["amount"], account["balance"])
            self.frozen[payload["order_id"]] = amount
            return "account_frozen", {"frozen_amount": amount}
        if message_type == "account_garnishment.ordered":
            amount = min(payload["amount"], account["balance"])
            account["balance"] -= amount
            self.transfers += 1
            return "account_garnished", {
                "amount": amount, "transfer_reference": f"{institution}-{self.transfers:06d}",
                "transferred_on": datetime.now(timezone.utc).date().isoformat()}
        if message_type in ("account_freeze_lift.ordered", "securities_freeze_lift.ordered"):
            self.frozen.pop(payload["lifts_order_id"], None)
            return ANSWER_OF[message_type], {}
        if message_type == "securities_freeze.ordered":
            held = self.securities.get(payload["holder"]["id_number"], {})
            lines = [{"ticker": line["ticker"], "quantity": min(line["quantity"],
                                                                held.get(line["ticker"], 0))}
                     for line in payload["securities"]]
            lines = [line for line in lines if line["quantity"] > 0]
            if not lines:
                return refuse("securities_not_found", "The holder has none of these securities")
            self.frozen[payload["order_id"]] = lines
            return "securities_frozen", {"securities": lines}
        if message_type in ("securities_transfer.ordered",
                            "securities_ownership_transfer.ordered"):  # Art. 13.5(b), 13.6
            held = self.securities.get(payload["holder"]["id_number"], {})
            for line in payload["securities"]:
                held[line["ticker"]] = held.get(line["ticker"], 0) - line["quantity"]
            return "securities_transferred", {"securities": payload["securities"]}
        if message_type == "securities_sale.ordered":
            self.transfers += 1
            amount = sum(line["quantity"] * (payload.get("agreed_price")
                                             or self.prices.get(line["ticker"], 1))
                         for line in payload["securities"])
            return "securities_sold", {
                "securities": payload["securities"], "amount": amount,
                "sale_reference": f"{institution}-S{self.transfers:06d}",
                "sold_on": datetime.now(timezone.utc).date().isoformat()}
        return refuse("order_incomplete", f"Unknown order type {message_type}")


# -- the AMQP side -------------------------------------------------------------------------------

class Institution:
    def __init__(self, *, amqp_uri, institution, kind, keys, holdings, delay=0.0,
                 mode="normal"):
        self.amqp_uri, self.institution, self.kind = amqp_uri, institution, kind
        self.keys, self.books = keys, Books(holdings)
        self.delay, self.mode = float(delay), mode
        # passive: an institution's own login may not declare the platform's exchanges
        self.answers = Exchange(f"{kind}.events", type="topic", durable=True, passive=True)
        self.queue = Queue(f"{institution}.orders",
                           Exchange(ORDERS_EXCHANGE, type="topic", durable=True, passive=True),
                           routing_key=f"institution.{institution}.#", durable=True)

    def declare(self, connection):
        for exchange in (self.queue.exchange, self.answers):
            try:  # a development broker's guest may (and the services may not be up yet)
                exchange(connection.channel()).declare(passive=False)
            except connection.channel_errors as exc:  # its own login: the operator declared it
                log.info("%s not declared (%s); expecting it to exist", exchange.name, exc)
        self.queue(connection.channel()).declare()

    def answer(self, order_envelope):
        """The answer envelope(s) to publish for one order envelope (none if it is forged)."""
        message_type, payload = order_envelope["type"], order_envelope["payload"]
        if not verified(self.keys, message_type, order_envelope["version"], payload):
            log.warning("order %s: signature does not verify; ignored", payload.get("order_id"))
            return []
        if self.mode == "refuse":
            suffix, fields = "order_refused", {"reason_code": "refused_to_receive",
                                               "reason": "Told to refuse (reference mode)"}
        else:
            suffix, fields = self.books.apply(self.institution, message_type, payload)
        answer_type = f"{self.kind}.{suffix}"
        body = {"answer_id": str(uuid.uuid4()), "order_id": payload["order_id"],
                "institution": self.institution, "case_id": payload["case_id"],
                "answered_at": datetime.now(timezone.utc).isoformat(), **fields}
        keys = self.keys if self.mode != "bad-signature" else {
            "active": self.keys["active"], "keys": {self.keys["active"]: "not-the-key"}}
        event_id = str(uuid.uuid4())
        envelope = {"event_id": event_id, "type": answer_type, "version": 1,
                    "occurred_at": datetime.now(timezone.utc).isoformat(),
                    "authority": order_envelope["authority"],
                    "case_id": order_envelope["case_id"],
                    "correlation_id": order_envelope.get("correlation_id") or event_id,
                    "payload": sign(keys, answer_type, 1, body)}
        if self.mode == "twice":  # the same answer again, as after a lost acknowledgement
            return [envelope, {**envelope, "event_id": str(uuid.uuid4())}]
        return [envelope]

    def run(self, stop=lambda: False, ready=None):
        with Connection(self.amqp_uri, transport_options={"confirm_publish": True}) as conn:
            self.declare(conn)
            producer = conn.Producer()

            def on_order(body, message):
                try:
                    envelope = body if isinstance(body, dict) else json.loads(body)
                    if self.delay:
                        time.sleep(self.delay)
                    for answer in self.answer(envelope):
                        producer.publish(answer, exchange=self.answers,
                                         routing_key=answer["type"], serializer="json",
                                         delivery_mode=2, message_id=answer["event_id"],
                                         user_id=conn.userid, declare=[self.answers],
                                         retry=True)
                        log.info("answered %s with %s", envelope["type"], answer["type"])
                except Exception:
                    log.exception("could not handle an order; left for a human")
                    message.reject(requeue=False)
                    return
                message.ack()

            with conn.Consumer(self.queue, callbacks=[on_order], accept=["json"]):
                if ready:
                    ready()
                log.info("%s (%s) ready on %s", self.institution, self.kind, self.queue.name)
                while not stop():
                    try:
                        conn.drain_events(timeout=0.5)
                    except TimeoutError:
                        pass
                    except OSError as exc:  # socket.timeout is an OSError
                        if "timed out" not in str(exc):
                            raise


def keygen(path, institutions=("bank-vcb", "bank-bidv", "treasury", "vsdc")):
    """Development keys for every reference institution (never for production)."""
    path = Path(path)
    if path.exists():
        return json.loads(path.read_text())
    keys = {i: {"active": "dev-1", "keys": {"dev-1": secrets.token_hex(32)}}
            for i in institutions}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(keys, indent=2))
    path.chmod(0o600)
    return keys


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("keygen")
    gen.add_argument("path")
    run = sub.add_parser("run")
    run.add_argument("--institution", required=True)
    run.add_argument("--kind", required=True, choices=["bank", "treasury", "vsdc"])
    run.add_argument("--holdings", required=True)
    run.add_argument("--keys", default=os.environ.get("INSTITUTION_KEYS_FILE"))
    run.add_argument("--amqp", default=os.environ.get("AMQP_URI",
                                                       "amqp://guest:guest@127.0.0.1:5672/"))
    run.add_argument("--delay", type=float, default=float(os.environ.get("INSTITUTION_DELAY",
                                                                         0)))
    run.add_argument("--mode", choices=MODES, default=os.environ.get("INSTITUTION_MODE",
                                                                     "normal"))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO,
                        format=f"%(asctime)s {getattr(args, 'institution', 'keygen')} "
                               "%(levelname)s %(message)s")
    if args.command == "keygen":
        keygen(args.path)
        print(f"development keys in {args.path}")
        return 0
    if not args.keys:
        parser.error("--keys (or INSTITUTION_KEYS_FILE) is required")
    keys = json.loads(Path(args.keys).read_text())[args.institution]
    holdings = json.loads(Path(args.holdings).read_text())
    Institution(amqp_uri=args.amqp, institution=args.institution, kind=args.kind, keys=keys,
                holdings=holdings, delay=args.delay, mode=args.mode).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
