"""Planting one slip in a copy of a real document, deterministically.

A slip is an edit of one figure that makes it contradict another statement of the same
figure elsewhere in the text (within one document) or in a companion document (a summary
against its call transcript). Every planter lists the candidate edits of a document; the
benchmark picks one per document with a seeded generator.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, replace

from .corpora import Document
from .figures import Figure, direction_of, find_figures

KINDS = ("decimal", "scale", "direction", "changed")
SEED = 20261203
CHANGE_FACTORS = (1.5, 0.6)
MIN_CHANGE = 0.30  # a changed figure differs by more than this share from the original


@dataclass(frozen=True)
class Edit:
    """Replace field[start:end] with `replacement`; the planted figure then spans
    field[planted_start:planted_end] of the edited field."""

    field: str
    start: int
    end: int
    replacement: str
    planted_start: int
    planted_end: int

    def apply(self, doc: Document) -> Document:
        text = getattr(doc, self.field)
        return replace(doc, **{self.field: text[: self.start] + self.replacement + text[self.end:]})


@dataclass(frozen=True)
class Occurrence:
    field: str
    figure: Figure


def _occurrences(doc: Document, fields: tuple[str, ...] = ("title", "body")) -> list[Occurrence]:
    return [Occurrence(f, fig) for f in fields for fig in find_figures(getattr(doc, f))]


def _number_edit(occ: Occurrence, new_number: str) -> Edit:
    """An edit of the digits only; the planted span is the whole figure after the edit."""
    fig = occ.figure
    grown = len(new_number) - len(fig.number)
    return Edit(occ.field, fig.num_start, fig.num_end, new_number, fig.start, fig.end + grown)


# --- the number rewrites ---------------------------------------------------------------

def shift_decimal(number: str) -> str | None:
    """The number with its decimal point moved one place: 2.5 -> 25, 25 -> 2.5, 250 -> 25, 5 -> 50."""
    digits = number.replace(",", "")
    if "." in digits:
        whole, fraction = digits.split(".")
        shifted = (whole + fraction[0]).lstrip("0") or "0"
        return shifted + ("." + fraction[1:] if fraction[1:] else "")
    if int(digits) == 0:
        return None
    if len(digits) >= 2:
        return digits[:-1] + ("" if digits[-1] == "0" else "." + digits[-1])
    return digits + "0"


def changed_number(number: str, factor: float) -> str | None:
    """The number times `factor`, written with the same decimals (and thousands commas if it had
    them); None when rounding leaves it within MIN_CHANGE of the original."""
    value = float(number.replace(",", ""))
    decimals = len(number.split(".")[1]) if "." in number else 0
    comma = "," if "," in number else ""
    written = f"{value * factor:{comma}.{decimals}f}"
    new_value = float(written.replace(",", ""))
    if new_value == 0 or abs(new_value / value - 1) <= MIN_CHANGE:
        return None
    return written


_SCALE_SWITCH = {"mln": "bln", "bln": "mln", "million": "billion", "billion": "million",
                 "millions": "billions", "billions": "millions"}


def switched_scale(word: str) -> str | None:
    other = _SCALE_SWITCH.get(word.lower())
    if other is None:
        return None
    if word.isupper():
        return other.upper()
    return other.capitalize() if word[:1].isupper() else other


# --- one edit of one occurrence, per kind ----------------------------------------------
# Each returns None when the occurrence cannot take the edit (an integer 0, a "thousand"
# that has no partner scale word, a change that rounds back to within 30%).

def _decimal_edit(doc: Document, occ: Occurrence, rng: random.Random) -> Edit | None:
    shifted = shift_decimal(occ.figure.number)
    return _number_edit(occ, shifted) if shifted else None


def _changed_edit(doc: Document, occ: Occurrence, rng: random.Random) -> Edit | None:
    factors = list(CHANGE_FACTORS)
    rng.shuffle(factors)
    for factor in factors:
        new = changed_number(occ.figure.number, factor)
        if new:
            return _number_edit(occ, new)
    return None


def _scale_edit(doc: Document, occ: Occurrence, rng: random.Random) -> Edit | None:
    fig = occ.figure
    if fig.scale_start is None:
        return None
    word = getattr(doc, occ.field)[fig.scale_start:fig.scale_end]
    other = switched_scale(word)
    if other is None:
        return None
    grown = len(other) - len(word)
    return Edit(occ.field, fig.scale_start, fig.scale_end, other, fig.start, fig.end + grown)


def _direction_edit(doc: Document, occ: Occurrence, rng: random.Random) -> Edit | None:
    word = direction_of(getattr(doc, occ.field), occ.figure)
    if word is None:
        return None
    # The planted span runs from the flipped word to the figure (or back), so a finding on
    # the figure itself overlaps it.
    grown = len(word.flipped) - (word.end - word.start)
    start = min(word.start, occ.figure.start)
    end = max(word.end, occ.figure.end) + grown
    return Edit(occ.field, word.start, word.end, word.flipped, start, end)


_EDITORS = {"decimal": _decimal_edit, "scale": _scale_edit, "direction": _direction_edit,
            "changed": _changed_edit}


def _statement_key(doc: Document, occ: Occurrence, kind: str):
    """What another statement must share with this one for an edit of `kind` to contradict
    it: number, unit and scale; for `direction` also a direction word of the same sense
    (flipping one of "rose 5 pct" and "fell 5 pct" would make them agree). None when the
    occurrence cannot be compared for this kind."""
    if kind != "direction":
        return occ.figure.key
    word = direction_of(getattr(doc, occ.field), occ.figure)
    return (occ.figure.key, word.sense) if word else None


def _keyed(doc: Document, occurrences: list[Occurrence], kind: str) -> dict[Occurrence, object]:
    return {o: k for o in occurrences if (k := _statement_key(doc, o, kind)) is not None}


def _edits(doc: Document, targets: dict[Occurrence, object], stated_elsewhere, kind: str,
           rng: random.Random) -> list[Edit]:
    editor = _EDITORS[kind]
    return [e for occ, key in targets.items() if stated_elsewhere(key) if (e := editor(doc, occ, rng))]


# --- per setting -----------------------------------------------------------------------

def within_document(doc: Document, kind: str, rng: random.Random) -> list[Edit]:
    """Candidate edits of `kind` that contradict another statement in the same document
    (for `decimal`: a headline figure the body repeats)."""
    keyed = _keyed(doc, _occurrences(doc), kind)
    if kind == "decimal":
        body = Counter(k for o, k in keyed.items() if o.field == "body")
        headline = {o: k for o, k in keyed.items() if o.field == "title"}
        return _edits(doc, headline, lambda key: body[key] > 0, kind, rng)
    counts = Counter(keyed.values())
    return _edits(doc, keyed, lambda key: counts[key] >= 2, kind, rng)


def across_documents(summary: Document, companion: Document, kind: str, rng: random.Random) -> list[Edit]:
    """Candidate edits of `kind` in the summary on a figure the companion also states."""
    companion_counts = Counter(_keyed(companion, _occurrences(companion), kind).values())
    targets = _keyed(summary, _occurrences(summary), kind)
    return _edits(summary, targets, lambda key: companion_counts[key] > 0, kind, rng)


def rng_for(setting: str, kind: str, doc_id: str) -> random.Random:
    """A generator of its own per (setting, kind, document): adding a document or a kind
    never changes the plants of the others."""
    return random.Random(f"{SEED}:{setting}:{kind}:{doc_id}")


def pick(edits: list[Edit], rng: random.Random) -> Edit | None:
    return rng.choice(edits) if edits else None
