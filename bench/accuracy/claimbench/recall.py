"""Section 2: recall on slips planted in real documents.

Each plant is one slip in a fresh copy of one document (see planting.py). The copy is
checked like the untouched documents in section 1 (alone, or a summary with its transcript);
the slip is caught when an error or warning questions a claim whose span overlaps the
planted figure. Copies with an alarm that does not touch the planted figure count as noise.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .corpora import Corpora, Document, render
from .locate import FieldSpan, Locator
from .planting import KINDS, SEED, Edit, across_documents, pick, rng_for, within_document
from .tool import Job, ToolPool

FULL_CAP = 300  # plants per kind per setting
QUICK_CAP = 40
WITHIN = ("wire", "transcripts", "tables")
ACROSS = ("pairs",)
PLANTED_FILE = "planted.txt"
COMPANION_FILE = "companion.txt"


@dataclass(frozen=True)
class Plant:
    setting: str
    kind: str
    doc: Document  # the edited copy
    companion: Document | None
    span: FieldSpan  # the planted figure in the edited copy


@dataclass
class KindRecall:
    candidates: int = 0  # documents where the kind could be planted
    planted: int = 0
    caught: int = 0
    noise: int = 0  # copies with an alarm not involving the planted figure
    failed_runs: int = 0

    @property
    def recall(self) -> float:
        return self.caught / self.planted if self.planted else 0.0

    def summary(self) -> dict:
        return {"candidates": self.candidates, "planted": self.planted, "caught": self.caught,
                "recall": self.recall, "noise": self.noise, "failed_runs": self.failed_runs}


def _plant(setting: str, kind: str, doc: Document, companion: Document | None, edit: Edit) -> Plant:
    return Plant(setting, kind, edit.apply(doc), companion,
                 FieldSpan(edit.field, edit.planted_start, edit.planted_end))


def _sample(plants: list[Plant], cap: int, setting: str, kind: str) -> list[Plant]:
    if len(plants) <= cap:
        return plants
    chosen = random.Random(f"{SEED}:{setting}:{kind}:sample").sample(range(len(plants)), cap)
    return [plants[i] for i in sorted(chosen)]


def plants_for(corpora: Corpora, cap: int) -> tuple[list[Plant], dict[tuple[str, str], int]]:
    """At most `cap` plants per (setting, kind), one per document, and how many documents
    were candidates for each."""
    sources = {"wire": corpora.wire, "transcripts": corpora.transcripts, "tables": corpora.tables}
    plants: list[Plant] = []
    candidates: dict[tuple[str, str], int] = {}
    for kind in KINDS:
        for setting in WITHIN:
            found = []
            for doc in sources[setting]:
                rng = rng_for(setting, kind, doc.id)
                edit = pick(within_document(doc, kind, rng), rng)
                if edit:
                    found.append(_plant(setting, kind, doc, None, edit))
            candidates[(setting, kind)] = len(found)
            plants += _sample(found, cap, setting, kind)
        found = []
        for pair in corpora.pairs:
            rng = rng_for("pairs", kind, pair.stem)
            edit = pick(across_documents(pair.summary, pair.transcript, kind, rng), rng)
            if edit:
                found.append(_plant("pairs", kind, pair.summary, pair.transcript, edit))
        candidates[("pairs", kind)] = len(found)
        plants += _sample(found, cap, "pairs", kind)
    return plants, candidates


def _job(plant: Plant) -> Job:
    files = [(PLANTED_FILE, render(plant.doc).text)]
    if plant.companion is not None:
        files.append((COMPANION_FILE, render(plant.companion).text))
    return Job("check", files, plant)


def measure(pool: ToolPool, corpora: Corpora, quick: bool) -> dict[str, dict[str, KindRecall]]:
    """Recall by setting, then kind."""
    plants, candidates = plants_for(corpora, QUICK_CAP if quick else FULL_CAP)
    results = {s: {k: KindRecall(candidates=candidates[(s, k)]) for k in KINDS} for s in WITHIN + ACROSS}
    for result in pool.run(_job(p) for p in plants):
        plant: Plant = result.tag
        tally = results[plant.setting][plant.kind]
        tally.planted += 1
        if result.failed:
            tally.failed_runs += 1
            continue
        locator = Locator(render(plant.doc))
        caught = noisy = False
        for finding in result.findings:
            if not finding.is_alarm:
                continue
            touches = any(c.document == PLANTED_FILE and locator.field_span(c.begin, c.end).overlaps(plant.span)
                          for c in finding.claims)
            caught |= touches
            noisy |= not touches
        tally.caught += caught
        tally.noise += noisy
    return results


def within_totals(results: dict[str, dict[str, KindRecall]]) -> dict[str, KindRecall]:
    """Per kind, the within-document settings added up."""
    totals = {}
    for kind in KINDS:
        total = KindRecall()
        for setting in WITHIN:
            r = results[setting][kind]
            total.candidates += r.candidates
            total.planted += r.planted
            total.caught += r.caught
            total.noise += r.noise
            total.failed_runs += r.failed_runs
        totals[kind] = total
    return totals
