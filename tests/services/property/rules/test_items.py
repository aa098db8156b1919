"""Items of property (Law Art. 44; Decree 62/2015 Art. 9.1): the kinds and the legal basis."""
from services.property.rules import items


def test_kinds_are_the_types_of_property_of_art_9_1():
    assert items.KINDS == ("bank_account", "securities", "real_estate", "movable", "income",
                           "receivable", "intellectual_property", "other")


def test_property_recorded_cites_law_art_44_and_decree_art_9_1():
    assert items.PROPERTY_RECORDED == ("Law on Civil Judgment Enforcement Art. 44; "
                                       "Decree 62/2015 Art. 9.1")
