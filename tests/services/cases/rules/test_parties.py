"""The parties' identity documents: which document fits which party, and who may see the
number (the case's officers only)."""
from shared.auth import Identity

from services.cases.rules import parties as rules


def test_identity_kind_fits_a_person_and_an_organisation():
    assert rules.identity_kind_fits("person", "citizen_identity_card")
    assert rules.identity_kind_fits("person", "passport")
    assert rules.identity_kind_fits("organisation", "enterprise_registration")
    assert not rules.identity_kind_fits("person", "enterprise_registration")
    assert not rules.identity_kind_fits("organisation", "passport")
    assert not rules.identity_kind_fits("ship", "passport")


def test_may_see_identity_the_assigned_officer_and_the_head_of_the_authority():
    assert rules.may_see_identity(Identity("CHV-A", "enforcement_officer", "HN-01"),
                                  "HN-01", "CHV-A")
    assert rules.may_see_identity(Identity("head@HN-01", "head_of_authority", "HN-01"),
                                  "HN-01", None)


def test_may_see_identity_not_other_officers_roles_or_authorities():
    assert not rules.may_see_identity(Identity("CHV-B", "enforcement_officer", "HN-01"),
                                      "HN-01", "CHV-A")
    assert not rules.may_see_identity(Identity("CHV-A", "enforcement_officer", "HN-01"),
                                      "HN-01", None)  # no officer assigned yet
    assert not rules.may_see_identity(Identity("CHV-A", "desk_officer", "HN-01"),
                                      "HN-01", "CHV-A")  # the id matches, not the role
    assert not rules.may_see_identity(Identity("head@HN-02", "head_of_authority", "HN-02"),
                                      "HN-01", "CHV-A")
    assert not rules.may_see_identity(Identity("CHV-A", "enforcement_officer", "HN-02"),
                                      "HN-01", "CHV-A")
    assert not rules.may_see_identity(None, "HN-01", "CHV-A")
