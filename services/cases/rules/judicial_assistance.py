"""Judicial assistance abroad in enforcement (Decree 62/2015 Art. 50).

A provincial (or military-zone) authority asks a foreign authority for assistance through the
Ministry of Justice (50.1; a district office entrusts its province). Within 6 months of the
Ministry sending a valid dossier, sufficient results let enforcement go on (50.3(a));
insufficient results call for a second attempt, and a second insufficient one — or no result
nor notice of failure within the 6 months — for the fallback of 50.3(b): documents are notified
as Law Art. 43 says. Documents about a litigant's property or identity that could not be
returned are sent within 10 days of the limit's end (50.3(c)).
"""
from shared.legal import TimeLimit

RESULT_LIMIT = TimeLimit(
    rule_id="decree50.3-assistance-result", article="Decree 62/2015 Art. 50.3(a)",
    length_key="judicial_assistance_result_months", unit="months",
    description="Results of judicial assistance are awaited 6 months from the Ministry of "
                "Justice sending a valid dossier; then the office follows Art. 50.3(b).")
DOCUMENTS_RETURN = TimeLimit(
    rule_id="decree50.3c-documents-return", article="Decree 62/2015 Art. 50.3(c)",
    length_key="judicial_assistance_documents_return_days", unit="days",
    description="Send the unreturned property or identity documents within 10 days of the end "
                "of the 6 months.")

PURPOSES = ("serve_documents", "verify_conditions", "enforce", "return_documents")
OUTCOMES = ("sufficient", "insufficient")
REQUESTED = "Decree 62/2015 Art. 50.1-50.3(a)"
SECOND_ATTEMPT = "Decree 62/2015 Art. 50.3(a), second paragraph"
FALLBACK = "Decree 62/2015 Art. 50.3(b); Law on Civil Judgment Enforcement Art. 43"
SATISFIED = "Decree 62/2015 Art. 50.3(a), first paragraph"


def next_step(attempt, outcome):
    """Decree Art. 50.3(a): what follows a result — ``satisfied`` when sufficient; a
    ``second_attempt`` after a first insufficient one; the ``fallback`` of 50.3(b) after a
    second insufficient one."""
    if outcome == "sufficient":
        return "satisfied"
    return "second_attempt" if attempt == 1 else "fallback"


def fallback_refused_because(status, due_on, on):
    """Decree Art. 50.3(b): the fallback follows when the 6 months passed with no result nor
    notice of failure, or after a second insufficient result; why not otherwise (None when it
    may)."""
    if status == "second_attempt_failed":
        return None
    if status != "pending":
        return f"the assistance is {status}; the fallback of Art. 50.3(b) does not apply"
    if on <= due_on:
        return (f"the 6 months for results run until {due_on.isoformat()} (Decree 62/2015 "
                "Art. 50.3(a))")
    return None


#: Decree 62/2015 Art. 50.1: who asks a foreign authority — a provincial or military-zone
#: authority; a district authority entrusts its province to ask.
REQUESTING_LEVELS = ("province", "military_zone", "district")
THROUGH_PROVINCE = "Decree 62/2015 Art. 50.1, second paragraph"


def requester_refused_because(level, entrusted_to):
    """Decree Art. 50.1: a provincial or military-zone authority requests assistance itself; a
    district authority only through the provincial authority it entrusts (``entrusted_to``).
    The reason, or None."""
    if level == "district" and not entrusted_to:
        return ("a district authority entrusts the provincial authority to request judicial "
                f"assistance ({THROUGH_PROVINCE})")
    if level != "district" and entrusted_to:
        return (f"a {level.replace('_', '-')} authority requests judicial assistance itself "
                "(Decree 62/2015 Art. 50.1, first paragraph)")
    return None


#: Decree 62/2015 Art. 50.4: a foreign authority's request for judicial assistance in
#: enforcement is received by a provincial or military-zone authority; the procedure follows
#: the treaties and the law on judicial assistance (no time limit in our sources).
FOREIGN_REQUEST_RECEIVED = "Decree 62/2015 Art. 50.4"


def receiver_refused_because(level):
    """Decree Art. 50.4(a): only a provincial or military-zone authority receives a foreign
    authority's request; the reason, or None."""
    if level in ("province", "military_zone"):
        return None
    return (f"a {level} authority does not receive requests for judicial assistance from "
            f"foreign authorities; the provincial authority does ({FOREIGN_REQUEST_RECEIVED}(a))")
