"""The real-text corpora beside the checkout, and the temp-file form a document is checked in.

The data lives in ../shared/realtext (relative to the repository root) and must never be
copied into the repository, so everything here reads it in place.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[3]
REALTEXT_DIR = REPO_ROOT.parent / "shared" / "realtext"

REUTERS_FILE = "reuters-dev.jsonl"
ECTSUM_FILE = "ectsum-dev.jsonl"
TATQA_FILE = "tatqa-test.jsonl"

# Gold corpus names (bench/accuracy/gold/<name>.jsonl) -> the realtext file they annotate.
GOLD_SOURCES = {"reuters": REUTERS_FILE, "ectsum": ECTSUM_FILE, "tatqa": TATQA_FILE}


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    body: str


@dataclass(frozen=True)
class RenderedDocument:
    """A document as written to its temp file: `title + "\\n\\n" + body + "\\n"` (or `body + "\\n"`).

    The tool reports byte offsets into this file; gold and planted figures use code-point
    offsets into a field, so both positions are kept.
    """

    doc: Document
    text: str
    body_start: int  # code-point offset of the body in `text`

    @property
    def data(self) -> bytes:
        return self.text.encode("utf-8")

    def field_to_text(self, field: str, start: int) -> int:
        """Code-point offset into `text` of a field offset."""
        return start if field == "title" else self.body_start + start

    def text_to_field(self, offset: int) -> tuple[str, int]:
        """The field and the code-point offset within it of a code-point offset into `text`."""
        if self.doc.title and offset < self.body_start:
            return "title", offset
        return "body", offset - self.body_start


def render(doc: Document) -> RenderedDocument:
    if doc.title:
        return RenderedDocument(doc, doc.title + "\n\n" + doc.body + "\n", len(doc.title) + 2)
    return RenderedDocument(doc, doc.body + "\n", 0)


class ByteMap:
    """Converts byte offsets of a UTF-8 text to code-point offsets and back."""

    def __init__(self, text: str):
        self._byte_of = [0]
        for ch in text:
            self._byte_of.append(self._byte_of[-1] + len(ch.encode("utf-8")))
        self._char_of = {b: i for i, b in enumerate(self._byte_of)}

    def to_bytes(self, char_offset: int) -> int:
        return self._byte_of[char_offset]

    def to_chars(self, byte_offset: int) -> int:
        # The tool's spans lie on UTF-8 boundaries; round down defensively if not.
        while byte_offset not in self._char_of and byte_offset > 0:
            byte_offset -= 1
        return self._char_of.get(byte_offset, 0)


def realtext_present() -> bool:
    return all((REALTEXT_DIR / name).is_file() for name in (REUTERS_FILE, ECTSUM_FILE, TATQA_FILE))


def load_file(name: str) -> list[Document]:
    documents = []
    with open(REALTEXT_DIR / name, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            documents.append(Document(record["id"], record.get("title") or "", record["body"]))
    return documents


@dataclass(frozen=True)
class EarningsPair:
    stem: str
    summary: Document
    transcript: Document


def earnings_pairs(documents: list[Document]) -> list[EarningsPair]:
    """Each ECTSum summary with the transcript of the same call, in id order."""
    by_id = {d.id: d for d in documents}
    pairs = []
    for d in documents:
        if d.id.endswith("-summary"):
            stem = d.id[: -len("-summary")]
            transcript = by_id.get(stem + "-transcript")
            if transcript is not None:
                pairs.append(EarningsPair(stem, d, transcript))
    return pairs


@dataclass
class Corpora:
    wire: list[Document]
    summaries: list[Document]
    transcripts: list[Document]
    tables: list[Document]
    pairs: list[EarningsPair]

    def singles(self) -> dict[str, list[Document]]:
        """The corpora whose documents are checked one at a time, by report name."""
        return {"wire": self.wire, "summaries": self.summaries,
                "transcripts": self.transcripts, "tables": self.tables}


def load_corpora() -> Corpora:
    ectsum = load_file(ECTSUM_FILE)
    return Corpora(
        wire=load_file(REUTERS_FILE),
        summaries=[d for d in ectsum if d.id.endswith("-summary")],
        transcripts=[d for d in ectsum if d.id.endswith("-transcript")],
        tables=load_file(TATQA_FILE),
        pairs=earnings_pairs(ectsum),
    )


def quick_subset(items: list, every: int = 10) -> list:
    """A fixed, deterministic slice for --quick: every `every`-th item."""
    return items[::every]
