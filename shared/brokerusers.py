"""One RabbitMQ user per service and per external institution, each confined to its own resources.

    python -m shared.brokerusers show                 # the users and their permissions
    python -m shared.brokerusers apply                # create/update them (idempotent)
    python -m shared.brokerusers publishers           # EVENT_PUBLISHERS for the services' config

The users and what they publish and read are in ``deploy/rabbitmq/users.json``. ``apply`` uses the
management API (``--api``, default http://127.0.0.1:15672/api, admin login from ``--admin`` or
``BROKER_ADMIN`` as ``user:password``); a new user's password comes from the environment
(``BROKER_PASSWORD_<USER>``, upper case, ``-`` as ``_``), an existing user keeps its password
unless one is given. Running it twice changes nothing.

What each login may do (RabbitMQ's configure / write / read regular expressions):

- a service ``S`` publishes only to ``S.events``; declares and reads its own queues
  (``evt-*--S.*``, ``S.dead-letters``, ``rpc-S``, ``rpc.reply-S-*``); may bind them to the
  exchanges it consumes; parks on ``platform.dead-letters``, keeps unrouted events on
  ``platform.unrouted`` and replays through the default exchange (a replayed message still names
  its replayer in ``user_id``, so another service's consumer refuses it);
- an institution ``U`` publishing as ``P`` writes only to ``P.events``; declares, binds and reads
  only queues named ``U.*``; binds them only to the exchanges of the services listed in ``reads``.

And per topic exchange (RabbitMQ's topic permissions: regular expressions on the routing key of
a publish, and on the binding key of a ``queue.bind``), for each institution ``U``:

- on ``property.events`` it may bind only keys starting ``institution.U.``, so it receives only
  the orders sent to it (Decree 62/2015 Art. 20.3: account data reaches only the institution
  holding the account); ``#`` or another institution's key is refused (403 ACCESS_REFUSED);
- on ``P.events`` it may publish only the answer types of the contracts of ``P``
  (``bank.account_frozen``, ...), not another kind's types; which bank of a kind sent an answer
  is the broker-checked ``user_id`` (the routing key names the type, not the bank).

Publishing with another login's ``user_id`` is refused by the broker itself; the consumers check
that ``user_id`` may publish the source's events (``EVENT_PUBLISHERS``, shared.eventhandler).
"""
import argparse
import json
import os
import re
import sys
from pathlib import Path
from urllib.parse import quote

import requests

SPEC = Path(__file__).resolve().parent.parent / "deploy" / "rabbitmq" / "users.json"
DEFAULT_API = "http://127.0.0.1:15672/api"


def load_spec(path=SPEC):
    with open(path) as fh:
        return json.load(fh)


def consumed_sources(service):
    """The sources whose events ``service`` handles (from its event handlers)."""
    from shared.topology import event_queues, service_class

    return sorted({q.exchange.name[:-len(".events")]
                   for q in event_queues(service, service_class(service))})


def _alternatives(*names):
    return "^(" + "|".join(names) + ")$"


def permissions(spec, prefix="", consumes=consumed_sources):
    """{login: {"configure", "write", "read"}} for every user of ``spec``.

    ``prefix`` is put before every login (tests use it to keep their users apart); resource names
    are not prefixed.
    """
    e = re.escape
    result = {}
    shared_exchanges = [e("platform.dead-letters"), e("platform.unrouted")]
    for service in spec["services"]:
        s = e(service)
        sources = [e(f"{source}.events") for source in consumes(service)]
        # nameko's queue names: evt-<source>-<type>--<service>.<method>
        own_queues = [f"evt-[a-z0-9_]+-[a-z0-9_.]+--{s}\\.[a-z0-9_]+", f"{s}\\.dead-letters",
                      f"rpc-{s}", f"rpc\\.reply-{s}-[0-9a-f-]+"]
        result[prefix + service] = {
            # consumed exchanges: kombu declares the exchange a queue is bound to
            "configure": _alternatives(f"{s}\\.events", *own_queues, *shared_exchanges,
                                       "nameko-rpc", *sources),
            "write": _alternatives(f"{s}\\.events", *own_queues, *shared_exchanges,
                                   "nameko-rpc", e("amq.default")),
            "read": _alternatives(*own_queues, *shared_exchanges, "nameko-rpc", *sources,
                                  f"{s}\\.events"),
        }
    for login, institution in spec.get("institutions", {}).items():
        u = e(prefix + login)
        reads = [e(f"{service}.events") for service in institution.get("reads", [])]
        result[prefix + login] = {
            "configure": _alternatives(f"{u}\\..+"),
            "write": _alternatives(e(f"{institution['publishes']}.events"), f"{u}\\..+"),
            "read": _alternatives(f"{u}\\..+", *reads),
        }
    return result


ORDERS_EXCHANGE = "property.events"  # where property sends orders: institution.<id>.<type>
NOTHING = "^$"  # no routing key our services use is empty


def answer_types(kind):
    """The routing keys an institution of ``kind`` answers with: its contracts' event types."""
    import shared.contracts  # noqa: F401  (registers every contract)
    from shared.registry import CONTRACTS

    return sorted({event_type for (event_type, _), (source, _) in CONTRACTS.items()
                   if source == kind})


def topic_permissions(spec, prefix="", answers=answer_types):
    """{login: [{"exchange", "write", "read"}, ...]} for every institution of ``spec``.

    An institution's login is its id in the orders property sends (``institution.<id>.<type>``);
    with a ``prefix`` (tests), the prefixed login is that id.
    """
    e = re.escape
    result = {}
    for login, institution in spec.get("institutions", {}).items():
        kind = institution["publishes"]
        rules = []
        if "property" in institution.get("reads", []):
            rules.append({"exchange": ORDERS_EXCHANGE, "write": NOTHING,
                          "read": f"^institution\\.{e(prefix + login)}\\."})
        own = [e(t) for t in answers(kind)]
        rules.append({"exchange": f"{kind}.events", "read": NOTHING,
                      "write": _alternatives(*own) if own else NOTHING})
        result[prefix + login] = rules
    return result


def event_publishers(spec, prefix=""):
    """EVENT_PUBLISHERS: which logins may publish each source's events."""
    publishers = {service: [prefix + service] for service in spec["services"]}
    for login, institution in spec.get("institutions", {}).items():
        publishers.setdefault(institution["publishes"], []).append(prefix + login)
    return publishers


def exchanges(spec):
    names = {f"{service}.events" for service in spec["services"]}
    names |= {f"{i['publishes']}.events" for i in spec.get("institutions", {}).values()}
    return sorted(names)


def password_from_env(login):
    return os.environ.get("BROKER_PASSWORD_" + re.sub(r"[^A-Z0-9]", "_", login.upper()))


def apply(spec, api=DEFAULT_API, admin=("guest", "guest"), vhost=None, prefix="",
          passwords=None, consumes=consumed_sources):
    """Create or update the vhost, users, permissions and event exchanges; returns what it did."""
    vhost = vhost or spec.get("vhost", "/")
    passwords = passwords or {}
    http = requests.Session()
    http.auth = tuple(admin)
    v = quote(vhost, safe="")
    done = []

    def call(method, path, body=None, ok=(200, 201, 204)):
        response = http.request(method, f"{api}{path}", json=body, timeout=10)
        if response.status_code not in ok:
            raise RuntimeError(f"{method} {path}: {response.status_code} {response.text}")
        return response

    call("PUT", f"/vhosts/{v}")
    for login, perms in permissions(spec, prefix, consumes).items():
        user = quote(login, safe="")
        password = passwords.get(login) or password_from_env(login)
        exists = call("GET", f"/users/{user}", ok=(200, 404)).status_code == 200
        if not exists and not password:
            raise RuntimeError(f"no password for the new user {login}: set "
                               f"BROKER_PASSWORD_{re.sub(r'[^A-Z0-9]', '_', login.upper())}")
        if password:
            call("PUT", f"/users/{user}", {"password": password, "tags": ""})
            done.append(f"user {login} {'updated' if exists else 'created'}")
        call("PUT", f"/permissions/{v}/{user}", perms)
        done.append(f"permissions of {login} on {vhost}")
    for login, rules in topic_permissions(spec, prefix).items():
        path = f"/topic-permissions/{v}/{quote(login, safe='')}"
        response = call("GET", path, ok=(200, 404))
        now = response.json() if response.status_code == 200 else []
        if _topic_set(now) == _topic_set(rules):
            continue
        # the API replaces one exchange's rule or deletes them all: start again from none
        call("DELETE", path, ok=(204, 404))
        for rule in rules:
            call("PUT", path, rule)
        done.append(f"topic permissions of {login} on {vhost}: "
                    + ", ".join(rule["exchange"] for rule in rules))
    for name in [*exchanges(spec), "platform.dead-letters", "platform.unrouted"]:
        kind = {"platform.dead-letters": "direct", "platform.unrouted": "fanout"}.get(name,
                                                                                     "topic")
        call("PUT", f"/exchanges/{v}/{quote(name, safe='')}", {"type": kind, "durable": True})
        done.append(f"exchange {name}")
    return done


def _topic_set(rules):
    return {(r["exchange"], r["write"], r["read"]) for r in rules}


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m shared.brokerusers", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["show", "apply", "publishers"])
    parser.add_argument("--spec", default=str(SPEC))
    parser.add_argument("--api", default=DEFAULT_API)
    parser.add_argument("--admin", default=os.environ.get("BROKER_ADMIN", "guest:guest"))
    parser.add_argument("--vhost")
    args = parser.parse_args(argv)
    spec = load_spec(args.spec)
    if args.command == "show":
        for login, perms in permissions(spec).items():
            print(json.dumps({"user": login, **perms}))
        for login, rules in topic_permissions(spec).items():
            for rule in rules:
                print(json.dumps({"user": login, "topic": rule}))
    elif args.command == "publishers":
        print(json.dumps({"EVENT_PUBLISHERS": event_publishers(spec)}, indent=2))
    else:
        for line in apply(spec, args.api, tuple(args.admin.split(":", 1)), args.vhost):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
