"""What a blind batch of decentral, advisory and stakeholder texts showed (gold47): a list of bodies
announced by their plural kind ('de zorgaanbieders A, B en C'); a run of capitals cut after its
'en'. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import organisations

# -- a list a plural kind of body announces: every member is a body ------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ook tekenden de zorgaanbieders Zonnehof, KWB, Trias zorg, De Linde GGZ en Rivierzorg "
            "het convenant.",
            ["Zonnehof", "KWB", "Trias zorg", "De Linde GGZ", "Rivierzorg"],
        ),
        (
            "Er zijn afspraken met de huurdersverenigingen Brugwacht en Oosterpoort Wonen.",
            ["Brugwacht", "Oosterpoort Wonen"],
        ),
        (
            "Namens de corporatiedirecteuren van Woonveste, Stichting Havenkwartier en De Bolder "
            "sprak de voorzitter.",
            ["Woonveste", "Stichting Havenkwartier", "De Bolder"],
        ),
        (
            "De jeugdzorgaanbieders Kompaan, Lindehof of Horizonzorg nemen deel.",
            ["Kompaan", "Lindehof", "Horizonzorg"],
        ),
    ],
)
def test_a_list_announced_by_a_kind_of_body_holds_bodies(text: str, names: list[str]) -> None:
    found = organisations(text)
    for name in names:
        assert name in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # one name is no list
        ("De bedrijven Zonnehof zijn gesloten.", "Zonnehof"),
        # persons with initials in the members' place
        ("De bestuurders van A. Kwast en B. Molenaar spraken.", "A. Kwast"),
        # a plural kind that is no body's: no list after it
        ("De woningen Zonnehof en Lindehof zijn klaar.", "Lindehof"),
        # municipalities are left to the gemeente rule
        ("De gemeenten Zonnedorp en Lindedorp tekenden.", "Lindedorp"),
        # sentence words after the kind word
        ("Er zijn zes instellingen Ook en Daarnaast genoemd.", "Daarnaast"),
        # the list's last member ends at its last capitalised word
        ("de organisaties Kompaan en Lindehof het convenant", "Lindehof het"),
    ],
)
def test_no_bodies_where_the_kind_word_announces_no_list(text: str, absent: str) -> None:
    assert absent not in organisations(text)


def test_the_last_member_stops_before_the_next_sentence() -> None:
    found = organisations("met de huurdersverenigingen Brugwacht en Oosterpoort Wonen. De ...")
    assert "Oosterpoort Wonen" in found
    assert not any(name.endswith(". De") for name in found)


# -- a run of capitals cut after its 'en' ends in no conjunction ----------------------------------


def test_a_name_ends_before_a_conjunction() -> None:
    found = organisations("met Woonveste, Woningstichting Lindedorp en De Bolder de afspraken")
    assert "Woningstichting Lindedorp" in found
    assert "Woningstichting Lindedorp en" not in found


def test_two_bodies_joined_by_en_stay_two() -> None:
    found = organisations("Stichting Zonnehof en Vereniging Lindehof tekenden.")
    assert "Stichting Zonnehof" in found
    assert "Vereniging Lindehof" in found
