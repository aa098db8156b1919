"""The coercion window through the handler, with the input as the entrypoint loads it."""
import pytest

from shared.errors import ValidationError


def test_forcible_measure_allowed_uses_the_law_it_is_given(prop):
    tet = prop.allowed({"at": "2026-02-02T10:00:00+07:00"})
    assert [(r.code, r.article) for r in tet.reasons] == [
        ("lunar_new_year", "Decree 62/2015 Art. 13.2")]
    assert prop.allowed({"at": "2026-03-04T09:00:00"}).allowed
    veteran = prop.allowed({"at": "2026-07-27T09:00:00", "traditional_days": ["2026-07-27"]})
    assert [r.code for r in veteran.reasons] == ["traditional_day"]


@pytest.mark.parametrize("request_, field", [
    ({"at": "tomorrow morning"}, "at"), ({"at": "9999-12-31T09:00:00"}, "at"),
    ({"at": "0001-01-01T09:00:00"}, "at"), ({"at": "2101-01-01T09:00:00"}, "at"),
    ({"at": "2026-03-04T09:00:00", "traditional_days": ["2026-07-27"] * 367},
     "traditional_days"),
    ({"at": "2026-03-04T09:00:00", "traditional_days": ["9999-01-01"]}, "traditional_days")])
def test_forcible_measure_allowed_bad_input_names_the_field(prop, request_, field):
    with pytest.raises(ValidationError) as err:
        prop.allowed(request_)
    assert list(err.value.fields) == [field]
