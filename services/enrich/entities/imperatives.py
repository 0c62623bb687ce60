"""Imperatives that open a motion's or an amendment's title (round persons42, issue #12).

Councils title their motions by what they ask, the verb first: 'de motie Regel bereikbaarheid',
'motie Omarm het burgerberaad', 'het amendement Verbied lachgas', 'motie Breng de wijk in kaart'.
Read as a submitter's surname after 'motie'/'amendement', such a word became a person and the
linker then sought it through the whole document. Den Haag's 939 motions of 2025 open 1 in 5 of
their titles so ('Breng', 'Geef', 'Maak', 'Stop', 'Pak', 'Laat', 'Behoud', 'Voorkom', 'Zet', ...).

Not a lexicon of Dutch: the verbs' stems that open such titles, as a closed class. Left out are
the stems that are Dutch surnames too ('Koop', 'Pas', 'Borg', 'Bouw', 'Kap', 'Hou', 'Stel',
'Schep', 'Kies'); a stem that is a listed member's surname or a given name is no imperative to the
callers either, nor one a verb or a preposition follows as after a submitter's name ('de motie
Regel is aangenomen', 'de motie Regel over de wijken': unsure, left as read). The -eren
verbs ('Normeer', 'Intensiveer') are told by their ending in titled.py.
"""

from __future__ import annotations

from typing import Final

IMPERATIVES: Final = frozenset(
    {"Behoed", "Behoud", "Benader", "Benut", "Beperk", "Bescherm", "Betaal", "Betrek", "Bevorder",
     "Bewaar", "Bied", "Blijf", "Breng", "Bundel", "Creëer", "Deel", "Doe", "Durf", "Erken",
     "Gebruik", "Geef", "Gun", "Help", "Heroverweeg", "Herstart", "Herstel", "Herzie", "Houd",
     "Informeer", "Investeer", "Koester", "Kom", "Laat", "Leg", "Lever", "Luister", "Maak",
     "Neem", "Omarm", "Ondersteun", "Onderzoek", "Ontwikkel", "Ontzie", "Pak", "Plaats",
     "Prikkel", "Red", "Regel", "Richt", "Schaf", "Schrap", "Sluit", "Spreek", "Start", "Steun",
     "Stimuleer", "Stop", "Toets", "Veranker", "Verbeter", "Verbied", "Verdubbel", "Verduurzaam",
     "Vereenvoudig", "Vergroen", "Vergroot", "Verhoog", "Verken", "Verlaag", "Verleng",
     "Verlicht", "Verminder", "Verplicht", "Verruim", "Versnel", "Versterk", "Verzacht", "Voeg",
     "Voer", "Volg", "Voorkom", "Vul", "Werk", "Zet", "Zoek", "Zorg"}
)  # fmt: skip


# What follows a submitter's name in a sentence, not a title's next word: a verb or a preposition
# that names the motion's subject ('de motie Bakker is aangenomen', 'de motie Bakker over ...').
_AFTER_SUBMITTER: Final = frozenset(
    {"is", "was", "wordt", "werd", "worden", "werden", "zal", "zou", "kan", "kon", "heeft", "had",
     "krijgt", "kreeg", "blijft", "gaat", "ging", "vraagt", "vroeg", "verzoekt", "roept", "en",
     "of", "van", "over", "inzake", "betreffende", "aangaande", "omtrent",
     "aangenomen", "verworpen", "ingetrokken", "aangehouden", "ontraden"}
)  # fmt: skip


def opens_title(word: str, next_word: str) -> bool:
    """`word` is a verb's stem that opens a motion's title ('Regel', 'Omarm', 'Verbied'), the
    title going on with `next_word` (lower case), which is no verb or preposition a submitter's
    name takes."""
    return word in IMPERATIVES and next_word not in _AFTER_SUBMITTER
