"""Round 66 (letters66, issue #12): what a new unseen set of Kamer papers showed. A member named
with the party she speaks for after 'van de'; a signature's double surname joined by a particle or
going on after a hyphened part; chair and clerk flattened onto one line; a body's name holding an
article; a brand's capitals typed title-cased; a task body 'voor' one task noun; a lawyer titled by
her trade; a hospital named after a person with a particle; a run of a meeting's subjects; the
curated rows. With the near misses that stay as they were. Sentences are our own."""

from __future__ import annotations

from tests.unit.enrich.found import bodies as printed_bodies
from tests.unit.enrich.found import enrich_one


def persons(text: str) -> list[str]:
    return [e.text for e in enrich_one(text) if e.type == "person"]


def body_texts(text: str) -> list[str]:
    return [e.text for e in enrich_one(text) if e.type == "organization"]


# --- a member and the party she speaks for --------------------------------------------------------


def test_a_member_named_with_her_party_after_van_de() -> None:
    text = "Ik geef het woord aan het lid Kostić van de Partij voor de Dieren. Gaat uw gang."
    assert persons(text) == ["Kostić"]


def test_a_name_ending_in_a_word_that_opens_no_party_stays_whole() -> None:
    # 'Partij' alone opens no listed name: the three words stay the name as before
    assert "Jan van de Berg" in persons("De leden Jan van de Berg en Kuiken vroegen het woord.")


# --- a signature's double surname -----------------------------------------------------------------


def test_a_signatures_surname_joined_by_a_particle_to_the_lines_end() -> None:
    text = "De Minister van Infrastructuur en Milieu,\nM.H. Schultz van Haegen-Maas Geesteranus\n"
    assert "M.H. Schultz van Haegen-Maas Geesteranus" in persons(text)


def test_a_second_word_after_a_hyphened_part_before_a_bracket() -> None:
    text = "Plaatsvervangende leden: N.H. van den Broek-Laman Trip (VVD), M.J.M. Kok (SP)."
    found = persons(text)
    assert "N.H. van den Broek-Laman Trip" in found
    assert "M.J.M. Kok" in found


def test_no_particle_surname_where_the_sentence_goes_on() -> None:
    assert persons("Volgens A.B. Smit van Dam is het goed.") == ["A.B. Smit"]


def test_no_particle_surname_before_a_body() -> None:
    found = persons("Met vriendelijke groet,\nA.B. Smit van Rijkswaterstaat\n")
    assert found == ["A.B. Smit"]
    assert "Rijkswaterstaat" in body_texts("Met groet,\nA.B. Smit van Rijkswaterstaat\n")


def test_no_second_word_after_a_particle_surname_without_a_hyphen() -> None:
    # 'Dam Advocaten': a firm's word, not a surname's second part
    assert persons("Met vriendelijke groet,\nA.B. Smit van Dam Advocaten\n") == ["A.B. Smit"]


def test_no_second_word_after_a_hyphened_surname_where_a_word_goes_on() -> None:
    assert persons("G.H. Kuipers-Wit Deze brief gaat over de aanpak.") == ["G.H. Kuipers-Wit"]


def test_no_office_after_a_hyphened_surname() -> None:
    assert persons("De secretaris,\nA.B. Jansen-Smit Voorzitter\n") == ["A.B. Jansen-Smit"]


# --- chair and clerk on one line ------------------------------------------------------------------


def test_chair_and_clerk_flattened_onto_one_line() -> None:
    text = (
        "Inbreng over de brief (Kamerstuk 31 289, nr. 351). Waarnemend voorzitter van de "
        "commissie, Van Tellegen Adjunct-griffier van de commissie, Boeve\n\nI Vragen"
    )
    found = persons(text)
    assert "Van Tellegen" in found
    assert "Boeve" in found


def test_no_clerk_where_the_name_is_a_contents_word() -> None:
    text = "De voorzitter van de commissie, Kuiken De griffier van de commissie, Inhoud\n"
    assert "Inhoud" not in persons(text)


def test_no_pair_read_where_the_line_goes_on_past_the_clerk() -> None:
    text = "Waarnemend voorzitter van de commissie, Bakker Griffier van de commissie, Smit zegt dat"
    assert "Smit" not in persons(text)


# --- a name holding an article --------------------------------------------------------------------


def test_a_foundations_name_holding_an_article_after_its_kind_word() -> None:
    text = "Het bericht «Woede om steun door hulporganisatie Plant een Olijfboom: ze juichen»."
    assert "Plant een Olijfboom" in body_texts(text)
    assert "Plant" not in body_texts(text)


def test_a_name_holding_an_article_where_the_text_names_it_so_elsewhere() -> None:
    text = (
        "De Stichting Plant een Olijfboom is een ANBI. De hulporganisatie Plant een Olijfboom "
        "werkt voor vrede."
    )
    assert body_texts(text).count("Plant een Olijfboom") == 1


def test_no_article_inside_where_the_sentence_goes_on() -> None:
    assert body_texts("Heeft het bedrijf Acme het Rapport gestuurd?") == ["Acme"]
    assert "Acme" in body_texts("Zo schreef het bedrijf Acme de Gemeente Utrecht aan.")


def test_no_article_inside_before_an_office() -> None:
    assert body_texts("Heeft de vakbond Abvakabo de Minister om uitstel gevraagd?") == ["Abvakabo"]


# --- a brand's capitals ---------------------------------------------------------------------------


def test_a_brands_capitals_typed_title_cased() -> None:
    text = "Het stopzetten van de dienstverlening door ABN Amro aan klanten buiten de EU."
    assert printed_bodies(text).get("ABN Amro") == "ABN AMRO"


def test_the_brands_word_alone_is_no_body() -> None:
    assert "Amro" not in body_texts("ABN Amro is een Nederlandse bank die klanten bedient.")


# --- a task body 'voor' one task noun -------------------------------------------------------------


def test_a_state_commission_for_one_task_noun() -> None:
    text = "Het verslag van de Staatscommissie voor het onderwijs gaat niet in op de openbare orde."
    assert "Staatscommissie voor het onderwijs" in body_texts(text)


def test_no_task_body_where_more_words_go_on_with_the_task() -> None:
    text = "Daarom heeft de Commissie voor de behandeling van dit voorstel meer tijd nodig."
    assert body_texts(text) == []


def test_no_task_body_for_a_word_that_is_no_task() -> None:
    assert body_texts("Dit vraagt de Commissie voor het eerst aan de lidstaten.") == []


def test_no_task_body_at_a_sentences_start() -> None:
    assert body_texts("De Commissie voor het onderwijs stelt voor dat het zo blijft.") == []


# --- a lawyer by her trade ------------------------------------------------------------------------


def test_a_lawyer_titled_by_her_trade_whose_given_name_is_a_word() -> None:
    text = (
        "Hoe beoordeelt u de bedreigingen aan het adres van de jurist Nada Kiswanson, en de rest?"
    )
    assert "Nada Kiswanson" in persons(text)


def test_no_lawyer_where_no_name_follows() -> None:
    assert persons("Volgens de jurist van de gemeente is dat toegestaan.") == []


# --- a hospital named after a person --------------------------------------------------------------


def test_a_hospital_named_after_a_person_with_a_particle() -> None:
    text = "Mevrouw Leijten (SP): Voorzitter. Het Ruwaard van Putten Ziekenhuis wordt bedreigd."
    assert "Ruwaard van Putten Ziekenhuis" in body_texts(text)
    found = body_texts("Het Antoni van Leeuwenhoek ziekenhuis")
    assert "Antoni van Leeuwenhoek ziekenhuis" in found


def test_no_office_taken_into_a_hospitals_name() -> None:
    found = body_texts("Heeft de Minister van VWS ziekenhuis Zuyderland bezocht?")
    assert not any(name.startswith(("Minister", "de ", "Heeft")) for name in found)


# --- a run of a meeting's subjects ----------------------------------------------------------------


def test_a_run_holding_a_law_lists_subjects_not_bodies() -> None:
    text = "over de Zorgverzekeringswet, Pakketmaatregelen en Ruwaard van Putten ziekenhuis."
    found = body_texts(text)
    assert "Pakketmaatregelen" not in found
    assert "Ruwaard van Putten ziekenhuis" in found


def test_a_run_of_bodies_without_a_law_still_takes_its_unknown_member() -> None:
    assert "Bootgilde" in body_texts("Overleg met de NVWA, Bootgilde en Rijkswaterstaat.")


# --- curated rows ---------------------------------------------------------------------------------


def test_the_curated_rows() -> None:
    text = (
        "De notities van Wakker Dier en van Wageningen UR. Een onderzoeksteam van de Universiteit "
        "Utrecht en Sardes voert het onderzoek uit. De provincie meldde het de Vlaamse Overheid. "
        "Het onderzoek van de Eerlijke Verzekeringswijzer toont het aan."
    )
    found = printed_bodies(text)
    assert found.get("Wageningen UR") == "Wageningen University & Research"
    assert found.get("Sardes") == "Sardes"
    assert found.get("Vlaamse Overheid") == "Vlaamse overheid"
    assert found.get("Eerlijke Verzekeringswijzer") == "Eerlijke Geldwijzer"
