#include "resolve/subject_resolver.hpp"

#include <algorithm>


#include "resolve/entity_resolver.hpp"
#include "resolve/metric_resolver.hpp"

namespace claimcheck {
namespace {

constexpr double kWeakMetricConfidence = 0.6;

}  // namespace

void resolve_subjects(const Lexicon& lexicon, const AnalysedText& text, const std::optional<Date>& article_date,
                      std::vector<ExtractedClaim>& claims) {
  const EntityResolver entities(lexicon, text);
  std::vector<Figure> figures;
  figures.reserve(claims.size());
  for (const auto& c : claims) figures.push_back(c.figure);
  for (auto& [claim, figure] : claims) {
    Subject& s = claim.subject;
    const std::size_t begin = text.tokens[figure.first].begin;
    const std::size_t end = text.tokens[figure.last].end;
    // Metric first: it says which kinds of entity the figure can be about.
    std::optional<MetricChoice> metric = resolve_metric(lexicon, text, figure, figures);
    static const std::vector<std::string> kAnyKind;
    const std::vector<std::string>* kinds = &kAnyKind;
    if (metric) {
      const auto entry = std::find_if(lexicon.metrics.begin(), lexicon.metrics.end(),
                                      [&](const MetricEntry& m) { return m.id == metric->metric; });
      if (entry != lexicon.metrics.end()) kinds = &entry->subject_kinds;
    }
    std::optional<EntityChoice> chosen_entity = entities.resolve(begin, end, *kinds);
    if (!chosen_entity && kinds != &kAnyKind) chosen_entity = entities.resolve(begin, end);
    if (!metric && chosen_entity && chosen_entity->evidence == "sentence") {
      metric = default_metric_for_subject(lexicon, text, figure, chosen_entity->mention_end,
                                          entities.entity(chosen_entity->entity).kind);
    }
    double confidence = 1.0;
    if (const auto& e = chosen_entity) {
      s.entity = entities.entity(e->entity).id;
      s.entity_name = entities.entity(e->entity).name;
      s.entity_evidence = e->evidence;
      confidence *= e->confidence;
    } else {
      confidence = 0.0;
    }
    if (const auto& m = metric) {
      s.metric = m->metric;
      s.metric_cue = m->cue;
      s.metric_weak = m->weak;
      confidence *= m->weak ? kWeakMetricConfidence : 0.95;
    } else {
      confidence = 0.0;
    }
    const auto [first, last] = text.token_range(text.layout.sentence_at(begin));
    s.period = find_period(text, first, last, figure.first, article_date);
    const TextLine& line = text.layout.line_at(begin);
    if (s.period.empty() && line.role == Role::Table && line.table_header) {
      const TextLine& header = text.layout.lines()[*line.table_header];
      const auto [hf, hl] = text.token_range({header.begin, header.end});
      s.period = find_period(text, hf, hl, hf, article_date);
    }
    s.confidence = confidence;
  }
}

}  // namespace claimcheck
