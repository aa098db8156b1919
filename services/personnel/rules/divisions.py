"""Which authority is competent for an administrative division (Law on Civil Judgment
Enforcement Art. 35; Decree 62/2015 Art. 16; the 2025 reorganisation): pure functions over
dated rows (no nameko, no database, no clock).

The map from divisions to authorities is data an administrator keeps, because the agency and
the divisions are both reorganised: since 2025-07-01, 34 provinces and their new communes, each
served by one of 355 regional offices. A row names a province (``province_code``) and either a
commune (``commune_code``) or none (the whole province), the authority, and its dates.
"""

#: Legal basis of a division's competent authority and of recording one.
COMPETENCE_BASIS = ("Law on Civil Judgment Enforcement Art. 35 (competence by place); Decree "
                    "62/2015 Art. 16 (entrustment to the authority of the place)")


def periods_overlap(from_a, to_a, from_b, to_b):
    """Whether [from_a, to_a] and [from_b, to_b] share a day (``None``: open-ended)."""
    return (to_b is None or from_a <= to_b) and (to_a is None or from_b <= to_a)


def overlapping_row(province_code, commune_code, valid_from, valid_to, rows):
    """The first of ``rows`` (dicts with ``province_code``, ``commune_code``, ``valid_from``,
    ``valid_to``) for the same division whose period meets the new one; ``None`` if none.

    Law Art. 35: one authority is competent for a place on a day; two rows for one division on
    one day would make competence ambiguous (close the old row first, as a reorganisation does).
    """
    for row in rows:
        if (row["province_code"], row["commune_code"]) == (province_code, commune_code) and \
                periods_overlap(valid_from, valid_to, row["valid_from"], row["valid_to"]):
            return row
    return None


def competent_row(province_code, commune_code, on, rows):
    """The row that says which authority is competent for the commune ``commune_code`` of the
    province ``province_code`` on ``on`` (Law Art. 35; Decree 62/2015 Art. 16), and how it
    matched: ``(row, "commune")`` for the commune's own row, else ``(row, "province")`` for the
    province-wide row, else ``(None, None)``. The most specific row wins.
    """
    valid = [r for r in rows if r["province_code"] == province_code
             and r["valid_from"] <= on and (r["valid_to"] is None or on <= r["valid_to"])]
    if commune_code is not None:
        for row in valid:
            if row["commune_code"] == commune_code:
                return row, "commune"
    for row in valid:
        if row["commune_code"] is None:
            return row, "province"
    return None, None
