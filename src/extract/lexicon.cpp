#include "extract/lexicon.hpp"

#include <fmt/format.h>
#include <fmt/std.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "model/json_io.hpp"
#include "model/names.hpp"

namespace claimcheck {
namespace {

using nlohmann::json;

// A lexicon file as read: its text places a field's error (json_value_place).
struct LexiconFile {
  std::filesystem::path path;
  std::string text;
  json doc;
};

LexiconFile read_json(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw LexiconError(file.string(), "cannot open lexicon file");
  LexiconFile read{file, std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()}, {}};
  try {
    read.doc = json::parse(read.text);
  } catch (const json::parse_error& e) {
    const TextPlace at = json_error_place(read.text, e);
    throw LexiconError(file.string(), fmt::format("invalid JSON: {}", e.what()), at.line, at.column);
  } catch (const json::exception& e) {  // a number too large for a double
    throw LexiconError(file.string(), fmt::format("invalid JSON: {}", e.what()));
  }
  return read;
}

// The error for `field` of `file`, at the line and column of its value where it has one.
LexiconError field_error(const LexiconFile& file, std::string_view field, std::string_view problem) {
  const std::string message = fmt::format("field '{}': {}", field, problem);
  if (const auto at = json_value_place(file.text, fmt::format("/{}", field))) {
    return LexiconError(file.path.string(), message, at->line, at->column);
  }
  return LexiconError(file.path.string(), message);
}

// Runs `body` and re-throws any JSON type error as a LexiconError naming file and field.
template <typename Body>
void with_context(const LexiconFile& file, std::string_view field, Body&& body) {
  try {
    body();
  } catch (const json::exception& e) {
    throw field_error(file, field, e.what());
  } catch (const std::invalid_argument& e) {
    throw field_error(file, field, e.what());
  }
}

void load_units(Lexicon& lex, const std::filesystem::path& path) {
  const LexiconFile file = read_json(path);
  const json& doc = file.doc;
  with_context(file, "scales", [&] {
    for (const auto& [word, value] : doc.at("scales").items()) {
      lex.scales[ascii_lower(word)] = value.get<double>();
      lex.scale_words.add(word, lex.scale_values.size());
      lex.scale_values.push_back(value.get<double>());
    }
  });
  with_context(file, "table_ratio_row_words", [&] {
    for (const auto& w : doc.at("table_ratio_row_words")) lex.ratio_row_words.insert(ascii_lower(w.get<std::string>()));
  });
  with_context(file, "measure_nouns", [&] {
    for (const auto& w : doc.at("measure_nouns")) lex.measure_nouns.insert(ascii_lower(w.get<std::string>()));
  });
  with_context(file, "table_count_row_words", [&] {
    for (const auto& w : doc.at("table_count_row_words")) lex.count_row_words.insert(ascii_lower(w.get<std::string>()));
  });
  with_context(file, "table_per_unit_words", [&] {
    for (const auto& w : doc.at("table_per_unit_words"))
      lex.per_unit_row_words.insert(ascii_lower(w.get<std::string>()));
  });
  with_context(file, "single_letter_scales_need_currency", [&] {
    for (const auto& w : doc.at("single_letter_scales_need_currency")) {
      lex.single_letter_scales.insert(ascii_lower(w.get<std::string>()));
    }
  });
  const std::pair<const char*, UnitKind> unit_lists[] = {{"percent", UnitKind::Percent},
                                                         {"percentage_points", UnitKind::PercentagePoints},
                                                         {"basis_points", UnitKind::BasisPoints}};
  for (const auto& entry : unit_lists) {
    // Plain variables, not structured bindings: clang 14 cannot capture those in a lambda.
    const char* key = entry.first;
    const UnitKind kind = entry.second;
    with_context(file, key, [&] {
      for (const auto& w : doc.at(key)) lex.percent.add(w.get<std::string>(), static_cast<std::size_t>(kind));
    });
  }
  auto add_currencies = [&](const char* key, PhraseTable& table) {
    with_context(file, key, [&] {
      for (const auto& [word, code] : doc.at(key).items()) {
        table.add(word, lex.currencies.size());
        lex.currencies.push_back({code.get<std::string>(), 1.0});
      }
    });
  };
  add_currencies("currency_symbols", lex.currency_symbols);
  add_currencies("currency_codes", lex.currency_codes);
  add_currencies("currency_words", lex.currency_words);
  with_context(file, "minor_units", [&] {
    for (const auto& [word, unit] : doc.at("minor_units").items()) {
      lex.minor_units.add(word, lex.currencies.size());
      lex.currencies.push_back({unit.at("currency").get<std::string>(), unit.at("factor").get<double>()});
    }
  });
  with_context(file, "vague_quantities", [&] {
    for (const auto& [word, range] : doc.at("vague_quantities").items()) {
      lex.vague_quantities[ascii_lower(word)] = {range.at(0).get<double>(), range.at(1).get<double>()};
    }
  });
  with_context(file, "word_numbers", [&] {
    for (const auto& [word, value] : doc.at("word_numbers").items()) {
      lex.word_numbers.add(word, lex.word_number_values.size());
      lex.word_number_values.push_back(value.get<double>());
    }
  });
}

void load_hedges(Lexicon& lex, const std::filesystem::path& path) {
  const LexiconFile file = read_json(path);
  const json& doc = file.doc;
  with_context(file, "hedges", [&] {
    for (const auto& h : doc.at("hedges")) {
      const auto phrase = h.at("phrase").get<std::string>();
      const auto kind_name = h.at("kind").get<std::string>();
      const auto kind = hedge_kind_from(kind_name);
      if (!kind || *kind == HedgeKind::Exact) {
        throw std::invalid_argument(fmt::format("unknown hedge kind '{}' for '{}'", kind_name, phrase));
      }
      lex.hedges.add(phrase, lex.hedge_entries.size());
      lex.hedge_entries.push_back({*kind, ascii_lower(phrase), h.value("below", 1.0)});
    }
  });
}

void load_directions(Lexicon& lex, const std::filesystem::path& path) {
  const LexiconFile file = read_json(path);
  const json& doc = file.doc;
  for (const auto& entry : {std::pair{"up", Direction::Up}, std::pair{"down", Direction::Down}}) {
    const char* key = entry.first;
    const Direction dir = entry.second;
    with_context(file, key, [&] {
      for (const auto& w : doc.at(key)) lex.directions.add(w.get<std::string>(), static_cast<std::size_t>(dir));
    });
  }
  with_context(file, "multiples", [&] {
    for (const auto& [word, factor] : doc.at("multiples").items()) {
      const double k = factor.get<double>();
      if (!(k > 0)) throw std::invalid_argument("a multiple must be a positive number");
      lex.multiples[ascii_lower(word)] = k;
    }
  });
}

void load_periods(Lexicon& lex, const std::filesystem::path& path) {
  const LexiconFile file = read_json(path);
  const json& doc = file.doc;
  with_context(file, "rates", [&] {
    for (const auto& [phrase, period] : doc.at("rates").items()) {
      lex.rates.add(phrase, lex.rate_periods.size());
      lex.rate_periods.push_back(period.get<std::string>());
    }
  });
  with_context(file, "change_bases", [&] {
    for (const auto& [phrase, basis] : doc.at("change_bases").items()) {
      lex.change_bases.add(phrase, lex.change_basis_names.size());
      lex.change_basis_names.push_back(basis.get<std::string>());
    }
  });
  for (const auto& entry :
       {std::pair{"prior_markers", &lex.prior_markers}, std::pair{"comparison_words", &lex.comparison_words},
        std::pair{"benchmark_words", &lex.benchmark_words}, std::pair{"quarter_words", &lex.quarter_words},
        std::pair{"full_year_words", &lex.full_year_words}, std::pair{"to_date_words", &lex.to_date_words},
        std::pair{"outlook_words", &lex.outlook_words}}) {
    const char* key = entry.first;
    PhraseTable* table = entry.second;
    with_context(file, key, [&] {
      for (const auto& w : doc.at(key)) table->add(w.get<std::string>(), 0);
    });
  }
  with_context(file, "comparison_sources", [&] {
    for (const auto& w : doc.at("comparison_sources")) lex.comparison_sources.insert(ascii_lower(w.get<std::string>()));
  });
  with_context(file, "whole_words", [&] {
    for (const auto& w : doc.at("whole_words")) lex.whole_words.insert(ascii_lower(w.get<std::string>()));
  });
  with_context(file, "duration_nouns", [&] {
    for (const auto& w : doc.at("duration_nouns")) lex.duration_nouns.insert(ascii_lower(w.get<std::string>()));
  });
  with_context(file, "months", [&] {
    lex.months = MonthNames(doc.at("months").get<std::vector<std::vector<std::string>>>());
    for (std::string& word : lex.months.lower_case_words()) lex.calendar_words.insert(std::move(word));
  });
  // Plain pairs, not a structured binding: clang 14 cannot capture those in the lambda.
  for (const auto& entry :
       {std::pair{"event_prepositions", &lex.event_prepositions}, std::pair{"event_nouns", &lex.event_nouns}}) {
    with_context(file, entry.first, [&] {
      for (const auto& w : doc.at(entry.first)) entry.second->insert(ascii_lower(w.get<std::string>()));
    });
  }
  with_context(file, "address_words", [&] {
    for (const auto& w : doc.at("address_words")) lex.address_words.insert(ascii_lower(w.get<std::string>()));
  });
  with_context(file, "count_stopwords", [&] {
    for (const auto& w : doc.at("count_stopwords")) lex.count_stopwords.insert(ascii_lower(w.get<std::string>()));
  });
}

void load_metrics(Lexicon& lex, const std::filesystem::path& path) {
  const LexiconFile file = read_json(path);
  const json& doc = file.doc;
  with_context(file, "metrics", [&] {
    for (const auto& m : doc.at("metrics")) {
      MetricEntry entry{
          m.at("id").get<std::string>(), m.value("name", std::string{}), {}, m.value("requires_direction", false)};
      for (const auto& u : m.at("units")) {
        const auto name = u.get<std::string>();
        const auto kind = unit_kind_from(name);
        if (!kind) throw std::invalid_argument(fmt::format("unknown unit '{}' in metric '{}'", name, entry.id));
        entry.units.push_back(*kind);
      }
      entry.is_volatile = m.value("volatile", false);
      if (m.contains("subject_kinds")) entry.subject_kinds = m.at("subject_kinds").get<std::vector<std::string>>();
      const std::size_t index = lex.metrics.size();
      if (m.contains("count_nouns")) {
        for (const auto& noun : m.at("count_nouns")) lex.count_noun_metrics[noun.get<std::string>()] = index;
      }
      if (m.contains("row_labels")) {
        for (const auto& label : m.at("row_labels")) lex.results_row_labels.add(label.get<std::string>(), index);
      }
      for (const auto& [key, weak] : {std::pair{"cues", false}, std::pair{"weak_cues", true}}) {
        if (!m.contains(key)) continue;
        for (const auto& cue : m.at(key)) {
          const std::string phrase = cue.get<std::string>();
          // Keyed by the phrase's tokens: "capex" is one word, "CapEx" two ("Cap", "Ex").
          std::string key;
          for (const Token& t : tokenize(phrase)) {
            if (t.kind != TokenKind::Space) key += ascii_lower(token_text(phrase, t)) + '\x1f';
          }
          auto [group, added] = lex.metric_cue_group_by_phrase.try_emplace(key, lex.metric_cue_groups.size());
          if (added) {
            lex.metric_cues.add(phrase, group->second);
            lex.metric_cue_groups.emplace_back();
          }
          lex.metric_cue_groups[group->second].push_back({index, weak});
        }
      }
      lex.metrics.push_back(std::move(entry));
    }
  });
  with_context(file, "segment_words", [&] {
    if (!doc.contains("segment_words")) return;
    for (const auto& w : doc.at("segment_words")) lex.segment_words.insert(ascii_lower(w.get<std::string>()));
  });
  with_context(file, "kind_default_fillers", [&] {
    if (!doc.contains("kind_default_fillers")) return;
    for (const auto& w : doc.at("kind_default_fillers"))
      lex.kind_default_fillers.insert(ascii_lower(w.get<std::string>()));
  });
  with_context(file, "kind_defaults", [&] {
    if (!doc.contains("kind_defaults")) return;
    for (const auto& item : doc.at("kind_defaults").items()) {
      const std::string kind = item.key();
      const std::string id = item.value().get<std::string>();
      const auto metric =
          std::find_if(lex.metrics.begin(), lex.metrics.end(), [&](const MetricEntry& e) { return e.id == id; });
      if (metric == lex.metrics.end())
        throw std::invalid_argument(fmt::format("unknown metric '{}' for kind '{}'", id, kind));
      lex.kind_default_metrics[kind] = static_cast<std::size_t>(metric - lex.metrics.begin());
    }
  });
}

void load_entities(Lexicon& lex, const std::filesystem::path& path, bool suffixes_required = true) {
  const LexiconFile file = read_json(path);
  const json& doc = file.doc;
  if (suffixes_required || doc.contains("company_suffixes")) {
    with_context(file, "company_suffixes", [&] {
      for (const auto& w : doc.at("company_suffixes")) lex.company_suffixes.insert(w.get<std::string>());
    });
  }
  for (const auto& entry : {std::pair{"naming_verbs", &lex.naming_verbs}, std::pair{"call_words", &lex.call_words},
                            std::pair{"person_titles", &lex.person_titles}}) {
    if (!suffixes_required && !doc.contains(entry.first)) continue;
    with_context(file, entry.first, [&] {
      for (const auto& w : doc.at(entry.first)) entry.second->insert(ascii_lower(w.get<std::string>()));
    });
  }
  with_context(file, "entities", [&] {
    for (const auto& e : doc.at("entities")) {
      const std::size_t index = lex.entities.size();
      lex.entities.push_back(
          {e.at("id").get<std::string>(), e.at("name").get<std::string>(), e.value("kind", std::string("company"))});
      for (const auto& alias : e.at("aliases")) lex.entity_aliases.add(alias.get<std::string>(), index);
      if (e.contains("tickers")) {
        for (const auto& t : e.at("tickers")) lex.tickers[t.get<std::string>()] = index;
      }
    }
  });
}

void load_frames(Lexicon& lex, const std::filesystem::path& path) {
  const LexiconFile file = read_json(path);
  const json& doc = file.doc;
  with_context(file, "stop_words", [&] {
    for (const auto& w : doc.at("stop_words")) lex.frame_stopwords.insert(ascii_lower(w.get<std::string>()));
  });
  with_context(file, "marker_classes", [&] {
    for (const auto& [name, words] : doc.at("marker_classes").items()) {
      const auto* known = std::find(kMarkerClassNames.begin(), kMarkerClassNames.end() - 1, name);
      if (known == kMarkerClassNames.end() - 1) {
        throw std::invalid_argument(fmt::format("unknown marker class '{}'", name));
      }
      const auto marker_class = static_cast<MarkerClass>(known - kMarkerClassNames.begin());
      for (const auto& w : words) {
        const std::string word = ascii_lower(w.get<std::string>());
        lex.frame_markers.emplace(word, Lexicon::FrameMarker{word, marker_class});
      }
    }
  });
  // The month class is the lexicon's months (periods.json), kept in one place.
  for (std::string& word : lex.months.lower_case_words()) {
    lex.frame_markers.emplace(word, Lexicon::FrameMarker{word, MarkerClass::Month});
  }
  with_context(file, "marker_synonyms", [&] {
    for (const auto& [word, canonical] : doc.at("marker_synonyms").items()) {
      const auto target = lex.frame_markers.find(ascii_lower(canonical.get<std::string>()));
      if (target == lex.frame_markers.end()) {
        throw std::invalid_argument(
            fmt::format("'{}' is a synonym of '{}', which no marker class lists", word, canonical.get<std::string>()));
      }
      const Lexicon::FrameMarker marker = target->second;  // a copy: inserting may rehash
      lex.frame_markers[ascii_lower(word)] = marker;
    }
  });
}

}  // namespace

Lexicon Lexicon::load(const std::filesystem::path& dir) {
  if (!std::filesystem::is_directory(dir)) {
    throw LexiconError(dir.string(), "lexicon directory not found");
  }
  Lexicon lex;
  load_units(lex, dir / "units.json");
  load_hedges(lex, dir / "hedges.json");
  load_directions(lex, dir / "directions.json");
  load_periods(lex, dir / "periods.json");
  load_metrics(lex, dir / "metrics.json");
  load_entities(lex, dir / "entities.json");
  load_frames(lex, dir / "frames.json");
  return lex;
}

void Lexicon::add_entities(const std::filesystem::path& file) { load_entities(*this, file, false); }

}  // namespace claimcheck
