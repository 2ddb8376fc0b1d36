"""Mapping the tool's byte spans in a temp file back to (field, code-point offsets)."""

from __future__ import annotations

from dataclasses import dataclass

from .corpora import ByteMap, RenderedDocument


@dataclass(frozen=True)
class FieldSpan:
    field: str
    start: int
    end: int

    def overlap(self, other: "FieldSpan") -> int:
        if self.field != other.field:
            return 0
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def overlaps(self, other: "FieldSpan") -> bool:
        # A zero-width span still counts when it sits inside the other one.
        if self.field != other.field:
            return False
        return self.start < other.end and other.start < self.end


class Locator:
    """Converts byte spans of one rendered document's temp file to field spans."""

    def __init__(self, rendered: RenderedDocument):
        self.rendered = rendered
        self._bytes = ByteMap(rendered.text)

    def field_span(self, begin: int, end: int) -> FieldSpan:
        start_char = self._bytes.to_chars(begin)
        end_char = self._bytes.to_chars(end)
        field, start = self.rendered.text_to_field(start_char)
        return FieldSpan(field, start, start + (end_char - start_char))

    def byte_span(self, span: FieldSpan) -> tuple[int, int]:
        start = self.rendered.field_to_text(span.field, span.start)
        end = self.rendered.field_to_text(span.field, span.end)
        return self._bytes.to_bytes(start), self._bytes.to_bytes(end)
