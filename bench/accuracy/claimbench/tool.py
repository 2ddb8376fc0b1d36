"""Running the claimcheck binary over temp files, on a small pool of worker processes.

Each job is one claimcheck run over one or more files written fresh into the worker's own
folder; the worker reduces the JSON report to the few fields the benchmark reads, so little
crosses between processes.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

WORKERS = 2  # the machine has 2 shared cores
ALARM_SEVERITIES = ("error", "warning")


@dataclass
class Job:
    """One claimcheck run: `command` is "check" or "extract"; files are (name, text)."""

    command: str
    files: list[tuple[str, str]]
    tag: Any = None  # whatever the caller needs to read the result


@dataclass
class SpanRef:
    document: str  # the file name, as given to the tool
    begin: int  # byte offsets into that file
    end: int


@dataclass
class Finding:
    rule: str
    severity: str
    message: str
    claims: list[SpanRef]

    @property
    def is_alarm(self) -> bool:
        return self.severity in ALARM_SEVERITIES


@dataclass
class ExtractedClaim:
    span: SpanRef
    text: str
    unit: str
    currency: str
    scale: float
    low: float | None
    high: float | None
    hedge: str
    direction: str
    entity: str
    entity_name: str
    metric: str


@dataclass
class Result:
    tag: Any
    exit_code: int
    stderr: str
    findings: list[Finding] = field(default_factory=list)
    claims: list[ExtractedClaim] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        # 0: clean, 1: findings; anything else means the run itself went wrong.
        return self.exit_code not in (0, 1)


def _span(claim: dict, document: str | None = None) -> SpanRef:
    span = claim["span"]
    return SpanRef(document or claim.get("document", ""), span["begin"], span["end"])


def _reduce_findings(report: dict) -> list[Finding]:
    return [Finding(f["rule"], f["severity"], f.get("message", ""), [_span(c) for c in f.get("claims", [])])
            for f in report.get("findings", [])]


def _reduce_claims(report: dict) -> list[ExtractedClaim]:
    claims = []
    for document in report.get("documents", []):
        for c in document.get("claims", []):
            subject = c.get("subject", {})
            claims.append(ExtractedClaim(
                span=_span(c, c.get("document") or document.get("id", "")),
                text=c.get("text", ""),
                unit=c["unit"]["kind"],
                currency=c["unit"].get("currency", ""),
                scale=c.get("scale", 1.0),
                low=c["stated"]["low"],
                high=c["stated"]["high"],
                hedge=c.get("hedge", {}).get("kind", "exact"),
                direction=c.get("direction", "none"),
                entity=subject.get("entity", ""),
                entity_name=subject.get("entity_name", ""),
                metric=subject.get("metric", ""),
            ))
    return claims


_binary: str = ""
_scratch: str = ""


def _init_worker(binary: str, scratch_root: str) -> None:
    global _binary, _scratch
    _binary = binary
    _scratch = os.path.join(scratch_root, str(os.getpid()))
    os.makedirs(_scratch, exist_ok=True)


def _arguments(command: str, names: list[str]) -> list[str]:
    if command == "check":
        return [_binary, "check", "--format", "json", "--no-config", "--jobs", "1", *names]
    return [_binary, "extract", "--format", "json", "--jobs", "1", *names]


def _run(job: Job) -> Result:
    names = []
    for name, text in job.files:
        with open(os.path.join(_scratch, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        names.append(name)
    proc = subprocess.run(_arguments(job.command, names), cwd=_scratch, capture_output=True)
    result = Result(job.tag, proc.returncode, proc.stderr.decode("utf-8", "replace").strip())
    if result.failed:
        return result
    report = json.loads(proc.stdout)
    if job.command == "check":
        result.findings = _reduce_findings(report)
    else:
        result.claims = _reduce_claims(report)
    return result


class ToolPool:
    """A pool of WORKERS processes running the binary; use as a context manager."""

    def __init__(self, binary: str):
        self._binary = os.path.abspath(binary)
        self._scratch_root = tempfile.mkdtemp(prefix="claimcheck-accuracy-")
        self._pool = None

    def __enter__(self) -> "ToolPool":
        self._pool = multiprocessing.Pool(WORKERS, _init_worker, (self._binary, self._scratch_root))
        return self

    def __exit__(self, *exc) -> None:
        self._pool.terminate()
        self._pool.join()
        shutil.rmtree(self._scratch_root, ignore_errors=True)

    def run(self, jobs: Iterable[Job]) -> Iterator[Result]:
        """Results in the order of the jobs."""
        return self._pool.imap(_run, jobs, chunksize=4)


def binary_works(binary: str) -> str | None:
    """None when `binary` runs, else why not (a usage error is better said before 4,000 runs)."""
    try:
        proc = subprocess.run([binary, "--version"], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as e:
        return str(e)
    return None if proc.returncode == 0 else proc.stderr.decode("utf-8", "replace").strip()
