"""The competent authority of an administrative division (Law Art. 35; Decree Art. 16), pure."""
from datetime import date

from services.personnel.rules import divisions as rules


def row(id, province, commune, authority, valid_from, valid_to=None):
    return {"id": id, "province_code": province, "commune_code": commune,
            "authority_id": authority, "valid_from": valid_from, "valid_to": valid_to}


ROWS = [row(1, "01", None, "HN", date(2025, 7, 1)),
        row(2, "01", "00004", "HN-01", date(2025, 7, 1), date(2026, 12, 31)),
        row(3, "01", "00004", "HN-02", date(2027, 1, 1)),
        row(4, "79", None, "HCM", date(2025, 7, 1))]


def test_periods_overlap_open_ends_and_touching_days():
    assert rules.periods_overlap(date(2025, 1, 1), None, date(2030, 1, 1), None)
    assert rules.periods_overlap(date(2025, 1, 1), date(2025, 1, 31), date(2025, 1, 31), None)
    assert not rules.periods_overlap(date(2025, 1, 1), date(2025, 1, 31), date(2025, 2, 1),
                                     None)
    assert not rules.periods_overlap(date(2025, 3, 1), None, date(2025, 1, 1),
                                     date(2025, 2, 28))


def test_overlapping_row_same_division_only():
    assert rules.overlapping_row("01", "00004", date(2026, 6, 1), None, ROWS) == ROWS[1]
    assert rules.overlapping_row("01", "00007", date(2026, 6, 1), None, ROWS) is None
    assert rules.overlapping_row("01", None, date(2026, 6, 1), None, ROWS) == ROWS[0]
    assert rules.overlapping_row("48", None, date(2026, 6, 1), None, ROWS) is None


def test_competent_row_commune_first_then_province_then_none():
    assert rules.competent_row("01", "00004", date(2026, 11, 30), ROWS) == (ROWS[1], "commune")
    # after the commune's row closes, the next one takes over on its first day
    assert rules.competent_row("01", "00004", date(2027, 1, 1), ROWS) == (ROWS[2], "commune")
    assert rules.competent_row("01", "00007", date(2026, 11, 30), ROWS) == (ROWS[0], "province")
    assert rules.competent_row("01", None, date(2026, 11, 30), ROWS) == (ROWS[0], "province")
    assert rules.competent_row("01", "00004", date(2025, 6, 30), ROWS) == (None, None)
    assert rules.competent_row("48", "20194", date(2026, 11, 30), ROWS) == (None, None)
