"""A local stand-in for the VNeID, SMS and fax gateways (issue 10 capability 4): the contract of
docs/api/notifications.md ("Channel adapters"), played by a tiny HTTP server of the standard
library (not nameko), for `make run`, the demo and the tests.

    python deploy/notify-standins/gateway.py [--host 127.0.0.1] [--port 8190]

- ``POST /{channel}/messages`` (channel ``vneid``, ``sms`` or ``fax``) with JSON ``{message_id,
  party_id, contact, subject, body}``: ``202 {"reference"}``; the same ``message_id`` again is
  the same message (``200``, same reference). ``404`` when the recipient is "unknown" to the
  channel (see ``/_control``); ``503`` while failures are scripted.
- ``GET /{channel}/messages``: what the channel received, oldest first (the person's e-ID inbox,
  the phone, the fax machine).
- ``POST /_control`` ``{"unknown": [party ids or contacts], "fail_next": n}``: the recipients
  the channel does not know (a person without an e-ID account, a wrong number) and how many
  next sends fail with ``503`` (a channel down): for tests and demos.
"""
import argparse
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CHANNELS = ("vneid", "sms", "fax")


class Gateway:
    def __init__(self):
        self.lock = threading.Lock()
        self.received = {channel: [] for channel in CHANNELS}
        self.references = {}
        self.unknown, self.fail_next = set(), 0

    def receive(self, channel, message):
        """``(status, body)`` for one message sent to ``channel``."""
        with self.lock:
            if message.get("message_id") in self.references:
                return 200, {"reference": self.references[message["message_id"]]}
            if self.fail_next > 0:
                self.fail_next -= 1
                return 503, {"error": "channel unavailable"}
            if {message.get("party_id"), message.get("contact")} & self.unknown:
                return 404, {"error": "unknown recipient"}
            reference = f"{channel}-{len(self.received[channel]) + 1}"
            self.references[message["message_id"]] = reference
            self.received[channel].append({**message, "reference": reference})
            return 202, {"reference": reference}


def handler_for(gateway):
    class Handler(BaseHTTPRequestHandler):
        def _answer(self, status, body):
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _json(self):
            length = int(self.headers.get("Content-Length") or 0)
            try:
                return json.loads(self.rfile.read(length) or b"{}")
            except ValueError:
                return None

        def _channel(self):
            parts = self.path.strip("/").split("/")
            if len(parts) == 2 and parts[0] in CHANNELS and parts[1] == "messages":
                return parts[0]
            return None

        def do_GET(self):
            channel = self._channel()
            if channel is None:
                return self._answer(404, {"error": "no such path"})
            with gateway.lock:
                return self._answer(200, list(gateway.received[channel]))

        def do_POST(self):
            body = self._json()
            if not isinstance(body, dict):
                return self._answer(422, {"error": "not a JSON object"})
            if self.path == "/_control":
                with gateway.lock:
                    gateway.unknown = set(body.get("unknown") or ())
                    gateway.fail_next = int(body.get("fail_next") or 0)
                return self._answer(200, {"ok": True})
            channel = self._channel()
            if channel is None:
                return self._answer(404, {"error": "no such channel"})
            if not body.get("message_id"):
                return self._answer(422, {"error": "message_id required"})
            return self._answer(*gateway.receive(channel, body))

        def log_message(self, *args):  # quiet: the tests and the demo read the JSON
            pass

    return Handler


def serve(host="127.0.0.1", port=8190):
    """Start the stand-in in a thread; returns ``(server, gateway)`` (``server.shutdown()``)."""
    gateway = Gateway()
    server = ThreadingHTTPServer((host, port), handler_for(gateway))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, gateway


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8190)
    args = parser.parse_args()
    server = ThreadingHTTPServer((args.host, args.port), handler_for(Gateway()))
    print(f"notify gateway stand-in on http://{args.host}:{args.port}/", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
