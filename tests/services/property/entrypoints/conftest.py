"""The property service started on the test's vhost and database, and the cases it knows."""
import pytest

from services.property.service import PropertyService
from tests.conftest import rows, wait_for
from tests.services.property.conftest import case_opened


@pytest.fixture
def property_service(start_service):
    return start_service(PropertyService)


@pytest.fixture
def open_case(property_service, publish_event, databases):
    """``open_case("case-1", "HN-01")`` publishes ``enforcement_case.opened`` on
    ``cases.events`` as ``cases`` does (a contract test against a stub publisher: the envelope
    comes from shared.events.new_envelope) and returns it once the service knows the case."""

    def publish(case_id="case-1", authority="HN-01"):
        envelope = case_opened(case_id=case_id, authority=authority)
        publish_event(envelope)
        wait_for(lambda: rows(databases["property"],
                              f"SELECT 1 FROM known_case WHERE case_id = '{case_id}'"),
                 message=f"known case {case_id}")
        return envelope

    return publish


# -- issue 12: the reference institutions (deploy/institutions/reference.py) as processes ------

import json  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from shared.config import ROOT  # noqa: E402
from tests.services.property import institutions as banks  # noqa: E402

REFERENCE = ROOT / "deploy" / "institutions" / "reference.py"


@pytest.fixture
def institution_service(start_service):
    """The property service knowing the test institutions and their test keys."""
    return start_service(PropertyService, INSTITUTIONS=banks.INSTITUTIONS,
                         INSTITUTION_KEYS=banks.KEYS)


@pytest.fixture
def reference_institution(rabbit_config, tmp_path):
    """``reference_institution("bank-vcb", mode="twice")`` starts the reference institution as a
    process on this test's vhost with the test keys and its holdings, and waits until it is
    consuming. Stopped (by its own pid) at the end."""
    keys = tmp_path / "keys.json"
    keys.write_text(json.dumps(banks.KEYS))
    started = []

    def start(institution, mode="normal", delay=0.0):
        log = tmp_path / f"{institution}.log"
        kind = banks.INSTITUTIONS[institution]["kind"]
        proc = subprocess.Popen(
            [sys.executable, str(REFERENCE), "run", "--institution", institution, "--kind", kind,
             "--holdings", str(REFERENCE.parent / f"{institution}.json"), "--keys", str(keys),
             "--amqp", rabbit_config["AMQP_URI"], "--mode", mode, "--delay", str(delay)],
            stdout=open(log, "ab"), stderr=subprocess.STDOUT)
        started.append(proc)

        def ready():
            assert proc.poll() is None, Path(log).read_text()[-2000:]
            return "ready on" in Path(log).read_text()

        wait_for(ready, timeout=20, message=f"reference {institution}")
        return proc

    yield start
    for proc in started:
        proc.terminate()
        proc.wait(timeout=10)
