"""The kind words of organisations: kind_words.tsv, from the OpenTaal Dutch word list.

Source (a public GitHub repository, read from a local copy; nothing is fetched at run time):
OpenTaal/opentaal-wordlist, commit b250510dda431785f962019167d1415198ff3905 (2025-02-09),
elements/basiswoorden-gekeurd.txt (the approved base words; by OpenTaal, https://opentaal.org, under
the Revised BSD License and/or CC BY 3.0, its LICENSE.txt).

A body is often named right after the word for its kind: 'fabriek Fibrant', 'theatergezelschap
De PeerGrouP', 'hulpclub ICCO' (kinds.py and companies.py read a capitalised name after such a
word). Rounds orgs65 to orgs79 added these words one at a time, from the misses each round saw;
here they are taken from the word list instead: every lower-case word of one piece that
ends in one of `HEADS` (a compound: 'chocoladefabriek', 'golfclub', 'streekomroep'), and the head
itself where it names a body alone (`BARE`). Heads whose compounds are as often no body were read
by eye in a sample and left out: '-dienst' ('avonddienst'), '-raad' ('voorraad', '-beraad'),
'-groep' ('doelgroep'), '-bank' ('parkbank'), '-centrum' ('stadscentrum', 'winkelcentrum': places),
'-fonds' (money), '-commissie' (committees are optional in the gold and seldom followed by a
name). Within the heads kept, the compounds that name no body were read by eye and are listed in
`NOT_BODIES` ('kleureninstelling': a setting; 'informatiemaatschappij': a society; 'lichtkrant';
'erepodium'); and, from '-bureau' and '-kantoor', the offices that are a site or a polling
station ('stembureau De Linde', 'postkantoor Centrum', 'hoofdkantoor Utrecht'). Words kinds.py,
kindlists.py or companies.py hold already are left to them, and so are the compounds of a head
companies.py reads at the end of any compound ('-instelling', '-gezelschap', '-organisatie',
'-vereniging', '-bedrijf').

    python -m services.enrich.data.build_kind_words basiswoorden-gekeurd.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

HEADS = (
    "fabriek", "club", "gezelschap", "orkest", "omroep", "krant", "weekblad", "bureau",
    "instituut", "ziekenhuis", "instelling", "coöperatie", "organisatie", "museum", "theater",
    "podium", "kantoor", "maatschappij", "bedrijf", "school", "vereniging", "stichting",
)  # fmt: skip
# The heads that name a body alone ('fabriek Fibrant', 'krant Trouw'); 'vereniging' and
# 'stichting' are orgcontext.py's; 'maatschappij', 'podium' and 'kantoor' alone are as often no
# body ('ons kantoor Utrecht': a site).
BARE = (
    "fabriek", "club", "gezelschap", "orkest", "krant", "dagblad", "weekblad", "bureau",
    "instituut", "ziekenhuis", "instelling", "coöperatie", "organisatie", "museum", "theater",
    "bedrijf", "school",
)  # fmt: skip
_NOT_BODIES_TEXT = """
apparaatinstelling basisinstelling beeldinstelling begininstelling beginstelling camera-instelling
datuminstelling fabrieksinstelling filterinstelling klankinstelling kleureninstelling
kleurinstelling levensinstelling monitorinstelling privacyinstelling routerinstelling
standaardinstelling standaardtaalinstelling tijdsinstelling voorinstelling wedstrijdinstelling
werkinstelling zoekinstelling
beeldkrant kabelkrant knipselkrant lichtkrant muurkrant telekrant
amfitheater antitheater bewegingstheater ervaringstheater figurentheater forumtheater
geheugentheater improvisatietheater locatietheater margetheater mimetheater schimmentheater
straattheater teksttheater totaaltheater
bigbrothermaatschappij burgermaatschappij consensusmaatschappij consumentenmaatschappij
consumptiemaatschappij informatiemaatschappij kennismaatschappij klassenmaatschappij
mannenmaatschappij massamaatschappij mensenmaatschappij netwerkmaatschappij
overgangsmaatschappij participatiemaatschappij prestatiemaatschappij risicomaatschappij
spektakelmaatschappij standenmaatschappij verzorgingsmaatschappij wegwerpmaatschappij
welvaartsmaatschappij
buitenpodium debatpodium discussiepodium drumpodium erepodium festivalpodium finishpodium
hoofdpodium openluchtpodium theaterpodium toneelpodium wereldpodium
arbeidsorganisatie bestandsorganisatie deelorganisatie desorganisatie klasorganisatie
klassenorganisatie lijnorganisatie matrixorganisatie politiereorganisatie projectorganisatie
schoolorganisatie staforganisatie taakorganisatie werkorganisatie zelforganisatie
briefstembureau hoofdbureau hoofdstembureau kiesbureau politiebureau stationsstembureau stembureau
stemopnemingsbureau telbureau wijkbureau
bijkantoor districtskantoor gemeentekantoor hoofdkantoor hoofdpostkantoor hulppostkantoor
politiekantoor postkantoor privékantoor regiokantoor stadsdeelkantoor stadskantoor thuiskantoor
wijkkantoor
"""
NOT_BODIES = frozenset(_NOT_BODIES_TEXT.split())

# The heads of a name of one word, capitalised after a lower-case article ('het Kempendagblad',
# 'de Zwaluwenclub'): kind_nouns.tsv holds the word list's compounds of these heads, the common
# nouns ('de Adviescommissie', 'de Voetbalclub') that are none. '-stichting', '-instituut',
# '-centrum', '-museum' and '-genootschap' are bodycues.py's (its rule 11, with a hand-written
# list of generic first parts), and not repeated here.
NAME_HEADS = (
    "commissie", "vereniging", "fabriek", "club", "orkest", "dagblad", "krant", "omroep",
    "theater", "gezelschap",
)  # fmt: skip

SOURCE = "opentaal-wordlist b250510, elements/basiswoorden-gekeurd.txt"
LICENCE = (
    "Nederlandse woordenlijst by OpenTaal (opentaal.org): Revised BSD License and/or CC BY 3.0"
)
OUT = Path(__file__).with_name("kind_words.tsv")
NOUNS = Path(__file__).with_name("kind_nouns.tsv")


def kind_nouns(lines: list[str]) -> list[tuple[str, str]]:
    """(word, head) for every word of the list of one piece that ends in one of `NAME_HEADS`, in
    lower case (the list prints some capitalised: 'Kamercommissie', 'Rotaryclub')."""
    out: dict[str, str] = {}
    for line in lines:
        word = line.strip().lower()
        if word and " " not in word:
            for head in NAME_HEADS:
                if word.endswith(head) and len(word) > len(head):
                    out[word] = head
                    break
    return sorted(out.items())


def kind_words(
    lines: list[str], held: frozenset[str], open_ends: frozenset[str] = frozenset()
) -> list[tuple[str, str]]:
    """(word, head) for every kind word of the list; not a word another finder holds (`held`),
    nor a compound of a head companies.py reads at the end of any compound (`open_ends`)."""
    out: dict[str, str] = {}
    for line in lines:
        word = line.strip()
        if not word or not word[0].islower() or " " in word or word in NOT_BODIES:
            continue
        for head in HEADS:
            if word.endswith(head) and len(word) > len(head) + 2:
                out[word] = head
                break
    for head in BARE:
        out[head] = head
    return sorted(
        (w, h) for w, h in out.items() if w not in held and not (w != h and h in open_ends)
    )


def main(path: str) -> None:
    from services.enrich.entities import companies, kindlists, kinds

    held = frozenset(
        w.lower() for w in (*kinds.BUILT_IN, *kindlists.KIND_WORDS, *companies.KIND_WORDS)
    )
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    rows = kind_words(lines, held, companies.COMPOUND_ENDS)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# Generated by services/enrich/data/build_kind_words.py (see its docstring):\n")
        fh.write(f"#   OpenTaal/{SOURCE}\n")
        fh.write(f"#   {LICENCE}\n")
        fh.write("word\thead\tsource\n")
        for word, head in rows:
            fh.write(f"{word}\t{head}\topentaal-wordlist\n")
    print(f"{len(rows)} kind words -> {OUT}")
    nouns = kind_nouns(lines)
    with NOUNS.open("w", encoding="utf-8") as fh:
        fh.write("# Generated by services/enrich/data/build_kind_words.py (see NAME_HEADS):\n")
        fh.write(f"#   OpenTaal/{SOURCE}\n")
        fh.write(f"#   {LICENCE}\n")
        fh.write("word\thead\tsource\n")
        for word, head in nouns:
            fh.write(f"{word}\t{head}\topentaal-wordlist\n")
    print(f"{len(nouns)} common nouns of the name heads -> {NOUNS}")


if __name__ == "__main__":
    main(sys.argv[1])
