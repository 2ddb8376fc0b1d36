"""--check-ratchet: floors and ceilings on the results, so a test can guard regressions.

The file holds, per mode ("quick" or "full", since the two measure different subsets), a
"min" and a "max" map from a dotted path into the results JSON to its bound:

    {"quick": {"max": {"false_alarms.wire.share": 0.05},
               "min": {"recall.within.decimal.recall": 0.6}}}

A path that is absent or null in the results (say, no gold annotations yet) is reported
as not measured and is no violation.
"""

from __future__ import annotations

import json
from pathlib import Path


def _lookup(results: dict, path: str):
    node = results
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def check(results: dict, ratchet_path: Path, mode: str) -> tuple[list[str], list[str]]:
    """(violations, notes): one line each."""
    bounds = json.loads(ratchet_path.read_text(encoding="utf-8")).get(mode, {})
    violations, notes = [], []
    for direction, compare, word in (("min", lambda v, b: v >= b, "below its floor"),
                                     ("max", lambda v, b: v <= b, "above its ceiling")):
        for path, bound in bounds.get(direction, {}).items():
            value = _lookup(results, path)
            if value is None:
                notes.append(f"ratchet: {path} not measured in this run")
            elif not compare(value, bound):
                violations.append(f"ratchet: {path} = {value:.4f} is {word} {bound} ({ratchet_path.name}, {mode})")
    return violations, notes
