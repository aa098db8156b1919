"""Dated legal parameters: selection by date, refusal of ambiguous data."""
import json
from datetime import date
from pathlib import Path

import pytest

from shared.errors import NotFound, ValidationError
from shared.legal import ParameterSet, ParameterValue, TimeLimit

FIXTURE = Path(__file__).with_name("legal_parameters.yaml")


def row(**changes):
    base = {"key": "k", "value": 5, "unit": "days", "valid_from": date(2020, 1, 1),
            "valid_to": None, "source": "Test Act Art. 1", "confidence": "high"}
    return {**base, **changes}


@pytest.fixture(scope="module")
def params():
    return ParameterSet.from_yaml(FIXTURE)


def test_value_valid_on_a_date_follows_a_change_of_law(params):
    before = params.value("base_salary_monthly", date(2024, 6, 30))
    after = params.value("base_salary_monthly", date(2024, 7, 1))
    assert (before.value, before.source) == (1800000, "Decree 24/2023/ND-CP Art. 3.2")
    assert (after.value, after.valid_to) == (2340000, None)
    assert params.value("base_salary_monthly", date(2030, 1, 1)) == after
    assert [r.value for r in params.history("base_salary_monthly")] == [1800000, 2340000]


def test_no_value_before_the_first_valid_from(params):
    with pytest.raises(NotFound) as raised:
        params.value("base_salary_monthly", date(2023, 6, 30))
    assert raised.value.details == {"key": "base_salary_monthly", "on": "2023-06-30"}
    with pytest.raises(NotFound):
        params.value("no_such_parameter", date(2024, 1, 1))


def test_no_value_after_a_closed_row_without_successor():
    params = ParameterSet([row(valid_to=date(2021, 12, 31))])
    assert params.value("k", date(2021, 12, 31)).value == 5  # valid_to is the last day
    with pytest.raises(NotFound):
        params.value("k", date(2022, 1, 1))


@pytest.mark.parametrize("rows", [
    [row(), row(valid_from=date(2024, 7, 1))],                                 # first left open
    [row(valid_to=date(2024, 7, 1)), row(valid_from=date(2024, 7, 1))],        # one shared day
    [row(valid_from=date(2024, 7, 1)), row(valid_to=date(2025, 1, 1))],        # listed out of order
])
def test_overlapping_rows_are_refused_at_load(rows):
    with pytest.raises(ValidationError) as raised:
        ParameterSet(rows)
    assert "k" in raised.value.fields


def test_adjacent_rows_are_accepted():
    params = ParameterSet([row(valid_to=date(2024, 6, 30)),
                           row(value=7, valid_from=date(2024, 7, 1))])
    assert params.value("k", date(2024, 7, 1)).value == 7


@pytest.mark.parametrize("changes, field", [
    ({"confidence": "sure"}, "confidence"), ({"source": ""}, "source"),
    ({"value": True}, "value"), ({"valid_from": "July 2024"}, "valid_from"),
    ({"valid_to": date(2019, 1, 1)}, "valid_to"), ({"colour": "red"}, "colour"),
    ({"unit": None}, "unit"),
])
def test_malformed_rows_are_refused(changes, field):
    with pytest.raises(ValidationError) as raised:
        ParameterSet([row(**changes)])
    assert field in raised.value.fields


def test_yaml_with_iso_strings_and_as_record_is_json_safe(tmp_path):
    path = tmp_path / "legal_parameters.yaml"
    path.write_text('- {key: fee_percent, value: 3, unit: percent, valid_from: "2016-11-08",\n'
                    '   valid_to: null, source: "Circular 216/2016/TT-BTC", confidence: medium}\n')
    used = ParameterSet.from_yaml(path).value("fee_percent", date(2026, 1, 1))
    assert isinstance(used, ParameterValue) and used.valid_from == date(2016, 11, 8)
    record = used.as_record()
    assert json.loads(json.dumps(record)) == record == {
        "key": "fee_percent", "value": 3, "unit": "percent", "valid_from": "2016-11-08",
        "valid_to": None, "source": "Circular 216/2016/TT-BTC", "confidence": "medium"}


def test_parameter_values_are_frozen(params):
    used = params.value("voluntary_period_days", date(2026, 1, 1))
    with pytest.raises(AttributeError):
        used.value = 15


def test_time_limit_resolves_the_length_in_force(params):
    limit = TimeLimit(rule_id="law39.1-notify", article="Law Art. 39.1",
                      length_key="notification_working_days", unit="working_days",
                      description="notify within 3 working days")
    length, used = limit.resolve(params, date(2026, 3, 2))
    assert (length, used.key, used.unit) == (3, "notification_working_days", "working_days")


def test_time_limit_refuses_a_parameter_in_another_unit(params):
    limit = TimeLimit(rule_id="r", article="a", length_key="voluntary_period_days",
                      unit="working_days", description="d")
    with pytest.raises(ValidationError) as raised:
        limit.resolve(params, date(2026, 3, 2))
    assert "voluntary_period_days" in raised.value.fields


def test_time_limit_refuses_a_non_length():
    limit = TimeLimit(rule_id="r", article="a", length_key="k", unit="days", description="d")
    with pytest.raises(ValidationError):
        limit.resolve(ParameterSet([row(value="ten")]), date(2026, 1, 1))
    with pytest.raises(ValidationError):
        TimeLimit(rule_id="r", article="a", length_key="k", unit="fortnights", description="d")
