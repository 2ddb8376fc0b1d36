"""The benchmark's own figure finder: regexes for the figures slips are planted on.

It is deliberately independent of claimcheck's scanner (a benchmark that reused the tool's
reading would only plant slips the tool can already see). It finds three shapes, the ones
financial copy repeats: percentages ("5 pct", "5.5%", "5 per cent"), money ("$1.2 billion",
"350 mln dlrs", "57 cts", "1.5 billion stg") and plain numbers with a scale word
("2.3 mln tonnes" is found as "2.3 mln"). Offsets are code points into one field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A number as written: 1,234,567.89 or 12.5 or 7. Not part of a longer token: not after a
# letter, digit, dot, comma or slash, and not before a letter, a slash or a "-digit" (which
# keeps fractions such as 6-3/4 and dates such as 1986/87 out).
_NUMBER = r"(?<![\w.,/])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w/]|[.,]\d|-\d)"
_SCALE = r"(?P<scale>mln|million|millions|bln|billion|billions|thousand|trillion)"
_PERCENT = r"(?P<pct>%|pct|percent|per\s+cent)"
_CURRENCY_WORD = r"(?P<curword>dlrs|dollars|dlr|stg|sterling|yen|cts|cents|marks|francs|guilders|lire|pence|euros)"
_CURRENCY_SYMBOL = r"(?P<cursym>US\$|C\$|A\$|\$|£|€|¥)"
_END = r"(?![A-Za-z])"

_PATTERNS = (
    # $1.2 billion, £35 mln
    re.compile(_CURRENCY_SYMBOL + r"\s?" + _NUMBER.replace(r"(?<![\w.,/])", "") + r"(?:\s+" + _SCALE + ")?" + _END, re.I),
    # 5 pct, 350 mln dlrs, 57 cts, 1.5 billion stg
    re.compile(_NUMBER + r"(?:\s+" + _SCALE + r")?\s*(?:" + _PERCENT + "|" + _CURRENCY_WORD + ")" + _END, re.I),
    # 2.3 mln (tonnes, shares, ...)
    re.compile(_NUMBER + r"\s+" + _SCALE + _END, re.I),
)

_SCALE_NAMES = {"mln": "million", "millions": "million", "bln": "billion", "billions": "billion"}
_CURRENCY_CODES = {
    "$": "USD", "us$": "USD", "dlrs": "USD", "dollars": "USD", "dlr": "USD", "c$": "CAD", "a$": "AUD",
    "£": "GBP", "stg": "GBP", "sterling": "GBP", "€": "EUR", "euros": "EUR", "¥": "JPY", "yen": "JPY",
    "marks": "DEM", "francs": "FRF", "guilders": "NLG", "lire": "ITL",
    # Cents and pence are a unit of their own: "57 cts" must not pair with "57 dlrs".
    "cts": "cents", "cents": "cents", "pence": "pence",
}


@dataclass(frozen=True)
class Figure:
    start: int  # the whole figure, currency to unit
    end: int
    num_start: int  # the digits
    num_end: int
    number: str  # the digits as written
    unit: str  # "percent", "money:USD", "money:cents", "count"
    scale: str | None  # "million", "billion", "thousand", "trillion" or None
    scale_start: int | None
    scale_end: int | None

    @property
    def value(self) -> float:
        return float(self.number.replace(",", ""))

    @property
    def decimals(self) -> int:
        return len(self.number.split(".")[1]) if "." in self.number else 0

    @property
    def key(self) -> tuple[str, str, str | None]:
        """What makes two figures "the same number and unit": 5 pct and 5% share a key."""
        return (self.number.replace(",", ""), self.unit, self.scale)


def _unit_of(match: re.Match) -> str:
    groups = match.groupdict()
    if groups.get("pct"):
        return "percent"
    currency = groups.get("cursym") or groups.get("curword")
    if currency:
        return "money:" + _CURRENCY_CODES.get(currency.lower(), currency.lower())
    return "count"


def _figure_of(match: re.Match) -> Figure:
    scale = match.group("scale")
    scale_name = _SCALE_NAMES.get(scale.lower(), scale.lower()) if scale else None
    return Figure(
        start=match.start(), end=match.end(),
        num_start=match.start("num"), num_end=match.end("num"), number=match.group("num"),
        unit=_unit_of(match), scale=scale_name,
        scale_start=match.start("scale") if scale else None,
        scale_end=match.end("scale") if scale else None,
    )


# A range's upper end follows a bare number and a connector ("5 to 7 pct", "$0.53 to $0.58",
# "between 2 and 3 pct"); "rose 5 pct to $1.2 billion" is no range, as a unit sits between.
_RANGE_BEFORE = re.compile(r"(?<![\w.,/])\d[\d,.]*\s*(?:to|-|–|and)\s*$", re.I)
_RANGE_CONNECTOR = r"^\s*(?:to|-|–)\s*"


def _in_range(text: str, figure: Figure) -> bool:
    """Whether the figure is one end of a range: an edit of one end gives a range, not a
    second statement that contradicts the first. The lower end is recognised when the upper
    one repeats its currency symbol ("$0.53 to $0.58"); "5 to 7 pct" has no lower figure."""
    if _RANGE_BEFORE.search(text[max(0, figure.start - 24):figure.start]):
        return True
    symbol = text[figure.start:figure.num_start].strip()
    if not symbol:
        return False
    return bool(re.match(_RANGE_CONNECTOR + re.escape(symbol) + r"\s?\d", text[figure.end:figure.end + 16]))


def find_figures(text: str) -> list[Figure]:
    """Non-overlapping single figures in text order (where shapes overlap, the earliest, then
    longest, wins); range ends and zeros ("0 pct": no decimal point to move) are left out."""
    matches = [_figure_of(m) for pattern in _PATTERNS for m in pattern.finditer(text)]
    matches.sort(key=lambda f: (f.start, -(f.end - f.start)))
    figures: list[Figure] = []
    for f in matches:
        if not figures or f.start >= figures[-1].end:
            figures.append(f)
    return [f for f in figures if f.value != 0 and not _in_range(text, f)]


# Direction words: a word read as a rise or fall of the figure right after it ("rose 5 pct",
# "up by about 5 pct") or right before it ("a 5 pct rise", "5 pct higher"). Each maps to the
# word of the opposite sense in the same grammatical form, so the flipped sentence still reads.
UP_TO_DOWN_BEFORE = {
    "rose": "fell", "rise": "fall", "rises": "falls", "rising": "falling", "risen": "fallen",
    "up": "down", "increased": "decreased", "increase": "decrease", "increases": "decreases",
    "increasing": "decreasing", "gained": "lost", "climbed": "fell", "jumped": "fell", "grew": "fell",
    "advanced": "declined", "surged": "plunged", "soared": "plunged", "higher": "lower",
}
DOWN_TO_UP_BEFORE = {
    "fell": "rose", "fall": "rise", "falls": "rises", "falling": "rising", "fallen": "risen",
    "down": "up", "decreased": "increased", "decrease": "increase", "decreases": "increases",
    "decreasing": "increasing", "lost": "gained", "declined": "rose", "dropped": "rose",
    "slipped": "rose", "plunged": "soared", "slumped": "rose", "eased": "rose", "shrank": "grew",
    "lower": "higher",
}
# After the figure only nouns and comparatives: "a 5 pct gain" fine, "a 5 mln dlr loss" is a
# loss, not a fall.
FLIP_AFTER = {
    "rise": "fall", "fall": "rise", "increase": "decrease", "decrease": "increase", "gain": "drop",
    "drop": "rise", "decline": "rise", "higher": "lower", "lower": "higher",
}

_WORD_BEFORE = re.compile(
    r"\b(?P<word>[A-Za-z]+)(?:\s+by)?(?:\s+(?:about|around|some|nearly|almost|roughly|approximately))?\s+$", re.I)
_WORD_AFTER = re.compile(r"^\s+(?P<word>[A-Za-z]+)\b")


@dataclass(frozen=True)
class DirectionWord:
    start: int
    end: int
    sense: str  # "up" or "down"
    flipped: str  # the opposite word, in the case it is written in


def _same_case(word: str, template: str) -> str:
    if template.isupper():
        return word.upper()
    if template[:1].isupper():
        return word.capitalize()
    return word


def _sense_before(word: str) -> tuple[str, str] | None:
    lower = word.lower()
    if lower in UP_TO_DOWN_BEFORE:
        return "up", UP_TO_DOWN_BEFORE[lower]
    if lower in DOWN_TO_UP_BEFORE:
        return "down", DOWN_TO_UP_BEFORE[lower]
    return None


def direction_of(text: str, figure: Figure) -> DirectionWord | None:
    """The direction word of a figure, if one sits right before or after it."""
    before = _WORD_BEFORE.search(text[max(0, figure.start - 40):figure.start])
    if before:
        sense = _sense_before(before.group("word"))
        if sense:
            offset = max(0, figure.start - 40)
            word = before.group("word")
            return DirectionWord(offset + before.start("word"), offset + before.end("word"), sense[0],
                                 _same_case(sense[1], word))
    after = _WORD_AFTER.search(text[figure.end:figure.end + 20])
    if after and after.group("word").lower() in FLIP_AFTER:
        word = after.group("word")
        lower = word.lower()
        sense = "up" if lower in ("rise", "increase", "gain", "higher") else "down"
        return DirectionWord(figure.end + after.start("word"), figure.end + after.end("word"), sense,
                             _same_case(FLIP_AFTER[lower], word))
    return None
