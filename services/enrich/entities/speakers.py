"""The speaker a page's title names before the meeting she spoke at (letters67).

A party's or member's web page titles a member's contribution 'Bijdrage Ouwehand AO Landbouw- en
Visserijraad', 'Inbreng Van der Staaij notaoverleg ...': the word for a contribution, the
member's surname, and the meeting (an abbreviation of its kind or its kind's word). No title
word stands before the name, so no other rule reads it. Only at a line's start, only a listed
member's or minister's surname (particles before it capitalised), and only where a meeting's
word follows it: 'Bijdrage Gemeentefonds AO' or 'Bijdrage Jansen' alone name no one.
"""

from __future__ import annotations

import re
from typing import Final

from services.enrich.entities import titled
from services.enrich.entities.gazetteer import Match
from services.enrich.entities.persons import canonical
from services.enrich.words import read

_MEETINGS: Final = (
    r"AO|VAO|WGO|NO|SO|commissiedebat|tweeminutendebat|notaoverleg|wetgevingsoverleg"
    r"|algemeen[ \t]+overleg|plenair(?:[ \t]+debat)?|debat|begrotingsdebat|dertigledendebat"
    r"|interpellatie|mondelinge[ \t]+vragen|vragenuur|schriftelijk[ \t]+overleg"
)
_SPEAKER: Final = re.compile(
    r"(?m)^[ \t]*(?:Bijdrage|Inbreng)[ \t]+(?:van[ \t]+)?"
    r"(?P<name>(?:(?:Van|De|Den|Der|Ter|Ten|Te|van|de|der|den)[ \t]+){0,3}"
    r"[A-ZÀ-Þ][\w'’]*(?:-[A-Za-zÀ-ÿ][\w'’]*)*)"
    rf"[ \t]+(?:{_MEETINGS})(?![\w-])"
)


# Every match opens with one of these: read from words.py's pass, not scanned for (speed50).
CUES: Final = frozenset({"Bijdrage", "Inbreng"})


def find(text: str) -> list[Match]:
    if read(text).cues.isdisjoint(CUES):
        return []
    found = []
    for m in _SPEAKER.finditer(text):
        name = " ".join(m.group("name").split())
        if name.split()[-1] not in titled.member_surnames():
            continue
        found.append(Match("person", m.start("name"), m.end("name"), canonical(name)))
    return found
