"""Section 3: extraction against gold annotations (schema: bench/accuracy/gold/README.md).

Gold documents are fully annotated: every figure in them is a claim or a not-claim. So every
claim the tool extracts from a gold document is measured: matched to a gold claim by span
overlap (one-to-one, largest overlap first) or counted as a false positive.
"""

from __future__ import annotations

import json
import re
import string
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .corpora import GOLD_SOURCES, Document, load_file, render
from .locate import FieldSpan, Locator
from .tool import ExtractedClaim, Job, ToolPool

UNITS = ("percent", "points", "basis-points", "money", "count")
HEDGES = ("exact", "approximate", "lower-bound", "upper-bound", "vague")
DIRECTIONS = ("up", "down", "none")
SCALES = (1, 1e3, 1e6, 1e9, 1e12, 0.01)
NOT_CLAIM_REASONS = ("year", "date", "time", "product", "address", "list-marker", "footnote",
                     "identifier", "ordinal", "phone", "other")
METRICS = frozenset("""stock-move share-price revenue net-income eps dividend operating-income
pretax-income ebitda operating-margin gross-margin free-cash-flow cash-flow capex r-and-d
operating-costs guidance headcount deal-value offer-price stake buyback debt bond-issue assets
deposits loans market-share customers deliveries production sales-volume orders exports imports
trade-balance inflation gdp-growth unemployment-rate interest-rate bond-yield money-supply
commodity-price exchange-rate tax net-interest-income net-interest-margin valuation funding-round
other""".split())
NUMBER_WORDS = re.compile(
    r"\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|thousand|million|billion|trillion|dozen|half|quarter|third|first|second|"
    r"single|double|triple|twice)\b", re.I)
# The tool's unit names where they differ from the schema's.
TOOL_UNITS = {"percentage-points": "points"}
# The tool's generic readings that name no metric ("a count of shares", "a share of
# deposits"): null for scoring, like gold "other".
TOOL_GENERIC_METRICS = ("", "count", "share-of")
RELATIVE_TOLERANCE = 1e-9

TARGETS = {"value_unit_scale_f1": 0.97, "number_recall": 0.9, "percent_recall": 0.98,
           "currency_recall": 0.98, "entity_f1": 0.9, "metric_f1": 0.85, "not_claims_skipped": 0.97}


class GoldError(Exception):
    """Invalid gold annotations; the message lists every problem with its file and line."""


@dataclass(frozen=True)
class Annotation:
    doc: str
    span: FieldSpan
    kind: str  # "claim" or "not-claim"
    record: dict  # the whole annotation, for its fields

    @property
    def is_claim(self) -> bool:
        return self.kind == "claim"


# --- loading and validating ------------------------------------------------------------

def _problems(a: dict, documents: dict[str, Document]) -> list[str]:
    """What is wrong with one annotation (empty when it is valid)."""
    missing = [k for k in ("doc", "field", "start", "end", "kind") if k not in a]
    if missing:
        return [f"missing {', '.join(missing)}"]
    doc = documents.get(a["doc"])
    if doc is None:
        return [f"unknown doc {a['doc']!r}"]
    if a["field"] not in ("title", "body"):
        return [f"field must be title or body, not {a['field']!r}"]
    text = getattr(doc, a["field"])
    start, end = a["start"], a["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return [f"offsets {start}-{end} outside the {a['field']} (length {len(text)})"]
    covered = text[start:end]
    problems = []
    if not (any(c.isdigit() for c in covered) or NUMBER_WORDS.search(covered)):
        problems.append(f"span {start}-{end} {covered!r} holds no digit or number word")
    if a["kind"] == "claim":
        problems += _claim_problems(a)
    elif a["kind"] == "not-claim":
        if a.get("reason") not in NOT_CLAIM_REASONS:
            problems.append(f"reason must be one of {', '.join(NOT_CLAIM_REASONS)}")
    else:
        problems.append(f"kind must be claim or not-claim, not {a['kind']!r}")
    return problems


def _claim_problems(a: dict) -> list[str]:
    problems = []
    for key in ("value", "unit", "scale"):
        if key not in a:
            problems.append(f"claim without {key}")
    if not isinstance(a.get("value", 0), (int, float)) or not isinstance(a.get("high", 0) or 0, (int, float)):
        problems.append("value and high must be numbers")
    if "unit" in a and a["unit"] not in UNITS:
        problems.append(f"unit must be one of {', '.join(UNITS)}")
    if "scale" in a and not any(_close(a["scale"], s) for s in SCALES if isinstance(a["scale"], (int, float))):
        problems.append("scale must be one of 1, 1e3, 1e6, 1e9, 1e12, 0.01")
    if a.get("hedge") not in (None, *HEDGES):
        problems.append(f"hedge must be one of {', '.join(HEDGES)}")
    if a.get("direction") not in (None, *DIRECTIONS):
        problems.append(f"direction must be one of {', '.join(DIRECTIONS)}")
    if a.get("metric") not in (None, *METRICS):
        problems.append(f"unknown metric {a['metric']!r}")
    return problems


def load_gold(gold_dir: Path) -> dict[str, list[Annotation]]:
    """The annotations of every gold file present, by corpus; raises GoldError listing every
    invalid line."""
    gold: dict[str, list[Annotation]] = {}
    errors: list[str] = []
    for corpus, source in GOLD_SOURCES.items():
        path = gold_dir / f"{corpus}.jsonl"
        if not path.is_file() or path.stat().st_size == 0:
            continue
        documents = {d.id: d for d in load_file(source)}
        annotations = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                a = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{path}:{number}: not JSON ({e.msg})")
                continue
            problems = _problems(a, documents) if isinstance(a, dict) else ["not a JSON object"]
            errors += [f"{path}:{number}: {p}" for p in problems]
            if not problems:
                annotations.append(Annotation(a["doc"], FieldSpan(a["field"], a["start"], a["end"]), a["kind"], a))
        if annotations:
            gold[corpus] = annotations
    if errors:
        raise GoldError("\n".join(errors))
    return gold


# --- scoring ---------------------------------------------------------------------------

def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= RELATIVE_TOLERANCE * max(abs(a), abs(b)) or a == b


def tool_unit(claim: ExtractedClaim) -> str:
    return TOOL_UNITS.get(claim.unit, claim.unit)


def value_unit_scale_right(gold: dict, claim: ExtractedClaim) -> bool:
    """Same unit, and the same value in absolute terms (gold value x scale against the tool's
    stated value, which already carries its scale)."""
    if tool_unit(claim) != gold["unit"]:
        return False
    low = gold["value"] * gold["scale"]
    high = (gold["high"] if gold.get("high") is not None else gold["value"]) * gold["scale"]
    return _close(claim.low, low) and _close(claim.high, high)


_LEGAL_WORDS = frozenset("the inc corp corporation co company ltd plc group holdings holding llc sa ag nv".split())


def normalise_entity(name: str | None) -> tuple[str, ...]:
    if not name:
        return ()
    cleaned = name.lower().translate(str.maketrans(string.punctuation, " " * len(string.punctuation)))
    return tuple(t for t in cleaned.split() if t not in _LEGAL_WORDS)


def entity_matches(gold_name: str, claim: ExtractedClaim) -> bool:
    gold = normalise_entity(gold_name)
    if not gold:
        return False
    tool = normalise_entity(claim.entity_name)
    if tool and (set(gold) <= set(tool) or set(tool) <= set(gold)):
        return True
    return normalise_entity(claim.entity) == gold


@dataclass
class F1Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold_present: bool, tool_present: bool, match: bool) -> None:
        if gold_present and tool_present and match:
            self.tp += 1
            return
        if tool_present:
            self.fp += 1
        if gold_present:
            self.fn += 1

    def f1(self) -> float | None:
        if self.tp + self.fp + self.fn == 0:
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


@dataclass
class ExtractionTally:
    documents: int = 0
    gold_claims: dict = field(default_factory=lambda: defaultdict(int))  # by unit
    tool_claims: dict = field(default_factory=lambda: defaultdict(int))  # by the tool's unit
    correct: dict = field(default_factory=lambda: defaultdict(int))  # value+unit+scale right, by unit
    matched: int = 0
    hedge_right: int = 0
    direction_right: int = 0
    entity: F1Tally = field(default_factory=F1Tally)
    metric: F1Tally = field(default_factory=F1Tally)
    not_claims: int = 0
    not_claims_skipped: int = 0
    failed_runs: int = 0

    def add(self, other: "ExtractionTally") -> None:
        for name in ("documents", "matched", "hedge_right", "direction_right", "not_claims",
                     "not_claims_skipped", "failed_runs"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("gold_claims", "tool_claims", "correct"):
            for unit, n in getattr(other, name).items():
                getattr(self, name)[unit] += n
        for name in ("entity", "metric"):
            mine, theirs = getattr(self, name), getattr(other, name)
            mine.tp, mine.fp, mine.fn = mine.tp + theirs.tp, mine.fp + theirs.fp, mine.fn + theirs.fn

    def summary(self) -> dict:
        def ratio(a, b):
            return a / b if b else None

        def prf(correct, tool, gold):
            p, r = ratio(correct, tool), ratio(correct, gold)
            f = 2 * correct / (tool + gold) if tool + gold else None
            return {"precision": p, "recall": r, "f1": f, "gold": gold, "extracted": tool, "correct": correct}

        units = {u: prf(self.correct[u], self.tool_claims[u], self.gold_claims[u]) for u in UNITS}
        overall = prf(sum(self.correct.values()), sum(self.tool_claims.values()), sum(self.gold_claims.values()))
        return {
            "documents": self.documents,
            "units": units,
            "value_unit_scale": overall,
            "value_unit_scale_f1": overall["f1"],
            "number_recall": units["count"]["recall"],
            "percent_recall": units["percent"]["recall"],
            "currency_recall": units["money"]["recall"],
            "hedge_accuracy": ratio(self.hedge_right, self.matched),
            "direction_accuracy": ratio(self.direction_right, self.matched),
            "entity_f1": self.entity.f1(),
            "metric_f1": self.metric.f1(),
            "not_claims_skipped": ratio(self.not_claims_skipped, self.not_claims),
            "matched": self.matched,
            "failed_runs": self.failed_runs,
        }


def match_claims(gold: list[Annotation], tool: list[tuple[FieldSpan, ExtractedClaim]]):
    """One-to-one pairs (gold index, tool index), largest overlap first."""
    overlaps = [(g.span.overlap(span), gi, ti) for gi, g in enumerate(gold)
                for ti, (span, _) in enumerate(tool) if g.span.overlaps(span)]
    overlaps.sort(key=lambda o: (-o[0], o[1], o[2]))
    used_gold, used_tool, pairs = set(), set(), []
    for _, gi, ti in overlaps:
        if gi not in used_gold and ti not in used_tool:
            used_gold.add(gi)
            used_tool.add(ti)
            pairs.append((gi, ti))
    return pairs


def _metric_or_null(metric: str | None) -> str | None:
    return None if metric in (None, "other") else metric


def score_document(annotations: list[Annotation], tool: list[tuple[FieldSpan, ExtractedClaim]]) -> ExtractionTally:
    tally = ExtractionTally(documents=1)
    claims = [a for a in annotations if a.is_claim]
    for a in claims:
        tally.gold_claims[a.record["unit"]] += 1
    for _, c in tool:
        tally.tool_claims[tool_unit(c)] += 1
    for gi, ti in match_claims(claims, tool):
        gold, claim = claims[gi].record, tool[ti][1]
        tally.matched += 1
        if value_unit_scale_right(gold, claim):
            tally.correct[gold["unit"]] += 1
        tally.hedge_right += claim.hedge == (gold.get("hedge") or "exact")
        tally.direction_right += claim.direction == (gold.get("direction") or "none")
        tally.entity.add(bool(gold.get("entity")), bool(claim.entity or claim.entity_name),
                         entity_matches(gold.get("entity"), claim))
        gold_metric = _metric_or_null(gold.get("metric"))
        tool_metric = None if claim.metric in TOOL_GENERIC_METRICS else claim.metric
        tally.metric.add(gold_metric is not None, tool_metric is not None, gold_metric == tool_metric)
    for a in annotations:
        if not a.is_claim:
            tally.not_claims += 1
            tally.not_claims_skipped += not any(a.span.overlaps(span) for span, _ in tool)
    return tally


def measure(pool: ToolPool, gold: dict[str, list[Annotation]]) -> dict[str, ExtractionTally]:
    """Tallies per corpus and "overall"."""
    jobs = []
    for corpus, annotations in gold.items():
        documents = {d.id: d for d in load_file(GOLD_SOURCES[corpus])}
        by_doc: dict[str, list[Annotation]] = defaultdict(list)
        for a in annotations:
            by_doc[a.doc].append(a)
        for doc_id, doc_annotations in sorted(by_doc.items()):
            doc = documents[doc_id]
            jobs.append(Job("extract", [("doc.txt", render(doc).text)], (corpus, doc, doc_annotations)))
    tallies = {corpus: ExtractionTally() for corpus in gold}
    for result in pool.run(jobs):
        corpus, doc, annotations = result.tag
        if result.failed:
            tallies[corpus].failed_runs += 1
            continue
        locator = Locator(render(doc))
        tool = [(locator.field_span(c.span.begin, c.span.end), c) for c in result.claims]
        tallies[corpus].add(score_document(annotations, tool))
    overall = ExtractionTally()
    for tally in tallies.values():
        overall.add(tally)
    tallies["overall"] = overall
    return tallies
