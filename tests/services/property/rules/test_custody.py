"""The rules of impoundment (Decree 62/2015 Art. 18), expropriated property (Art. 32, 33) and
certificates (Art. 28), one test (or more) named after each; the periods across a weekend and
across the lunar new year (Tết 2027: Saturday 6 February, days off to the 10th)."""
from datetime import date

from services.property.rules import certificates, expropriation, impoundment

from tests.services.property.rules.periods import due


def test_record_gaps_of_money_without_face_values_or_currency():
    assert impoundment.record_gaps("money", [], None, False, [], None) == {
        "face_values": ["money is recorded by face value and quantity"],
        "currency": ["money is recorded with its currency"]}
    assert impoundment.record_gaps("money", [{"face_value": 500_000, "quantity": 20}], "VND",
                                   False, [], None) == {}


def test_record_gaps_of_valuables_unsealed_or_without_a_witness():
    gaps = impoundment.record_gaps("precious_metal_gem", [], None, False, [], None)
    assert set(gaps) == {"sealed", "witnesses", "seal_description"}
    witnessed = [{"name": "Lê Văn Cường", "role": "witness"}]  # the owner refused to attend
    assert impoundment.record_gaps("precious_metal_gem", [], None, True, witnessed,
                                   "5 lượng vàng SJC 9999, 187.5 g") == {}


def test_money_total_sums_face_values_by_quantity():
    assert impoundment.money_total([{"face_value": 500_000, "quantity": 20},
                                    {"face_value": 200_000, "quantity": 3}]) == 10_600_000


def test_return_proof_missing_without_ownership_document_or_authorisation():
    assert impoundment.return_proof_missing(None).startswith("the recipient presents")
    assert impoundment.return_proof_missing("ownership_document") is None
    assert impoundment.return_proof_missing("authorisation_letter") is None


def test_storage_at_receivers_cost_from_the_day_after_the_10_days():
    due_on = due(expropriation.RECEIPT, date(2026, 12, 10))  # Sun 20 December -> Mon 21
    assert due_on == date(2026, 12, 21)
    assert expropriation.storage_at_receivers_cost_from(date(2026, 12, 21), due_on) is None
    assert expropriation.storage_at_receivers_cost_from(date(2026, 12, 23), due_on) == \
        date(2026, 12, 22)
    assert expropriation.storage_at_receivers_cost_from(None, due_on) == date(2026, 12, 22)


def test_receipt_and_destruction_within_10_days_across_the_lunar_new_year():
    assert due(expropriation.RECEIPT, date(2027, 1, 27)) == date(2027, 2, 11)
    assert due(expropriation.DESTRUCTION, date(2027, 1, 27)) == date(2027, 2, 11)


def test_land_authority_for_a_first_issue_or_a_registration_of_changes():
    assert certificates.land_authority_for(True) == "peoples_committee"
    assert certificates.land_authority_for(False) == "land_registration"


def test_land_authority_decision_within_25_working_days_across_weekends_and_tet():
    assert due(certificates.LAND_AUTHORITY_DECISION, date(2026, 12, 1)) == date(2027, 1, 6)
    assert due(certificates.LAND_AUTHORITY_DECISION, date(2027, 1, 25)) == date(2027, 3, 8)
