#include "resolve/frame_builder.hpp"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "support/hashing.hpp"

namespace claimcheck {
namespace {

constexpr std::size_t kWordsBefore = 6;
constexpr std::size_t kWordsAfter = 4;
constexpr std::size_t kOpeningWords = 6;      // the longest opening clause read for its markers
constexpr std::size_t kBlockLabelLines = 12;  // how far up a results table's block label may stand
constexpr std::size_t kBlockLabelWords = 3;
constexpr std::size_t kRowBytes = 80;  // longer lines are sentences, not table rows

std::uint16_t hash16(std::string_view stem) {
  const std::uint64_t h = fnv1a(stem);
  const auto folded = static_cast<std::uint16_t>((h >> 48) ^ (h >> 32) ^ (h >> 16) ^ h);
  return folded == 0 ? 1 : folded;
}

bool ends_with(std::string_view s, std::string_view tail) { return s.size() >= tail.size() && s.ends_with(tail); }

// Collects distinct hashes into a sorted fixed array, keeping the first ones met when full.
template <std::size_t N>
class HashSet {
 public:
  void add(std::uint16_t h) {
    if (size_ == N || std::find(items_.begin(), items_.begin() + size_, h) != items_.begin() + size_) return;
    items_[size_++] = h;
  }
  [[nodiscard]] bool full() const { return size_ == N; }
  [[nodiscard]] std::array<std::uint16_t, N> sorted() const {
    std::array<std::uint16_t, N> out = items_;
    std::sort(out.begin(), out.end());  // unused slots (0) first: equal sets give equal arrays
    return out;
  }

 private:
  std::array<std::uint16_t, N> items_{};
  std::size_t size_ = 0;
};

class FrameBuilder {
 public:
  FrameBuilder(const Lexicon& lex, const AnalysedText& text, const std::vector<EntityMention>& names)
      : lex_(lex), text_(text), names_(names) {}

  Frame build(const Figure& figure) {
    const auto [first, last] = text_.token_range(text_.layout.sentence_at(text_.tokens[figure.first].begin));
    scan_before(figure.first_with_hedge(), first);
    scan_after(figure.last, last);
    add_opening_markers(first, figure.first);
    add_footnote_mark(figure.first);
    add_block_label(figure.first);
    return Frame{words_.sorted(), markers_.sorted()};
  }

 private:
  const Lexicon& lex_;
  const AnalysedText& text_;
  const std::vector<EntityMention>& names_;
  HashSet<kFrameWords> words_;
  HashSet<kFrameMarkers> markers_;

  // Words before the figure back to the sentence start; numbers (a year, another figure)
  // are passed over: "Revenue rose 20% to $11 billion" frames $11 billion with revenue.
  void scan_before(std::size_t figure_first, std::size_t sentence_first) {
    std::size_t taken = 0;
    for (std::size_t i = figure_first; i > sentence_first && taken < kWordsBefore;) {
      --i;
      if (clause_break(i)) break;
      taken += take(i) ? 1 : 0;
    }
  }

  // Words after the figure up to the next figure: what follows another number belongs to it.
  void scan_after(std::size_t figure_last, std::size_t sentence_last) {
    std::size_t taken = 0;
    for (std::size_t i = figure_last + 1; i <= sentence_last && taken < kWordsAfter; ++i) {
      const Token& t = text_.tokens[i];
      if (t.kind == TokenKind::Number && !ordinal_at(i)) break;
      if (clause_break(i)) break;
      taken += take(i) ? 1 : 0;
    }
  }

  // A sentence's opening clause, up to its comma, holds for every figure of the sentence
  // ("Year-to-date, ...", "At Northwind Pharma, ...", "Since the merger was announced,
  // ..."): its markers and names join the frame however far the figure stands from it.
  void add_opening_markers(std::size_t sentence_first, std::size_t figure_first) {
    std::size_t words = 0;
    for (std::size_t i = sentence_first; i < figure_first; ++i) {
      const Token& t = text_.tokens[i];
      if (t.kind == TokenKind::Symbol && text_.text()[t.begin] == ',') {
        for (std::size_t k = sentence_first; k < i; ++k) take_marker(k);
        return;
      }
      if (t.kind == TokenKind::Newline || t.kind == TokenKind::Number || clause_break(i)) return;
      if (t.kind == TokenKind::Word && ++words > kOpeningWords) return;
    }
  }

  // A note under a table ("(3) Consists of 16,016 shares ...") is about the row that
  // cites its number: each note's figures are another part from every other note's.
  void add_footnote_mark(std::size_t figure_first) {
    const TextLine& line = text_.layout.line_at(text_.tokens[figure_first].begin);
    const std::pair<std::size_t, std::size_t> range = text_.token_range(TextRange{line.begin, line.end});
    const std::size_t last = range.second;  // a plain variable: clang 14 cannot capture a structured binding
    std::size_t i = range.first;
    while (i < last && text_.tokens[i].kind == TokenKind::Space) ++i;
    const auto symbol = [&](std::size_t k, char c) {
      return k <= last && text_.tokens[k].kind == TokenKind::Symbol && text_.text()[text_.tokens[k].begin] == c;
    };
    if (!symbol(i, '(') || i + 2 > last || text_.tokens[i + 1].kind != TokenKind::Number || !symbol(i + 2, ')') ||
        i + 1 == figure_first) {
      return;
    }
    markers_.add(marker_code(MarkerClass::Part, hash16("note " + std::string(text_.token(i + 1)))));
  }

  void take_marker(std::size_t i) {
    if (text_.tokens[i].kind != TokenKind::Word) return;
    const std::string word = word_at(i);
    if (const auto marker = lex_.frame_markers.find(word); marker != lex_.frame_markers.end()) {
      markers_.add(marker_code(marker->second.marker_class, hash16(frame_stem(marker->second.canonical))));
    } else if (proper_noun(i) && !in_name(text_.tokens[i].begin)) {
      markers_.add(marker_code(MarkerClass::Name, hash16(frame_stem(word))));
    }
  }

  // Where a clause ends: a line break, ';', ': ', or a dash standing alone, which also
  // ends a dateline ("HOUSTON, March 5 - Halcyon shares fell"). Parentheses do not: they
  // hold tickers and asides ("Northwind (NASDAQ:NWR) shares rose").
  [[nodiscard]] bool clause_break(std::size_t i) const {
    const Token& t = text_.tokens[i];
    if (t.kind == TokenKind::Newline) return true;
    if (t.kind == TokenKind::Other) return text_.token(i) == "\u2014" || text_.token(i) == "\u2013";
    if (t.kind != TokenKind::Symbol) return false;
    const char c = text_.text()[t.begin];
    if (c == '-') return spaced(i);
    if (c == ':') return i + 1 < text_.tokens.size() && text_.tokens[i + 1].kind == TokenKind::Space;
    return c == ';';
  }

  [[nodiscard]] bool spaced(std::size_t i) const {
    const auto& tokens = text_.tokens;
    return i > 0 && i + 1 < tokens.size() && tokens[i - 1].kind == TokenKind::Space &&
           tokens[i + 1].kind == TokenKind::Space;
  }

  // "4th", "1st": an ordinal is a word to frames (tokens split digits from letters).
  [[nodiscard]] bool ordinal_at(std::size_t i) const {
    if (text_.tokens[i].kind != TokenKind::Number) return false;
    if (i + 1 >= text_.tokens.size() || text_.tokens[i + 1].kind != TokenKind::Word) return false;
    if (text_.tokens[i + 1].begin != text_.tokens[i].end) return false;
    const LowerWord suffix(text_.token(i + 1));
    return suffix.view() == "st" || suffix.view() == "nd" || suffix.view() == "rd" || suffix.view() == "th";
  }

  // Adds token i's word, when it says something; true when it did.
  bool take(std::size_t i) {
    const Token& t = text_.tokens[i];
    const bool ordinal = t.kind == TokenKind::Number && ordinal_at(i);
    if (t.kind != TokenKind::Word && !ordinal) return false;
    if (!ordinal && i > 0 && ordinal_at(i - 1) && text_.tokens[i - 1].end == t.begin) return false;  // "4th"'s "th"
    const std::string word = word_at(i);
    if (const auto marker = lex_.frame_markers.find(word); marker != lex_.frame_markers.end()) {
      markers_.add(marker_code(marker->second.marker_class, hash16(frame_stem(marker->second.canonical))));
      return true;
    }
    if (word.size() < 2 || lex_.frame_stopwords.contains(word) || figure_word(i) || in_name(t.begin)) return false;
    if (!ordinal && proper_noun(i)) {
      markers_.add(marker_code(MarkerClass::Name, hash16(frame_stem(word))));
      return true;
    }
    words_.add(hash16(frame_stem(word)));
    return true;
  }

  // A capitalised word inside a body sentence names something: a region, a segment, a
  // product, another company. Headlines capitalise every word and say nothing by it.
  [[nodiscard]] bool proper_noun(std::size_t i) const {
    const std::string_view w = text_.token(i);
    if (w.empty() || w[0] < 'A' || w[0] > 'Z') return false;
    const TextLine& line = text_.layout.line_at(text_.tokens[i].begin);
    if (line.role == Role::Headline || line.role == Role::Heading) return false;
    const TextRange sentence = text_.layout.sentence_at(text_.tokens[i].begin);
    const auto [first, last] = text_.token_range(sentence);
    std::size_t start = first;
    while (start < last && text_.tokens[start].kind != TokenKind::Word && text_.tokens[start].kind != TokenKind::Number)
      ++start;
    return start != i;
  }

  // Part of a metric cue ("net sales", "earnings per share") that starts at most six
  // tokens (three words and their spaces) before.
  [[nodiscard]] bool in_metric_name(std::size_t i) const {
    for (std::size_t back = 0; back <= 6 && back <= i; ++back) {
      const auto m = lex_.metric_cues.match_at(text_.text(), text_.tokens, i - back);
      if (m && m->last >= i) return true;
    }
    return false;
  }

  [[nodiscard]] bool in_name(std::size_t offset) const {
    const auto after = std::upper_bound(names_.begin(), names_.end(), offset,
                                        [](std::size_t o, const EntityMention& m) { return o < m.begin; });
    return after != names_.begin() && offset < std::prev(after)->end;
  }

  // Words the figure itself is read from (its unit, scale, currency, hedge or direction)
  // and the words of a metric's name: the subject key already holds what they say.
  [[nodiscard]] bool figure_word(std::size_t i) const {
    const std::string_view s = text_.text();
    const auto& tokens = text_.tokens;
    return lex_.directions.match_at(s, tokens, i) || in_metric_name(i) || lex_.hedges.match_at(s, tokens, i) ||
           lex_.scale_words.match_at(s, tokens, i) || lex_.percent.match_at(s, tokens, i) ||
           lex_.currency_words.match_at(s, tokens, i) || lex_.currency_codes.match_at(s, tokens, i) ||
           lex_.minor_units.match_at(s, tokens, i);
  }

  // A results table's block label: a short line of marker words alone ("Year", "Nine
  // mths", "4th qtr") above the figure's line. Rows of the table between them are passed
  // over; a blank line or a sentence-length line ends the search.
  void add_block_label(std::size_t figure_first) {
    const auto& lines = text_.layout.lines();
    std::size_t index = text_.layout.line_index_at(text_.tokens[figure_first].begin);
    for (std::size_t step = 0; step < kBlockLabelLines && index > 0; ++step) {
      const TextLine& line = lines[--index];
      if (line.end <= line.begin || line.end - line.begin > kRowBytes) return;
      if (const auto label = block_label(line)) {
        for (const Lexicon::FrameMarker& m : *label) {
          markers_.add(marker_code(m.marker_class, hash16(frame_stem(m.canonical))));
        }
        return;
      }
    }
  }

  // The line's canonical markers when it holds nothing else, at most kBlockLabelWords.
  [[nodiscard]] std::optional<std::vector<Lexicon::FrameMarker>> block_label(const TextLine& line) const {
    const auto [first, last] = text_.token_range(TextRange{line.begin, line.end});
    std::vector<Lexicon::FrameMarker> markers;
    for (std::size_t i = first; i <= last; ++i) {
      const Token& t = text_.tokens[i];
      if (t.kind == TokenKind::Space) continue;
      if (t.kind == TokenKind::Word && i > first && ordinal_at(i - 1)) continue;
      const auto marker = lex_.frame_markers.find(word_at(i));
      if (marker == lex_.frame_markers.end() || markers.size() == kBlockLabelWords) return std::nullopt;
      markers.push_back(marker->second);
    }
    if (markers.empty()) return std::nullopt;
    return markers;
  }

  // Token i as a lower-case word; an ordinal's digits take their suffix ("4th").
  [[nodiscard]] std::string word_at(std::size_t i) const {
    if (text_.tokens[i].kind == TokenKind::Number && ordinal_at(i)) {
      return std::string(text_.token(i)) + ascii_lower(text_.token(i + 1));
    }
    return ascii_lower(text_.token(i));
  }
};

}  // namespace

std::string frame_stem(std::string_view lower_word) {
  std::string w(lower_word);
  if (w.size() > 4 && ends_with(w, "ies")) {
    w.resize(w.size() - 3);
    w += 'y';
  } else if (w.size() > 4 &&
             (ends_with(w, "ses") || ends_with(w, "xes") || ends_with(w, "ches") || ends_with(w, "shes"))) {
    w.resize(w.size() - 2);
  } else if (w.size() > 3 && w.back() == 's' && !ends_with(w, "ss") && !ends_with(w, "us")) {
    w.pop_back();
  }
  if (w.size() > 5 && ends_with(w, "ing")) {
    w.resize(w.size() - 3);
  } else if (w.size() > 4 && ends_with(w, "ed")) {
    w.resize(w.size() - 2);
  }
  if (w.size() > 3 && w.back() == 'e') w.pop_back();
  return w;
}

Frame build_frame(const Lexicon& lexicon, const AnalysedText& text, const Figure& figure,
                  const std::vector<EntityMention>& names) {
  return FrameBuilder(lexicon, text, names).build(figure);
}

}  // namespace claimcheck
