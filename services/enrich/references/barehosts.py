"""A bare host without a path ('amsterdam.nl', 'op wobcovid19.rijksoverheid.nl'), where it can only
be an address (issue #12).

urls.py takes a bare host only with a path ('regiopurmerend.nl/2024/...'): without one a host is
too often a name ('Booking.com'), a word glued to the next sentence's ('ligt.de'), or, in a Woo
release's mail threads, the domain a redaction left of an e-mail address ('Aan: edrenthe.nl
(geanonimiseerd)', '<BR • vrijsselland.nl>', 'T +31 E minlnv.nl'): barehost45 counted 77 such
'minvws.nl' alone in earlier helpers' pools. So a host is taken only when

- it is lower case (or a site's name with its first letter capitalised right after a word
  that points to a site: 'op Rijksoverheid.nl', urls46), whole (no letter, hyphen mark or '@'
  glued before it) and its TLD is no word of Dutch or English prose ('de', 'nu', 'be', 'at',
  'it', 'co', 'news' are; `_TLDS`), and
- something says it is a site: a word before it that names or points to one ('op', 'via', 'zie',
  '(de) website', '(informatie)platform', a letterhead's 'Internet' or 'W:') or puts it in a
  sentence ('en', 'of', 'de', 'het'), a letterhead's phone number right before it ('Telefoon 14 020
  amsterdam.nl'; a redaction keeps no digits: 'T +31 ggdtwente.nl'), three labels or more
  ('meldingen.amsterdam.nl'), or the list it ends ('op omroepwest.nl en nos.nl'),
- and nothing says it is an e-mail's domain: '@' (or OCR's '®', '©', '(a)') or '<' before it,
  '>' or ']' or '(geanonimiseerd)' after it,
- nor a link's label: a title and the site's host alone in brackets, as a browser or Word pastes
  a link ('Wie ontvingen – ontvangers | Ministerie van Financiën – Rijksoverheid
  (rijksfinancien.nl)'). The corpus gold (kamervragen) lists none of its six as an address, the
  address itself is the link's, not printed (test_urls keeps '(rijksfinancien.nl)' a near miss).

The test cues ('.nl', '.com', ...) are read in words.py's one pass (`CUES`), so a text without
one costs a set test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from services.enrich.hits import Hit

# No TLD that is a word ('de', 'nu', 'be', 'at', 'it', 'no', 'us', 'se', 'es', 'co', 'tv',
# 'news'): 'Energiewet in werking treedt ligt.de bevoegdheid' lost a space, not a German site.
# 'n1': OCR's '.nl' (a letterhead's 'amsterdam.n1'; ocr.repair_host reads it as '.nl').
_TLDS: Final = ("nl", "com", "org", "eu", "int", "net", "gov", "edu", "info", "io", "online")
CUES: Final[frozenset[str]] = frozenset(f".{tld}" for tld in (*_TLDS, "n1"))
# A TLD that ends a host: no letter, hyphen, '@' or path after it (a path is urls.py's), and no
# further label ('x.nl.Ons' is urls.py's glued label), nor a '/' ('zie foo.nl/ en verder' stays
# text, as before).
_TLD_END: Final = re.compile(rf"\.(?:{'|'.join(_TLDS)}|n1)(?![\w@/-]|\.\w)")
_LABEL: Final = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_HOST_CHARS: Final = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-"
# Glued before the host: a word's letter, an underscore, a path, an address's '@', pdfium's marks
# of a line end's hyphen (U+FFFE, U+0002) or a soft hyphen: the host is a piece of something else
# ('nsl-monito\ufffering.nl', 'cultuursub\ufffesidie.nl').
_GLUED_BEFORE: Final = "_@/\\&=%\ufffe\x02\u00ad"
# ... or the previous line ended in one: 'gemeente@baarle\ufffe' + '\nnassau.nl'.
_PIECE_LINE: Final = re.compile("[-\ufffe\x02\u00ad\u2010][ \t]*\r?\n[ \t]*$")

# An e-mail's domain: '@' or OCR's reading of it before ('®', '©', 'info(a)coevorden.nl'), or
# the address's angle bracket or bullet a redaction left ('<BR • vrijsselland.nl>').
_MAIL_BEFORE: Final = re.compile(r"(?:[@®©<•][ \t]*|\))$")
_MAIL_AFTER: Final = re.compile(r"[ \t]*(?:[>\]]|\(geanonimiseerd\))")

# The word before that names or points to a site (any case: 'Op de website', 'Internet',
# 'Website:', a letterhead's 'W.' or 'W:'), or a word of prose that puts the host in a sentence
# ('de begrotingen en rijksbegroting.nl', 'bij de politie of discriminatie.nl', 'is het
# juisteloket.nl'): a redaction leaves an e-mail's domain after a name, a label ('Aan:', 'E-mail',
# 'Per mail:'), a ground ('5.1.2e') or OCR's reading of a black box ('EEE', 'ee', 'jum'), and
# none of these.
# English ones too (urls48: a standard's 'Examples can be found at schema.org.'): no Dutch word
# of prose, and a mail's domain has its '@' before it.
_POINTING: Final = frozenset(
    {"op", "via", "zie", "website", "site", "webpagina", "webpage", "webadres", "internet", "web"}
    | {"en", "of", "de", "het", "bijvoorbeeld", "zoals"}
    | {"at", "see", "visit"}
)
_POINTING_END: Final = ("website", "platform", "portaal", "webpagina")  # 'informatieplatform'
# A site's name capitalised as a name is ('op Rijksoverheid.nl', 'via Mijnpensioenoverzicht.nl',
# 'website Coevorden.nl'): an address only after a word that points to a site, never after prose's
# 'en', 'de', 'zoals' ('Booking.com en ...' is a name); the address is the host in lower case.
_POINTING_AT_NAME: Final = frozenset(
    {"op", "via", "zie", "website", "site", "webpagina", "webadres"}
)
_LAST_WORD: Final = re.compile(r"(?:^|[\s(|])(?P<word>[^\W\d_]+(?:/[^\W\d_]+)?)[.:]?[ \t\r\n]+$")
_LETTERHEAD_W: Final = re.compile(r"(?:^|[\s|])W[.:]?[ \t]+$")
# A letterhead's phone or fax number right before the host, on its line or the line before
# ('Telefoon 14 020 amsterdam.nl', OCR's '14020 % amsterdam.nl', 'F 070 8888 501
# autoriteitpersoonsgegevens.nl'): five digits or more, a redaction keeps none ('T +31
# ggdtwente.nl').
_PHONE_BEFORE: Final = re.compile(
    r"(?<!\w)(?:Telefoon|Tel|T|Fax|F)[.:]?[ \t]*\+?(?P<number>\d[\d \t()-]{3,}\d)"
    r"[ \t]*(?:[%|][ \t]*)?(?:\r?\n[ \t]*)?$"
)
# The list a host ends: 'op omroepwest.nl en nos.nl', 'a.nl, b.nl'.
_LIST_BEFORE: Final = re.compile(r"(?:,|[ \t]+(?:en|of|en/of))[ \t]+$")


def _pointed_at(before: str) -> bool:
    if _LETTERHEAD_W.search(before) is not None:
        return True
    last = _LAST_WORD.search(before)
    if last is None:
        return False
    word = last.group("word").lower()
    return word in _POINTING or word == "en/of" or word.endswith(_POINTING_END)


def _phone_before(before: str) -> bool:
    phone = _PHONE_BEFORE.search(before)
    return phone is not None and sum(ch.isdigit() for ch in phone.group("number")) >= 5


def _pointed_at_name(before: str) -> bool:
    last = _LAST_WORD.search(before)
    if last is None:
        return False
    word = last.group("word").lower()
    return word in _POINTING_AT_NAME or word.endswith(_POINTING_END)


def _capitalised(host: str) -> bool:
    """'Rijksoverheid.nl', 'Mijnpensioenoverzicht.nl': one capital, the host's first letter, the
    rest lower case ('WOBCovid19.nl', 'Booking.Com' stay names)."""
    return host[0].isupper() and host[1:] == host[1:].lower()


# A site's name alone on its line, or after only a note's number ('2 OntspannenNederland.nl', a
# province's letterhead 'Overijssel.nl', urls47): nothing around it is prose, so no name of a firm
# in a sentence. The name is one label, its words capitalised ('OntspannenNederland'), four
# letters or more; a mail provider after one glued letter is what OCR left of a redacted address
# ('Pgmail.com'); a line after one that ends in '|' is a pasted link's label wrapped ('... |
# Kamerstuk |' + 'Rijksoverheid.nl': the corpus gold lists none), no address.
_ALONE_BEFORE: Final = re.compile(r"[ \t]*(?:\d{1,3}[ \t]+)?")
_ALONE_AFTER: Final = re.compile(r"\.?[ \t]*(?:\r?\n|$)")
# A site's one-label name, its words capitalised ('OntspannenNederland'); urls reads it too.
SITE_NAME: Final = r"[A-Z][a-z]{3,}(?:[A-Z][a-z]{2,})*"
_SITE_NAME: Final = re.compile(SITE_NAME + r"\.[a-z]{2,6}")
_MAIL_PROVIDERS: Final = frozenset(
    {"gmail.com", "hotmail.com", "outlook.com", "live.com", "live.nl", "yahoo.com", "icloud.com"}
    | {"ziggo.nl", "kpnmail.nl", "xs4all.nl", "planet.nl", "hetnet.nl", "home.nl", "kpn.com"}
)


def _name_alone(text: str, start: int, end: int, host: str) -> bool:
    line = text.rfind("\n", 0, start) + 1
    return (
        _SITE_NAME.fullmatch(host) is not None
        and host[1:].lower() not in _MAIL_PROVIDERS
        and _ALONE_BEFORE.fullmatch(text, line, start) is not None
        and _ALONE_AFTER.match(text, end) is not None
        and not text[max(0, line - 40) : line].rstrip().endswith("|")
    )


def _labels(host: str) -> list[str] | None:
    """The host's labels but its TLD, when each is a lower-case DNS label and the site's own has a
    letter ('2.nl' and 'o.a.nl' are no sites)."""
    labels = host.split(".")[:-1]
    if not labels or not all(_LABEL.fullmatch(label) for label in labels):
        return None
    site = labels[-1]
    if len(site) < 2 or not any(ch.isalpha() for ch in site):
        return None
    return labels


def find(text: str, taken: list[tuple[int, int]]) -> Iterator[Hit]:
    """The bare hosts in `text` outside the spans already `taken` by other addresses."""
    ends: list[int] = [end for _, end in taken]
    for m in _TLD_END.finditer(text):
        lo = max(0, m.start() - 253)
        start = lo + len(text[lo : m.start()].rstrip(_HOST_CHARS))
        end = m.end()
        host = text[start:end]
        if start == m.start() or host[0] in ".-" or host.startswith("www."):
            continue  # no host before the dot, an ellipsis's dot, or urls.py's 'www.' address
        if any(a <= start < b or a < end <= b for a, b in taken):
            continue
        prev = text[start - 1 : start]
        if prev and (prev.isalnum() or prev in _GLUED_BEFORE):
            continue
        before = text[max(0, start - 60) : start]
        alone = False
        if host[0].isupper():
            alone = _name_alone(text, start, end, host)
            if not (alone or (_capitalised(host) and _pointed_at_name(before))):
                continue  # a capital and no word pointing to a site: a name ('Booking.com')
            host = host.lower()
        labels = _labels(host)
        if labels is None:
            continue  # a capital elsewhere ('WOBCovid19.nl') or no label a host has
        if _PIECE_LINE.search(before) is not None:
            continue
        if _MAIL_BEFORE.search(before) is not None or _MAIL_AFTER.match(text, end) is not None:
            continue
        if before.endswith("(") and text.startswith(")", end):
            continue  # a link's label
        listed = (lst := _LIST_BEFORE.search(before)) is not None and start - len(
            before
        ) + lst.start() in ends
        subdomain = len(labels) >= 2 and all(len(label) > 1 for label in labels)
        if not (alone or listed or subdomain or _pointed_at(before) or _phone_before(before)):
            continue
        url = "https://" + host
        ends.append(end)
        yield Hit("url", start, end, url, url)
