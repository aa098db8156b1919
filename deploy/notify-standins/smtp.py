"""A local SMTP server for `make run` and the demo (issue 10 capability 4): aiosmtpd's, printing
each e-mail it receives. The tests run their own (tests/services/notifications/adapters).

    python deploy/notify-standins/smtp.py [--host 127.0.0.1] [--port 8025]
"""
import argparse
import time

from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Debugging


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8025)
    args = parser.parse_args()
    controller = Controller(Debugging(), hostname=args.host, port=args.port)
    controller.start()
    print(f"SMTP stand-in on {args.host}:{args.port}", flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
