#include "resolve/subject_resolver.hpp"

#include <algorithm>

#include "model/metric_ids.hpp"
#include "resolve/entity_resolver.hpp"
#include "resolve/frame_builder.hpp"
#include "resolve/metric_resolver.hpp"

namespace claimcheck {
namespace {

// "said it would float a 50 mln dlr note": what a company says it will do is its plan, a
// fact its headline states as "TO FLOAT", not someone's forecast.
bool reported_plan(const AnalysedText& text, std::size_t sentence_first, std::size_t modal) {
  if (ascii_lower(text.token(modal)) != "would") return false;
  std::size_t words = 0;
  for (std::size_t i = modal; i > sentence_first && words < 2;) {
    --i;
    if (text.tokens[i].kind != TokenKind::Word) continue;
    const std::string w = ascii_lower(text.token(i));
    if (++words == 1 && w != "it" && w != "they") return false;
    if (words == 2) return w == "said" || w == "says";
  }
  return false;
}

constexpr double kWeakMetricConfidence = 0.6;

// The words between two figures of one sentence link them as a comparison: one of the
// lexicon's comparison words ("from", "compared with", "versus", "than", ...).
bool compared_with_previous(const Lexicon& lex, const AnalysedText& text, const Figure& previous,
                            const Figure& current) {
  if (text.layout.sentence_at(text.tokens[current.first].begin).begin > text.tokens[previous.first].begin) return false;
  std::size_t words = 0;
  bool link = false;
  for (std::size_t i = previous.last + 1; i < current.first; ++i) {
    const Token& t = text.tokens[i];
    if (t.kind == TokenKind::Number) return false;
    if (t.kind != TokenKind::Word) continue;
    if (++words > 4) return false;
    link = link || lex.comparison_words.match_at(text.text(), text.tokens, i).has_value();
  }
  return link;
}

// The earlier value of a comparison: a level introduced by "from", "compared with",
// "versus", "than" ("improved to 18.6% from 15.9%"), or followed in its clause by "a year
// earlier", "last year" and the like ("$1.18 a year earlier").
bool is_earlier_value(const Lexicon& lex, const AnalysedText& text, const Figure& f) {
  if (f.direction != Direction::None) return false;  // "rose 12% from a year earlier" is a change
  std::size_t before = f.first;
  std::size_t skipped = 0;
  while (before > 0 && skipped < 4) {
    --before;
    const Token& t = text.tokens[before];
    if (t.kind == TokenKind::Space) continue;
    if (t.kind != TokenKind::Word) break;
    if (lex.comparison_words.match_ending_at(text.text(), text.tokens, before)) return true;
    const bool filler = token_equals(text.text(), t, "the") || token_equals(text.text(), t, "a") ||
                        lex.hedges.match_ending_at(text.text(), text.tokens, before).has_value();
    if (!filler) break;
    ++skipped;
  }
  std::size_t words = 0;
  for (std::size_t i = f.last + 1; i < text.tokens.size() && words < 6; ++i) {
    const Token& t = text.tokens[i];
    if (t.kind == TokenKind::Newline || t.kind == TokenKind::Number) break;
    if (t.kind == TokenKind::Symbol &&
        (text.text()[t.begin] == ',' || text.text()[t.begin] == '.' || text.text()[t.begin] == ';')) {
      break;
    }
    if (t.kind != TokenKind::Word) continue;
    if (lex.prior_markers.match_at(text.text(), text.tokens, i)) return true;
    ++words;
  }
  return false;
}

// The first cell of a table row, lower-cased: "| Veltrana | ..." or "Veltrana€1.84 billion...".
std::string row_label(const AnalysedText& text, const TextLine& line) {
  std::string_view row = text.text().substr(line.begin, line.end - line.begin);
  while (!row.empty() && (row.front() == '|' || row.front() == ' ')) row.remove_prefix(1);
  std::size_t end = 0;
  while (end < row.size() && row[end] != '|' && !(row[end] >= '0' && row[end] <= '9') && row[end] != '$' &&
         row[end] != '~' && static_cast<unsigned char>(row[end]) < 0x80) {
    ++end;
  }
  std::string label = ascii_lower(row.substr(0, end));
  while (!label.empty() && label.back() == ' ') label.pop_back();
  return label;
}

const std::vector<std::string> kAnyKind;

// The kinds of entity a figure can be about, from the metric first resolved for it
// (kAnyKind when there is none or the lexicon does not know it).
const std::vector<std::string>& subject_kinds(const Lexicon& lexicon, const std::optional<MetricChoice>& metric) {
  if (metric) {
    const auto entry = std::find_if(lexicon.metrics.begin(), lexicon.metrics.end(),
                                    [&](const MetricEntry& m) { return m.id == metric->metric; });
    if (entry != lexicon.metrics.end()) return entry->subject_kinds;
  }
  return kAnyKind;
}

// Where the figure's own cues are missing or weak: "$1.42, compared with $1.18", "to 210
// pence from 240 pence": the second figure of a comparison measures what the first one
// does; "or 21 cents a share" with nothing else to go on: earnings per share.
std::optional<MetricChoice> metric_from_neighbours(const Lexicon& lexicon, const AnalysedText& text,
                                                   const std::vector<ExtractedClaim>& claims, std::size_t index,
                                                   std::optional<MetricChoice> metric) {
  const Figure& figure = claims[index].figure;
  if ((!metric || metric->weak) && index > 0) {
    const ExtractedClaim& before = claims[index - 1];
    if (!before.claim.subject.metric.empty() && before.figure.unit.kind == figure.unit.kind &&
        before.figure.rate == figure.rate && compared_with_previous(lexicon, text, before.figure, figure)) {
      metric = MetricChoice{before.claim.subject.metric, "compared with " + before.claim.text,
                            before.claim.subject.metric_weak, before.claim.subject.qualifier};
    }
  }
  if (!metric && figure.unit.kind == UnitKind::Money && figure.rate == "share")
    metric = MetricChoice{std::string(metric_id::kEarningsPerShare), "a share", true, {}};
  return metric;
}

// The chosen entity and metric into the subject; returns the confidence they give it (0
// where either is missing).
double set_entity_and_metric(Subject& s, const EntityResolver& entities, const std::optional<EntityChoice>& entity,
                             const std::optional<MetricChoice>& metric) {
  double confidence = 1.0;
  if (const auto& e = entity) {
    s.entity = entities.entity(e->entity).id;
    s.entity_name = entities.entity(e->entity).name;
    s.entity_evidence = e->evidence;
    confidence *= e->confidence;
  } else {
    confidence = 0.0;
  }
  if (const auto& m = metric) {
    const bool part_of_name = entity && m->qualifier_end != 0 && m->qualifier_end == entity->mention_end;
    if (!part_of_name) s.qualifier = m->qualifier;
    s.metric = m->metric;
    s.metric_cue = m->cue;
    s.metric_weak = m->weak;
    confidence *= m->weak ? kWeakMetricConfidence : 0.95;
  } else {
    confidence = 0.0;
  }
  return confidence;
}

// The period of the figure at `begin`, from its sentence (tokens first..last), else, in a
// table, from its column's header: "| Metric | Q1 2026 | Q1 2025 |".
std::string period_of(const Lexicon& lexicon, const AnalysedText& text, const Figure& figure, std::size_t begin,
                      std::size_t first, std::size_t last, const std::optional<Date>& article_date) {
  std::string period = find_period(lexicon, text, first, last, figure.first, article_date);
  if (figure.unit.kind == UnitKind::Money || figure.unit.kind == UnitKind::Count) {
    period = with_period_length(lexicon, text, first, last, std::move(period));
  }
  const TextLine& line = text.layout.line_at(begin);
  if (period.empty() && line.role == Role::Table && line.table_header) {
    // "| Metric | Q1 2026 | Q1 2025 |": each column its own period.
    const TextLine& header = text.layout.lines()[*line.table_header];
    const TextRange scope = text.layout.header_cell_at(begin).value_or(TextRange{header.begin, header.end});
    const auto [hf, hl] = text.token_range(scope);
    period = find_period(lexicon, text, hf, hl, hf, article_date);
  }
  return period;
}

// An expectation word before the figure in its sentence: "traders expect rates to fall
// by 60 basis points", "if the Bank cuts by another 50 basis points". One after it
// usually belongs to another clause ("fell 3.1% ... and warned costs would weigh").
bool is_outlook(const Lexicon& lexicon, const AnalysedText& text, const Figure& figure, std::size_t first) {
  bool outlook = false;
  for (std::size_t i = first; i < figure.first && !outlook; ++i) {
    outlook = text.tokens[i].kind == TokenKind::Word && lexicon.outlook_words.match_at(text.text(), text.tokens, i) &&
              !reported_plan(text, first, i);
  }
  return outlook;
}

// A table row of the article's company: the row label says which part ("Cloud"), unless
// it is the metric's own name ("Revenue") and the cell an amount, which is the whole
// company's figure. A percentage in such a row stays apart: it is the row's change
// column ("-3.3%"), signed where the body writes "fell 3.3%".
void set_table_row_qualifier(Subject& s, const AnalysedText& text, const Figure& figure, std::size_t begin) {
  const TextLine& line = text.layout.line_at(begin);
  if (line.role == Role::Table && s.entity_from_article()) {
    std::string label = row_label(text, line);
    const bool amount = figure.unit.kind == UnitKind::Money || figure.unit.kind == UnitKind::Count;
    if (!amount || label != ascii_lower(s.metric_cue)) s.qualifier = std::move(label);
  }
}

}  // namespace

void resolve_subjects(const Lexicon& lexicon, const AnalysedText& text, const std::optional<Date>& article_date,
                      std::vector<ExtractedClaim>& claims) {
  const EntityResolver entities(lexicon, text);
  std::vector<Figure> figures;
  figures.reserve(claims.size());
  for (const auto& c : claims) figures.push_back(c.figure);
  for (std::size_t index = 0; index < claims.size(); ++index) {
    auto& [claim, figure] = claims[index];
    Subject& s = claim.subject;
    const std::size_t begin = text.tokens[figure.first].begin;
    const std::size_t end = text.tokens[figure.last].end;
    // Metric first: it says which kinds of entity the figure can be about.
    std::optional<MetricChoice> metric = resolve_metric(lexicon, text, figure, figures);
    const std::vector<std::string>& kinds = subject_kinds(lexicon, metric);
    metric = metric_from_neighbours(lexicon, text, claims, index, std::move(metric));
    std::optional<EntityChoice> chosen_entity = entities.resolve(begin, end, kinds);
    if (!chosen_entity && &kinds != &kAnyKind) chosen_entity = entities.resolve(begin, end);
    if (!metric && chosen_entity && chosen_entity->evidence == "sentence") {
      metric = default_metric_for_subject(lexicon, text, figure, chosen_entity->mention_end,
                                          entities.entity(chosen_entity->entity).kind);
    }
    const double confidence = set_entity_and_metric(s, entities, chosen_entity, metric);
    const auto [first, last] = text.token_range(text.layout.sentence_at(begin));
    s.period = period_of(lexicon, text, figure, begin, first, last, article_date);
    s.earlier = is_earlier_value(lexicon, text, figure);
    s.outlook = s.outlook || is_outlook(lexicon, text, figure, first);
    set_table_row_qualifier(s, text, figure, begin);
    s.confidence = confidence;
    claim.frame = build_frame(lexicon, text, figure, entities.mentions());
  }
}

}  // namespace claimcheck
