"""Markdown tables of the results, with the targets beside the numbers."""

from __future__ import annotations

from .planting import KINDS

FALSE_ALARM_TARGET = 0.002  # at most 0.2% of documents per corpus
RECALL_TARGET = 0.9


def _pct(x: float | None, digits: int = 1) -> str:
    return "n/a" if x is None else f"{100 * x:.{digits}f}%"


def _num(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _mark(value: float | None, target: float, at_most: bool = False) -> str:
    if value is None:
        return ""
    if at_most:
        return " ok" if value <= target else " **above**"
    return " ok" if value >= target else " **below**"


def false_alarm_table(results: dict) -> str:
    rows = []
    for corpus, r in results.items():
        rows.append([corpus, f"{r['documents']:,}", f"{r['alarmed']:,}",
                     _pct(r["share"], 2) + _mark(r["share"], FALSE_ALARM_TARGET, at_most=True),
                     f"<= {_pct(FALSE_ALARM_TARGET, 1)}", f"{r['findings']:,}", str(r["true_findings"]),
                     str(r["failed_runs"])])
    return _table(["corpus", "documents", "with a false alarm", "share", "target", "false-alarm findings",
                   "true findings", "failed runs"], rows)


def recall_table(results: dict) -> str:
    rows = []
    for kind in KINDS:
        for setting, label in (("within", "within (all)"), ("wire", "within: wire"),
                               ("transcripts", "within: transcripts"), ("tables", "within: tables"),
                               ("pairs", "across: summary vs transcript")):
            r = results[setting][kind]
            if r["planted"] == 0 and setting != "within":
                rows.append([kind, label, str(r["candidates"]), "0", "", "n/a", "", ""])
                continue
            rows.append([kind, label, f"{r['candidates']:,}", f"{r['planted']:,}", f"{r['caught']:,}",
                         _pct(r["recall"]) + _mark(r["recall"] if r["planted"] else None, RECALL_TARGET),
                         f"{r['noise']:,}", str(r["failed_runs"])])
    return _table(["kind", "setting", "candidates", "planted", "caught", "recall (target >= 90%)",
                   "noise copies", "failed runs"], rows)


def _unit_cell(u: dict) -> str:
    return f"{_num(u['precision'])} / {_num(u['recall'])} / {_num(u['f1'])} ({u['gold']})"


def extraction_table(results: dict, targets: dict) -> str:
    corpora = list(results)
    rows = []

    def row(label: str, pick, target_key: str | None = None):
        values = [pick(results[c]) for c in corpora]
        target = targets.get(target_key) if target_key else None
        cells = [_num(v) + (_mark(v, target) if target is not None and c == "overall" else "")
                 for c, v in zip(corpora, values)]
        rows.append([label, *cells, f">= {target}" if target is not None else ""])

    rows.append(["documents", *[str(results[c]["documents"]) for c in corpora], ""])
    rows.append(["gold claims / extracted / correct",
                 *[f"{results[c]['value_unit_scale']['gold']} / {results[c]['value_unit_scale']['extracted']} / "
                   f"{results[c]['value_unit_scale']['correct']}" for c in corpora], ""])
    row("value+unit+scale precision", lambda r: r["value_unit_scale"]["precision"])
    row("value+unit+scale recall", lambda r: r["value_unit_scale"]["recall"])
    row("value+unit+scale F1", lambda r: r["value_unit_scale_f1"], "value_unit_scale_f1")
    for unit in ("percent", "points", "basis-points", "money", "count"):
        rows.append([f"{unit} P / R / F1 (gold n)", *[_unit_cell(results[c]["units"][unit]) for c in corpora], ""])
    row("number (count) recall", lambda r: r["number_recall"], "number_recall")
    row("percent recall", lambda r: r["percent_recall"], "percent_recall")
    row("currency (money) recall", lambda r: r["currency_recall"], "currency_recall")
    row("hedge accuracy (matched)", lambda r: r["hedge_accuracy"])
    row("direction accuracy (matched)", lambda r: r["direction_accuracy"])
    row("entity F1 (matched)", lambda r: r["entity_f1"], "entity_f1")
    row("metric F1 (matched)", lambda r: r["metric_f1"], "metric_f1")
    row("not-claims skipped", lambda r: r["not_claims_skipped"], "not_claims_skipped")
    return _table(["measure", *corpora, "target"], rows)


def rule_counts_table(alarms_by_corpus: dict) -> str:
    """False alarms per rule and corpus: where to look first."""
    counts: dict[str, dict[str, int]] = {}
    for corpus, alarms in alarms_by_corpus.items():
        for a in alarms:
            counts.setdefault(a.rule, {}).setdefault(corpus, 0)
            counts[a.rule][corpus] += 1
    corpora = list(alarms_by_corpus)
    rows = [[rule, *[str(by.get(c, 0)) for c in corpora], str(sum(by.values()))]
            for rule, by in sorted(counts.items(), key=lambda kv: -sum(kv[1].values()))]
    return _table(["rule", *corpora, "total"], rows)
