"""shared.fields: the strict, bounded input types every service's schemas use (issue 7, item 10),
and shared.validation's checks at the RPC boundary."""
from datetime import date, datetime

import pytest
from marshmallow import Schema

from shared import fields as f
from shared.errors import ValidationError
from shared.validation import load, require_id


class Sample(Schema):
    name = f.Text(max_length=10, required=True)
    note = f.Text(max_length=50, multiline=True, tabs=True, load_default=None, allow_none=True)
    party_id = f.Id(load_default=None)
    count = f.StrictInteger(minimum=1, maximum=100, load_default=1)
    page = f.Integer(load_default=1)
    amount = f.Amount(load_default=None)
    due_on = f.Day(load_default=None)
    ids = f.List(f.Id(), max_length=3, load_default=list)


def errors_of(**data):
    data.setdefault("name", "ok")
    with pytest.raises(ValidationError) as err:
        load(Sample(), data)
    return err.value.fields


def loads(**data):
    data.setdefault("name", "ok")
    return load(Sample(), data)


# Text ----------------------------------------------------------------------------------------

def test_text_accepts_vietnamese_and_refuses_empty_and_too_long():
    assert loads(name="Nguyễn Văn")["name"] == "Nguyễn Văn"
    assert "name" in errors_of(name="")
    assert "name" in errors_of(name="x" * 11)
    assert loads(name="x" * 10)["name"] == "x" * 10
    assert errors_of(name=None) == {"name": ["Field may not be null."]}
    assert "name" in errors_of(name=12)
    with pytest.raises(ValidationError) as err:
        load(Sample(), {})
    assert "name" in err.value.fields


@pytest.mark.parametrize("bad", ["a\x00b", "\x07", "a\x1bb", "a\x7f", "a\x85", "a\nb", "a\tb",
                                 "a\rb", "\ud800"])
def test_text_refuses_nul_and_control_characters_naming_the_field(bad):
    fields = errors_of(name=bad)
    assert list(fields) == ["name"]
    message = fields["name"][0]
    assert "U+" in message and "position" in message
    assert bad not in message  # never echoes the value


def test_multiline_text_allows_newline_and_tab_but_not_nul():
    text = "line 1\r\nline 2\tend"
    assert loads(note=text)["note"] == text
    fields = errors_of(note="line\x00")
    assert "U+0000" in fields["note"][0] and "only newline and tab are allowed" in fields["note"][0]


def test_text_needs_a_max_length():
    with pytest.raises(TypeError):
        f.Text()
    with pytest.raises(ValueError):
        f.Text(max_length=0)


# Id ------------------------------------------------------------------------------------------

def test_id_is_a_bounded_non_empty_string_without_control_characters():
    assert loads(party_id="p-1")["party_id"] == "p-1"
    for bad in ("", "x" * 65, " p1", "p1\n", "p\x001", 7, ["p1"]):
        assert "party_id" in errors_of(party_id=bad), bad
    assert loads(party_id="x" * 64)["party_id"] == "x" * 64


# Strict integers -----------------------------------------------------------------------------

@pytest.mark.parametrize("bad", [1.5, 1.0, "100", "1", True, False, None, [], {}])
def test_strict_integer_refuses_floats_strings_and_booleans(bad):
    assert "count" in errors_of(count=bad)


def test_strict_integer_is_bounded():
    assert loads(count=100)["count"] == 100
    assert errors_of(count=0) == {"count": ["Must be between 1 and 100."]}
    assert "count" in errors_of(count=101)
    # the default bounds are PostgreSQL integer's: a huge page number never reaches SQL
    assert loads(page=f.INT32_MAX)["page"] == f.INT32_MAX
    assert "page" in errors_of(page=10**30)
    assert "page" in errors_of(page=f.INT32_MIN - 1)


# Amount --------------------------------------------------------------------------------------

def test_amount_is_whole_dong_within_numeric_18_0():
    assert loads(amount=0)["amount"] == 0
    assert loads(amount=f.MAX_AMOUNT)["amount"] == 999_999_999_999_999_999
    for bad in (-1, 10**18, 10**40, 1500.5, 1500.0, "1500", True):
        assert "amount" in errors_of(amount=bad), bad
    assert loads(amount=None)["amount"] is None  # load_default None: optional
    with pytest.raises(ValueError):
        f.Amount(maximum=10**19)


def test_amount_minimum_can_be_raised():
    class Payment(Schema):
        amount = f.Amount(minimum=1, required=True)

    assert "amount" in pytest.raises(ValidationError, load, Payment(), {"amount": 0}).value.fields


# Day -----------------------------------------------------------------------------------------

def test_day_accepts_iso_days_in_a_sane_range():
    assert loads(due_on="2026-11-24")["due_on"] == date(2026, 11, 24)
    assert loads(due_on="1900-01-01")["due_on"] == date(1900, 1, 1)
    assert loads(due_on="2199-12-31")["due_on"] == date(2199, 12, 31)


@pytest.mark.parametrize("bad", ["0001-01-01", "9999-12-31", "1899-12-31", "2200-01-01",
                                 "20261124", "2026-11-24T00:00:00", "2026-02-30", "24/11/2026",
                                 "", 20261124, True])
def test_day_refuses_out_of_range_and_malformed_days(bad):
    assert "due_on" in errors_of(due_on=bad)


def test_day_refuses_year_9999_naming_the_range():
    assert errors_of(due_on="9999-12-31") == {
        "due_on": ["Must be between 1900-01-01 and 2199-12-31."]}


def test_day_accepts_date_objects_but_not_datetimes():
    field = f.Day()
    assert field.deserialize(date(2026, 1, 2)) == date(2026, 1, 2)
    with pytest.raises(Exception):
        field.deserialize(datetime(2026, 1, 2))


# List ----------------------------------------------------------------------------------------

def test_list_is_bounded_and_validates_its_items():
    assert loads(ids=["a", "b", "c"])["ids"] == ["a", "b", "c"]
    assert errors_of(ids=["a", "b", "c", "d"]) == {"ids": ["Longer than maximum length 3."]}
    assert "ids" in errors_of(ids=["a", ""])
    assert "ids" in errors_of(ids="abc")
    # a huge list is refused before its items are looked at
    assert errors_of(ids=[None] * 1_000_000) == {"ids": ["Longer than maximum length 3."]}


def test_list_min_length():
    class Request(Schema):
        obligation_ids = f.List(f.Id(), max_length=10, min_length=1, required=True)

    with pytest.raises(ValidationError) as err:
        load(Request(), {"obligation_ids": []})
    assert "obligation_ids" in err.value.fields


# shared.validation ---------------------------------------------------------------------------

@pytest.mark.parametrize("bad", [None, [], "x", 1, ["name", "ok"]])
def test_load_refuses_anything_but_an_object(bad):
    with pytest.raises(ValidationError) as err:
        load(Sample(), bad)
    assert err.value.fields == {"_schema": ["not an object"]}


def test_load_refuses_unknown_fields():
    assert "extra" in errors_of(extra=1)


def test_require_id_bounds_the_length_and_refuses_control_characters():
    assert require_id("c-1", "case_id") == "c-1"
    assert require_id("x" * 64, "case_id") == "x" * 64
    for bad in ("", None, 5, "x" * 65, "c\x001", "c-1\n"):
        with pytest.raises(ValidationError) as err:
            require_id(bad, "case_id")
        assert list(err.value.fields) == ["case_id"], bad
