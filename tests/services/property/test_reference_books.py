"""The reference VSDC's books (deploy/institutions/reference.py), without a broker: what it
answers to the orders of Decree 62/2015 Art. 13.5-13.6 from its test holdings."""
import importlib.util
import json

from shared.config import ROOT

REFERENCE = ROOT / "deploy" / "institutions" / "reference.py"
HOLDER = {"id_number": "001185012345"}


def books():
    spec = importlib.util.spec_from_file_location("reference_institution", REFERENCE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Books(json.loads((REFERENCE.parent / "vsdc.json").read_text()))


def test_the_reference_vsdc_transfers_ownership_to_the_buyer_of_unlisted_securities():
    vsdc = books()
    frozen = vsdc.apply("vsdc", "securities_freeze.ordered", {
        "order_id": "o-1", "holder": HOLDER, "securities": [{"ticker": "FPT", "quantity": 800}]})
    assert frozen == ("securities_frozen", {"securities": [{"ticker": "FPT", "quantity": 500}]})
    answer = vsdc.apply("vsdc", "securities_ownership_transfer.ordered", {
        "order_id": "o-2", "holder": HOLDER, "securities": [{"ticker": "FPT", "quantity": 500}]})
    assert answer == ("securities_transferred",
                      {"securities": [{"ticker": "FPT", "quantity": 500}]})
    assert vsdc.securities["001185012345"]["FPT"] == 0  # the holder no longer owns them
