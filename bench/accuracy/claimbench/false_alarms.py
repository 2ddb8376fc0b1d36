"""Section 1: false alarms on untouched real text.

Every document is checked alone, as an editor checks one story, and each earnings summary
together with its call transcript. As far as anyone knows the published text is correct, so
any error or warning is a false alarm, except the findings bench/accuracy/true-findings.json
lists as real errors in the source.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .corpora import Corpora, Document, quick_subset, render
from .locate import FieldSpan, Locator
from .tool import Finding, Job, ToolPool

PAIR_CORPUS = "pairs"


@dataclass(frozen=True)
class TrueFinding:
    doc: str
    span: FieldSpan
    reason: str


def load_true_findings(path: Path) -> list[TrueFinding]:
    if not path.is_file():
        return []
    entries = json.loads(path.read_text(encoding="utf-8"))
    return [TrueFinding(e["doc"], FieldSpan(e["field"], e["start"], e["end"]), e["reason"]) for e in entries]


@dataclass
class Alarm:
    corpus: str
    doc: str  # the document the first questioned figure is in
    rule: str
    severity: str
    message: str
    where: str  # field:start-end of that figure


@dataclass
class CorpusAlarms:
    documents: int = 0
    alarmed: int = 0  # documents (or pairs) with at least one false alarm
    findings: int = 0  # false-alarm findings
    true_findings: int = 0  # findings true-findings.json confirms
    failed_runs: int = 0
    alarms: list[Alarm] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.alarmed / self.documents if self.documents else 0.0

    def summary(self) -> dict:
        return {"documents": self.documents, "alarmed": self.alarmed, "share": self.share,
                "findings": self.findings, "true_findings": self.true_findings,
                "failed_runs": self.failed_runs}


def _file_name(index: int) -> str:
    return f"doc{index}.txt"


def _jobs(corpora: Corpora, quick: bool):
    """One check job per document, and one per earnings pair; the tag names the corpus and
    the documents by file name."""
    for corpus, documents in corpora.singles().items():
        for doc in quick_subset(documents) if quick else documents:
            yield Job("check", [(_file_name(0), render(doc).text)], (corpus, [doc]))
    pairs = quick_subset(corpora.pairs) if quick else corpora.pairs
    for pair in pairs:
        docs = [pair.summary, pair.transcript]
        yield Job("check", [(_file_name(i), render(d).text) for i, d in enumerate(docs)], (PAIR_CORPUS, docs))


def _is_true(finding: Finding, locators: dict[str, tuple[Document, Locator]], truths: list[TrueFinding]) -> bool:
    for claim in finding.claims:
        doc, locator = locators[claim.document]
        span = locator.field_span(claim.begin, claim.end)
        if any(t.doc == doc.id and t.span.overlaps(span) for t in truths):
            return True
    return False


def _alarm(corpus: str, finding: Finding, locators: dict[str, tuple[Document, Locator]]) -> Alarm:
    first = finding.claims[0] if finding.claims else None
    if first is None or first.document not in locators:
        doc_id = next(iter(locators.values()))[0].id
        return Alarm(corpus, doc_id, finding.rule, finding.severity, finding.message, "?")
    doc, locator = locators[first.document]
    span = locator.field_span(first.begin, first.end)
    return Alarm(corpus, doc.id, finding.rule, finding.severity, finding.message,
                 f"{span.field}:{span.start}-{span.end}")


def measure(pool: ToolPool, corpora: Corpora, truths: list[TrueFinding], quick: bool) -> dict[str, CorpusAlarms]:
    results: dict[str, CorpusAlarms] = {}
    for result in pool.run(_jobs(corpora, quick)):
        corpus, docs = result.tag
        tally = results.setdefault(corpus, CorpusAlarms())
        tally.documents += 1
        if result.failed:
            tally.failed_runs += 1
            continue
        locators = {_file_name(i): (d, Locator(render(d))) for i, d in enumerate(docs)}
        false_alarms = 0
        for finding in result.findings:
            if not finding.is_alarm:
                continue
            if _is_true(finding, locators, truths):
                tally.true_findings += 1
                continue
            false_alarms += 1
            tally.alarms.append(_alarm(corpus, finding, locators))
        tally.findings += false_alarms
        tally.alarmed += 1 if false_alarms else 0
    return results


def write_alarm_list(path: Path, results: dict[str, CorpusAlarms]) -> None:
    """Every remaining false alarm, one a line: corpus, document, where, rule, message."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for tally in results.values():
            for a in tally.alarms:
                f.write(f"{a.corpus}\t{a.doc}\t{a.where}\t{a.severity}\t{a.rule}\t{a.message}\n")
