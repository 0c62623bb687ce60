"""intl50 (issue #12): foreign government agencies, EU and international bodies in answers and
letters.

Classes read off intl50's set I50 (answers, letters and news the answers cite, naming U.S.
agencies, the F-35 test office, WHO organs, German authorities and foreign parliaments): (1) U.S.
federal agencies by name or acronym, from GSA's table of agencies (foreign.tsv: 'de Amerikaanse
luchtvaartautoriteit FAA', 'de FDA', 'experts van onder andere NASA'); acronyms that are words or
other bodies' letters left out, three letters read only with a cue near them (the country, a kind
of body before them, the agency's own name); (2) a foreign country's ministry or house of
parliament by the adjective of its country ('het Amerikaanse Ministerie van Defensie' is no Dutch
ministry, 'het Amerikaanse Congres', 'de Franse Senaat'); (3) bodies no register holds, curated
with their own names (the World Health Assembly, DOT&E, the G5 Sahel, German federal authorities);
(4) an EU document's series letters before its year are no body ('SEC(2021) 573'). Texts our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import bodies, enrich_one

# (text, a body that must be found as printed -> its canonical)
FOUND = [
    ("De Amerikaanse luchtvaartautoriteit FAA inspecteert elk toestel.", "FAA",
     "Federal Aviation Administration"),
    ("Het middel is in de Verenigde Staten door de FDA toegelaten.", "FDA",
     "Food and Drug Administration"),
    ("Het rapport is opgesteld door experts van onder andere NASA en ESA.", "NASA",
     "National Aeronautics and Space Administration"),
    ("De Amerikaanse SEC heeft een boete opgelegd aan het fonds.", "SEC",
     "Securities and Exchange Commission"),
    ("Luchtvaartautoriteit FAA heeft een notitie doen uitgaan.", "FAA",
     "Federal Aviation Administration"),
    ("Volgens de Federal Emergency Management Agency is de schade groot.",
     "Federal Emergency Management Agency", "Federal Emergency Management Agency"),
    ("Het Amerikaanse Ministerie van Defensie heeft het verzoek ingediend.",
     "Amerikaanse Ministerie van Defensie", "Amerikaanse ministerie van Defensie"),
    ("Het Duitse ministerie van Economische Zaken liet een studie uitvoeren.",
     "Duitse ministerie van Economische Zaken", "Duitse ministerie van Economische Zaken"),
    ("In 2020 nam het Amerikaanse Congres een wet aan.", "Amerikaanse Congres",
     "Amerikaanse Congres"),
    ("De Franse Senaat stemde in met het voorstel.", "Franse Senaat", "Franse Senaat"),
    ("Het Zuid-Afrikaanse parlement debatteert erover.", "Zuid-Afrikaanse parlement",
     "Zuid-Afrikaanse parlement"),
    ("Nederland is aanwezig bij de 76e World Health Assembly (WHA) te Genève.",
     "World Health Assembly", "World Health Assembly"),
    ("Tijdens de WHA wordt gesproken over de bijdragen.", "WHA", "World Health Assembly"),
    ("Op het rapport van de Director, Operational Test & Evaluation (DOT&E) reageer ik apart.",
     "DOT&E", "Director, Operational Test and Evaluation"),
    ("Het Pentagon heeft het programma vertraagd.", "Pentagon", "Department of Defense"),
    ("De leiders van de G5-Sahel vragen om steun.", "G5-Sahel", "G5 Sahel"),
    ("Het Bundeskartellamt onderzoekt de fusie.", "Bundeskartellamt", "Bundeskartellamt"),
    ("De richtlijn is door het EG-Hof van Justitie nietig verklaard.", "EG-Hof van Justitie",
     "Hof van Justitie van de Europese Unie"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "printed", "canonical"), FOUND)
def test_body_found(text: str, printed: str, canonical: str) -> None:
    assert bodies(text).get(printed) == canonical


# (text, what must not be found as an organisation as printed)
NOT_FOUND = [
    # the Dutch ministry inside a foreign one's name, and the foreign one's words
    ("Het Amerikaanse Ministerie van Defensie heeft het verzoek ingediend.",
     "Ministerie van Defensie"),
    # the Dutch ministry and parliament stay Dutch: no adjective of a foreign country
    ("Het Nederlandse parlement stemde in.", "Nederlandse parlement"),
    ("Het Europees Parlement en de Europese Commissie.", "Europese Parlement"),
    ("Het Europarlement stemde in.", "Europarlement"),
    # three letters of a U.S. agency with no cue near them: another thing's letters
    ("Handel door middel van directe elektronische toegang (direct electronic access, DEA).",
     "DEA"),
    ("Bij de NSF-keuring en de GAO-norm; de NSA van het project.", "NSA"),
    # an EU document's series letters before its year
    ("Zie de documenten SWD(2021) 346 en SEC(2021) 573.", "SEC"),
    # acronyms of U.S. agencies that are words or other bodies' letters
    ("Het EPA-label van de woning is C.", "EPA"),
    ("De DOE-regeling en de DOT-test.", "DOE"),
    ("Het advocatenkantoor DLA Piper adviseert.", "DLA"),
    ("De NRC meldde dat het kabinet uitstelt.", "Nuclear Regulatory Commission"),
    # a congress (conference) and a lower-case senate are no parliament
    ("Het congres over jeugdzorg vindt plaats in Utrecht.", "congres"),
    ("Congres Zorg en Welzijn 2024, 12 mei, Utrecht", "Congres"),
    # two-word names of the table are phrases
    ("The Science Office and the Tax Court met.", "Science Office"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "printed"), NOT_FOUND)
def test_no_body(text: str, printed: str) -> None:
    assert printed not in bodies(text)


def test_near_misses_stay_clean() -> None:
    # amounts, dates, a postcode, a phone number and a street beside the new cues
    text = (
        "Het ministerie betaalt € 3,1 miljard op 1 maart 2025 aan het parlement. Bel 070-3485231 "
        "of schrijf naar Bezuidenhoutseweg 67, 2594 AC Den Haag; 12,5 procent in 2024."
    )
    orgs = [e.text for e in enrich_one(text) if e.type == "organization"]
    assert orgs == []
