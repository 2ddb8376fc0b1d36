#!/usr/bin/env python3
"""Unit tests of the benchmark's own parts, on made-up text (no real text needed):

    python3 bench/accuracy/test_claimbench.py
"""

from __future__ import annotations

import random
import sys
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claimbench.corpora import Document, render  # noqa: E402
from claimbench.figures import direction_of, find_figures  # noqa: E402
from claimbench.gold import (Annotation, entity_matches, match_claims, score_document,  # noqa: E402
                             value_unit_scale_right)
from claimbench.locate import FieldSpan, Locator  # noqa: E402
from claimbench.planting import (across_documents, changed_number, shift_decimal,  # noqa: E402
                                 switched_scale, within_document)
from claimbench.tool import ExtractedClaim, SpanRef  # noqa: E402


def texts(text: str) -> list[str]:
    return [text[f.start:f.end] for f in find_figures(text)]


class FigureFinderTest(unittest.TestCase):
    def test_shapes(self):
        text = "Zorbex said net rose 12 PCT to $1.2 billion, or 350 mln dlrs and 57 cts, on 2.3 mln tonnes."
        self.assertEqual(texts(text), ["12 PCT", "$1.2 billion", "350 mln dlrs", "57 cts", "2.3 mln"])

    def test_same_key_across_spellings(self):
        a, b = find_figures("up 5 pct and 1.2 billion dlrs; then 5% and $1.2 billion")[0:2], \
            find_figures("up 5 pct and 1.2 billion dlrs; then 5% and $1.2 billion")[2:4]
        self.assertEqual([f.key for f in a], [f.key for f in b])

    def test_ranges_fractions_and_zeros_left_out(self):
        self.assertEqual(texts("between $0.53 to $0.58, 6-3/4 pct, 5-7 pct, 0 pct, 1986/87 and 4 pct"), ["4 pct"])

    def test_direction_words(self):
        text = "Sales ROSE 5 PCT; costs fell by about 3 pct; a 7 pct rise"
        words = [direction_of(text, f) for f in find_figures(text)]
        self.assertEqual([(w.sense, w.flipped) for w in words], [("up", "FELL"), ("down", "rose"), ("up", "fall")])


class RewriteTest(unittest.TestCase):
    def test_shift_decimal(self):
        self.assertEqual([shift_decimal(n) for n in ("2.5", "25", "250", "5", "0.25", "1.75")],
                         ["25", "2.5", "25", "50", "2.5", "17.5"])

    def test_changed_keeps_precision_and_needs_30_percent(self):
        self.assertEqual(changed_number("25", 1.5), "38")
        self.assertEqual(changed_number("2.50", 0.6), "1.50")
        self.assertEqual(changed_number("1,200", 1.5), "1,800")
        self.assertIsNone(changed_number("1", 0.6))  # rounds back to 1

    def test_switched_scale_keeps_case(self):
        self.assertEqual([switched_scale(w) for w in ("MLN", "bln", "Million", "thousand")],
                         ["BLN", "mln", "Billion", None])


class PlantingTest(unittest.TestCase):
    doc = Document("made-up-1", "ZORBEX PROFIT UP 25 PCT",
                   "Zorbex said profit rose 25 pct to 350 mln dlrs. The 350 mln dlrs included a gain.\n"
                   "Sales were 2.5 pct higher.")

    def planted(self, kind: str) -> list[str]:
        out = []
        for edit in within_document(self.doc, kind, random.Random(1)):
            edited = edit.apply(self.doc)
            out.append(getattr(edited, edit.field)[edit.planted_start:edit.planted_end])
        return out

    def test_decimal_moves_the_headline_figure(self):
        self.assertEqual(self.planted("decimal"), ["2.5 PCT"])

    def test_scale_switches_a_repeated_amount(self):
        self.assertEqual(self.planted("scale"), ["350 bln dlrs", "350 bln dlrs"])

    def test_direction_flips_a_repeated_change(self):
        self.assertEqual(self.planted("direction"), ["DOWN 25 PCT", "fell 25 pct"])

    def test_changed_needs_a_repeat(self):
        self.assertEqual(len(self.planted("changed")), 4)  # 25 pct twice, 350 mln dlrs twice

    def test_across_needs_the_companion_to_state_it(self):
        summary = Document("s", "", "revenue of $1.2 billion, up 4%")
        transcript = Document("t", "", "Revenue was $1.2 billion.")
        edits = across_documents(summary, transcript, "scale", random.Random(1))
        self.assertEqual([e.replacement for e in edits], ["million"])
        self.assertEqual(across_documents(summary, transcript, "direction", random.Random(1)), [])


class LocatorTest(unittest.TestCase):
    def test_byte_spans_map_back_to_fields(self):
        doc = Document("d", "Café up 5%", "Prix — 5%")
        rendered = render(doc)
        self.assertEqual(rendered.text, "Café up 5%\n\nPrix — 5%\n")
        locator = Locator(rendered)
        data = rendered.text.encode()
        begin = data.index(b"5%", data.index(b"\n\n"))
        self.assertEqual(locator.field_span(begin, begin + 2), FieldSpan("body", 7, 9))
        self.assertEqual(locator.byte_span(FieldSpan("body", 7, 9)), (begin, begin + 2))


def claim(start: int, end: int, unit="money", low=1.2e9, high=1.2e9, entity_name="Zorbex", metric="revenue"):
    return (FieldSpan("body", start, end),
            ExtractedClaim(SpanRef("doc.txt", 0, 0), "", unit, "USD", 1e9, low, high, "exact", "none",
                           entity_name.lower(), entity_name, metric))


def gold_claim(start: int, end: int, **fields):
    record = {"unit": "money", "value": 1.2, "scale": 1e9, "entity": "Zorbex Corp", "metric": "revenue", **fields}
    return Annotation("d", FieldSpan("body", start, end), "claim", record)


class GoldScoringTest(unittest.TestCase):
    def test_value_in_absolute_terms(self):
        self.assertTrue(value_unit_scale_right(gold_claim(0, 4).record, claim(0, 4)[1]))
        self.assertFalse(value_unit_scale_right(gold_claim(0, 4, scale=1e6).record, claim(0, 4)[1]))
        self.assertTrue(value_unit_scale_right({"unit": "points", "value": 2, "scale": 1},
                                               claim(0, 1, unit="percentage-points", low=2, high=2)[1]))

    def test_matching_is_one_to_one_largest_overlap_first(self):
        pairs = match_claims([gold_claim(0, 10), gold_claim(8, 12)], [claim(0, 9), claim(8, 12)])
        self.assertEqual(sorted(pairs), [(0, 0), (1, 1)])

    def test_entities_match_without_legal_words(self):
        self.assertTrue(entity_matches("Zorbex Corp.", claim(0, 1)[1]))
        self.assertFalse(entity_matches("Quillon", claim(0, 1)[1]))

    def test_unmatched_extraction_is_a_false_positive_and_not_claims_skipped(self):
        annotations = [gold_claim(0, 4), Annotation("d", FieldSpan("body", 20, 24), "not-claim", {"reason": "year"})]
        summary = score_document(annotations, [claim(0, 4), claim(20, 24)]).summary()
        self.assertEqual(summary["value_unit_scale"]["precision"], 0.5)
        self.assertEqual(summary["value_unit_scale"]["recall"], 1.0)
        self.assertEqual(summary["not_claims_skipped"], 0.0)
        self.assertEqual(summary["entity_f1"], 1.0)


if __name__ == "__main__":
    unittest.main()
