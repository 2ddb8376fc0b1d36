#include "resolve/metric_resolver.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <optional>

#include "model/metric_ids.hpp"

namespace claimcheck {
namespace {

constexpr std::size_t kMaxCueDistance = 14;     // words between cue and figure
constexpr std::size_t kClauseBreakPenalty = 4;  // a comma or "and" between figure and a later cue

bool whole_or_function_word(const Lexicon& lex, std::string_view word) {
  const LowerWord lower(word);
  return lower.view().empty() || lex.whole_words.contains(lower.view()) || lex.count_stopwords.contains(lower.view());
}

// The word right before a metric's name that narrows it to a part, from the lexicon's
// segment words: "online sales", "like-for-like sales", "adjusted EPS".
std::string modifier_before(const Lexicon& lex, const AnalysedText& text, std::size_t cue_first) {
  if (cue_first < 2 || text.tokens[cue_first - 1].kind != TokenKind::Space) return {};
  std::size_t end = cue_first - 1;
  std::size_t start = end - 1;
  if (text.tokens[start].kind != TokenKind::Word) return {};
  // Hyphenated modifiers: "like-for-like".
  while (start >= 2 && text.tokens[start - 1].kind == TokenKind::Symbol &&
         text.text()[text.tokens[start - 1].begin] == '-' && text.tokens[start - 2].kind == TokenKind::Word) {
    start -= 2;
  }
  if (start > 0 && text.tokens[start - 1].kind == TokenKind::Symbol &&
      text.text()[text.tokens[start - 1].begin] == '\'') {
    return {};  // "Meta's stock"
  }
  const std::size_t b = text.tokens[start].begin;
  std::string modifier = ascii_lower(text.text().substr(b, text.tokens[end - 1].end - b));
  return lex.segment_words.contains(modifier) ? modifier : std::string();
}

// "capacity of 16,000 TEU", "a program of two billion dollars": the noun the figure
// measures, when it is not the metric's own name (cue tokens [cue_first, cue_last]).
std::string head_of_of_phrase(const Lexicon& lex, const AnalysedText& text, const Figure& f, std::size_t cue_first,
                              std::size_t cue_last) {
  auto previous_word = [&](std::size_t from) -> std::optional<std::size_t> {
    while (from > 0) {
      --from;
      if (text.tokens[from].kind == TokenKind::Space) continue;
      if (text.tokens[from].kind == TokenKind::Word) return from;
      return std::nullopt;
    }
    return std::nullopt;
  };
  auto w = previous_word(f.first_with_hedge());
  while (w && lex.hedges.match_ending_at(text.text(), text.tokens, *w)) {
    w = previous_word(lex.hedges.match_ending_at(text.text(), text.tokens, *w)->first);
  }
  if (!w || !token_equals(text.text(), text.tokens[*w], "of")) return {};
  const auto head = previous_word(*w);
  if (!head || (*head >= cue_first && *head <= cue_last) || whole_or_function_word(lex, text.token(*head)) ||
      lex.metric_cues.match_ending_at(text.text(), text.tokens, *head)) {
    return {};
  }
  return ascii_lower(text.token(*head));
}

bool clause_break_between(const AnalysedText& text, std::size_t a, std::size_t b) {
  for (std::size_t i = a + 1; i < b; ++i) {
    const Token& t = text.tokens[i];
    if (t.kind == TokenKind::Symbol && (text.text()[t.begin] == ',' || text.text()[t.begin] == ';')) return true;
    if (t.kind == TokenKind::Word && (token_equals(text.text(), t, "and") || token_equals(text.text(), t, "while") ||
                                      token_equals(text.text(), t, "but"))) {
      return true;
    }
  }
  return false;
}

std::size_t words_between(const AnalysedText& text, std::size_t a, std::size_t b) {
  if (a > b) std::swap(a, b);
  std::size_t words = 0;
  for (std::size_t i = a; i < b; ++i) words += text.tokens[i].kind == TokenKind::Word ? 1 : 0;
  return words;
}

bool fits(const MetricEntry& m, const Figure& f) {
  if (std::find(m.units.begin(), m.units.end(), f.unit.kind) == m.units.end()) return false;
  return !m.requires_direction || f.direction != Direction::None;
}

struct Candidate {
  std::size_t metric;
  bool weak;
  std::size_t distance;
  std::size_t first, last;
};

// Another figure of the same unit stands between token a and token b.
bool figure_between(const std::vector<Figure>& figures, const Figure& f, std::size_t a, std::size_t b) {
  if (a > b) std::swap(a, b);
  return std::any_of(figures.begin(), figures.end(), [&](const Figure& other) {
    return other.first > a && other.last < b && other.first != f.first && other.unit.kind == f.unit.kind;
  });
}

void collect_cues(const Lexicon& lex, const AnalysedText& text, const Figure& f, const std::vector<Figure>& figures,
                  std::size_t first, std::size_t last, bool header, std::vector<Candidate>& out) {
  for (std::size_t i = first; i <= last && i < text.tokens.size(); ++i) {
    if (text.tokens[i].kind != TokenKind::Word) continue;
    auto m = lex.metric_cues.match_at(text.text(), text.tokens, i);
    if (!m) continue;
    // The figure's own words (its counted noun) are not a cue for it.
    const bool inside = f.unit.kind == UnitKind::Count && m->first <= f.last + 2 && m->last >= f.first;
    const bool taken = !header && figure_between(figures, f, i, f.first);
    if ((!inside || header) && !taken) {
      std::size_t distance =
          header ? kMaxCueDistance
                 : words_between(text, i < f.first ? m->last : f.last, i < f.first ? f.first : m->first);
      // A cue after the figure in another clause ("..., and raised the dividend") is farther than it looks.
      if (!header && i > f.last && clause_break_between(text, f.last, m->first)) distance += kClauseBreakPenalty;
      for (const auto& cue : lex.metric_cue_groups[m->payload])
        out.push_back({cue.metric, cue.weak, distance, m->first, m->last});
    }
    i = m->last;
  }
}

}  // namespace

namespace {

// A wire results row says what its figures are in its label: "Shr profit 14 cts vs 11 cts"
// is earnings per share, though "profit" alone would say net income.
std::optional<MetricChoice> results_row_metric(const Lexicon& lex, const AnalysedText& text, const Figure& f) {
  const TextLine& line = text.layout.line_at(text.tokens[f.first].begin);
  auto [first, last] = text.token_range({line.begin, line.end});
  while (first < f.first && text.tokens[first].kind == TokenKind::Space) ++first;
  if (first >= f.first) return std::nullopt;
  const auto label = lex.results_row_labels.match_at(text.text(), text.tokens, first);
  if (!label || label->last >= f.first) return std::nullopt;
  // A row, not a sentence that starts with the label: no punctuation before the figure,
  // and a comparison ("vs") on the line.
  bool compared = false;
  for (std::size_t i = label->last + 1; i <= last && i < text.tokens.size(); ++i) {
    if (i < f.first && text.tokens[i].kind == TokenKind::Symbol &&
        std::string_view(".,;:!?").find(text.text()[text.tokens[i].begin]) != std::string_view::npos) {
      return std::nullopt;
    }
    compared = compared || (text.tokens[i].kind == TokenKind::Word &&
                            lex.comparison_words.match_at(text.text(), text.tokens, i).has_value());
  }
  if (!compared) return std::nullopt;
  const auto& units = lex.metrics[label->payload].units;
  if (std::find(units.begin(), units.end(), f.unit.kind) == units.end()) return std::nullopt;
  const std::string cue(text.text().substr(text.tokens[label->first].begin,
                                           text.tokens[label->last].end - text.tokens[label->first].begin));
  return MetricChoice{lex.metrics[label->payload].id, cue, false, {}};
}

}  // namespace

std::optional<MetricChoice> resolve_metric(const Lexicon& lex, const AnalysedText& text, const Figure& f,
                                           const std::vector<Figure>& figures) {
  // "30% of marketing messages": a share of something named right there, whatever else
  // the sentence talks about.
  // With no noun ("8.9 pct of the total", "89 PCT OF WEBB") it is a share of the whole.
  if (f.unit.kind == UnitKind::Percent && f.followed_by_of) {
    return MetricChoice{std::string(metric_id::kShareOf),
                        f.unit.noun.empty() ? std::string("of the whole") : "of " + f.unit.noun,
                        false,
                        {}};
  }
  const std::size_t fig_begin = text.tokens[f.first].begin;
  if (auto row = results_row_metric(lex, text, f)) return row;
  const TextRange sentence = text.layout.sentence_at(fig_begin);
  auto [first, last] = text.token_range(sentence);
  // A semicolon ends a clause: "Q1 net profit up 11 pct; to sell tower stake for US$2.7 bln".
  for (std::size_t i = f.first; i > first; --i) {
    if (text.tokens[i - 1].kind == TokenKind::Symbol && text.text()[text.tokens[i - 1].begin] == ';') {
      first = i;
      break;
    }
  }
  for (std::size_t i = f.last + 1; i <= last && i < text.tokens.size(); ++i) {
    if (text.tokens[i].kind == TokenKind::Symbol && text.text()[text.tokens[i].begin] == ';') {
      last = i - 1;
      break;
    }
  }
  std::vector<Candidate> candidates;
  collect_cues(lex, text, f, figures, first, last, false, candidates);
  const TextLine& line = text.layout.line_at(fig_begin);
  if (line.role == Role::Table && line.table_header) {
    // The header cell above the figure when the columns line up, else the whole header.
    const TextLine& header = text.layout.lines()[*line.table_header];
    const TextRange scope = text.layout.header_cell_at(fig_begin).value_or(TextRange{header.begin, header.end});
    const auto [hf, hl] = text.token_range(scope);
    collect_cues(lex, text, f, figures, hf, hl, true, candidates);
  }
  // A count measures what it counts: "14,300 employees" is headcount.
  if (f.unit.kind == UnitKind::Count) {
    const auto by_noun = lex.count_noun_metrics.find(f.unit.noun);
    if (by_noun != lex.count_noun_metrics.end()) {
      return MetricChoice{lex.metrics[by_noun->second].id, f.unit.noun, false, {}};
    }
  }
  const Candidate* best = nullptr;
  for (const auto& c : candidates) {
    if (c.distance > kMaxCueDistance || !fits(lex.metrics[c.metric], f)) continue;
    if (best == nullptr || (best->weak && !c.weak) || (best->weak == c.weak && c.distance < best->distance)) best = &c;
  }
  if (best != nullptr) {
    const std::size_t b = text.tokens[best->first].begin;
    const std::size_t e = text.tokens[best->last].end;
    MetricChoice choice{lex.metrics[best->metric].id, std::string(text.text().substr(b, e - b)), best->weak, {}};
    if (text.layout.line_at(fig_begin).role != Role::Table) {
      choice.qualifier = modifier_before(lex, text, best->first);
      if (!choice.qualifier.empty()) choice.qualifier_end = text.tokens[best->first - 2].end;
    }
    return choice;
  }
  // Generic readings that still let like be compared with like.
  if (f.unit.kind == UnitKind::Count && !f.unit.noun.empty()) {
    return MetricChoice{std::string(metric_id::kCount), f.unit.noun, false, head_of_of_phrase(lex, text, f, 1, 0)};
  }
  return std::nullopt;
}

}  // namespace claimcheck

namespace claimcheck {

std::optional<MetricChoice> default_metric_for_subject(const Lexicon& lex, const AnalysedText& text, const Figure& f,
                                                       std::size_t mention_end, const std::string& entity_kind) {
  const auto metric = lex.kind_default_metrics.find(entity_kind);
  if (metric == lex.kind_default_metrics.end() || mention_end == 0 || !fits(lex.metrics[metric->second], f)) {
    return std::nullopt;
  }
  // Between the name and the figure: at most three words, one of them the verb of the move.
  std::size_t words = 0;
  bool verb = false;
  // From before the hedge: "cutting by as much as 75 basis points".
  for (std::size_t i = f.first_with_hedge(); i > 0 && text.tokens[i - 1].begin >= mention_end;) {
    const Token& t = text.tokens[--i];
    if (t.kind == TokenKind::Space) continue;
    if (t.kind != TokenKind::Word) return std::nullopt;
    ++words;
    const bool is_verb = lex.directions.match_at(text.text(), text.tokens, i).has_value();
    // "Kestrel margin rose 0.5%": a noun between the name and the move names another metric.
    if (!is_verb && !lex.kind_default_fillers.contains(LowerWord(text.token(i)).view()) &&
        !lex.company_suffixes.contains(text.token(i)) && !lex.hedges.match_at(text.text(), text.tokens, i)) {
      return std::nullopt;
    }
    verb = verb || is_verb;
  }
  if (words > 3 || !verb) return std::nullopt;
  return MetricChoice{lex.metrics[metric->second].id, "subject of the move", true, {}};
}

}  // namespace claimcheck
