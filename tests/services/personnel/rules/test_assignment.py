"""The rules of giving a case to an officer (Law Art. 21.5, 36; Decree 62/2015 Art. 10), pure."""
from datetime import date

from services.personnel.rules import assignment as rules
from services.personnel.rules.assignment import Candidate, Relation


def party(party_id, name, identity_number=None):
    return {"party_id": party_id, "name": name, "identity_number": identity_number}


def test_normalise_name_case_spaces_and_unicode_forms():
    decomposed = "Nguye\u0302\u0303n Va\u0306n A"  # combining marks, as some keyboards send
    assert rules.normalise_name("  NGUYỄN   Văn a ") == rules.normalise_name(decomposed)
    assert rules.normalise_name("Nguyễn Văn A") != rules.normalise_name("Nguyễn Văn B")


def test_same_person_identity_numbers_decide_alone():
    recorded = {"name": "Trần Thị B", "identity_number": "001190000001"}
    assert rules.same_person(recorded, party("p1", "Tran Thi B", "001190000001")) == (
        "identity_number")
    # the same name with another number is another person
    assert rules.same_person(recorded, party("p1", "Trần Thị B", "001190000002")) is None


def test_same_person_by_name_when_a_number_is_missing():
    recorded = {"name": "Trần Thị B", "identity_number": None}
    assert rules.same_person(recorded, party("p1", "trần thị b", "001190000001")) == "name"
    assert rules.same_person(recorded, party("p1", "Trần Thị C")) is None


def test_conflicts_with_parties_names_the_relation_and_the_ground():
    relations = [{"name": "Trần Thị B", "identity_number": None, "relation": "spouse"},
                 {"name": "Lê Văn D", "identity_number": None, "relation": "defender"},
                 {"name": "Phạm E", "identity_number": None, "relation": "sibling"}]
    found = rules.conflicts_with_parties(
        relations, [party("creditor-1", "Trần Thị B"), party("debtor-1", "Lê Văn D")])
    assert found == [
        {"party_id": "creditor-1", "party_name": "Trần Thị B", "relation": "spouse",
         "matched_by": "name", "ground": "Decree 62/2015 Art. 10.1.a; Law Art. 21.5.a"},
        {"party_id": "debtor-1", "party_name": "Lê Văn D", "relation": "defender",
         "matched_by": "name", "ground": "Decree 62/2015 Art. 10.1.b"}]


def test_grounds_every_relation_has_a_ground_of_article_10_1():
    assert set(rules.GROUNDS) == set(Relation)
    assert all(g.startswith("Decree 62/2015 Art. 10.1.") for g in rules.GROUNDS.values())


def test_choose_officer_fewest_open_assignments_then_id():
    a, b, c = Candidate("CHV-A", "A", 3), Candidate("CHV-B", "B", 1), Candidate("CHV-C", "C", 1)
    choice = rules.choose_officer([a, c, b])
    assert choice.officer == b  # 1 open, and B before C
    assert [x.officer_id for x in choice.considered] == ["CHV-B", "CHV-C", "CHV-A"]
    assert choice.excluded == []


def test_choose_officer_never_an_officer_with_a_conflict_even_the_least_loaded():
    conflict = {"party_id": "d1", "party_name": "X", "relation": "child", "matched_by": "name",
                "ground": rules.GROUNDS[Relation.CHILD]}
    idle = Candidate("CHV-A", "A", 0, [conflict])
    busy = Candidate("CHV-B", "B", 9)
    choice = rules.choose_officer([idle, busy])
    assert choice.officer == busy and choice.excluded == [idle]
    none_left = rules.choose_officer([idle])
    assert none_left.officer is None and none_left.considered == []


def test_explain_workloads_compared_and_exclusions_named():
    conflict = {"party_id": "d1", "party_name": "X", "relation": "child", "matched_by": "name",
                "ground": "Decree 62/2015 Art. 10.1.a; Law Art. 21.5.a"}
    choice = rules.choose_officer([Candidate("CHV-A", "A", 0, [conflict]),
                                   Candidate("CHV-B", "B", 2), Candidate("CHV-C", "C", 4)])
    assert rules.explain(choice) == [
        "CHV-B has the fewest open assignments (2); others: CHV-C 4",
        "CHV-A excluded: child of party d1 (Decree 62/2015 Art. 10.1.a; Law Art. 21.5.a)"]
    alone = rules.choose_officer([Candidate("CHV-B", "B", 2)])
    assert rules.explain(alone) == [
        "CHV-B has the fewest open assignments (2); no other officer without a conflict"]


def test_choose_officer_sets_aside_the_officer_being_replaced_even_the_least_loaded():
    replaced, busy = Candidate("CHV-A", "A", 0), Candidate("CHV-B", "B", 5)
    choice = rules.choose_officer([replaced, busy], frozenset({"CHV-A"}))
    assert choice.officer == busy and choice.set_aside == [replaced]
    assert choice.considered == [busy] and choice.excluded == []
    assert rules.explain(choice)[-1] == ("CHV-A set aside: Decree 62/2015 Art. 10.3 (the "
                                         "officer being replaced)")
    alone = rules.choose_officer([replaced], frozenset({"CHV-A"}))
    assert alone.officer is None and alone.set_aside == [replaced]


def test_replacement_decided_by_the_superior_too_when_the_officer_is_the_head():
    on = date(2026, 12, 3)
    head = [{"authority_id": "HN-01", "position": "enforcement_officer_junior",
             "valid_from": date(2025, 7, 1), "valid_to": None},
            {"authority_id": "HN-01", "position": "head", "valid_from": date(2026, 3, 2),
             "valid_to": None}]
    assert rules.replacement_decided_by(head, "HN-01", "HN", on) == ("HN-01", "HN")
    # Art. 10.2 reads "is also the head": on the day of the request, at that authority
    assert rules.replacement_decided_by(head, "HN-01", "HN", date(2026, 3, 1)) == ("HN-01",)
    assert rules.replacement_decided_by(head, "HN-02", "HN", on) == ("HN-02",)
    ended = [{**head[1], "valid_to": date(2026, 11, 30)}]
    assert rules.replacement_decided_by(ended, "HN-01", "HN", on) == ("HN-01",)
    assert rules.replacement_decided_by(head, "HN-01", None, on) == ("HN-01",)  # a root
    assert rules.DECIDERS_BASIS.startswith("Decree 62/2015 Art. 10.2")
