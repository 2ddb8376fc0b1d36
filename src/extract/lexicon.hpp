#pragma once
// The vocabularies the extractor and resolver read, loaded from rules/lexicon/*.json at
// run time so that a newsroom can add its own house style, currencies, entities and
// metrics without rebuilding. Loading validates every file and throws LexiconError
// naming the file and the field that is wrong.

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/phrase_table.hpp"
#include "model/claim.hpp"
#include "model/frame.hpp"
#include "model/input_error.hpp"
#include "model/month_names.hpp"

namespace claimcheck {

class LexiconError : public LoadError {
 public:
  using LoadError::LoadError;
};

struct HedgeEntry {
  HedgeKind kind;
  std::string word;
  double below = 1.0;  // upper-bound hedges: how far under the value the truth may lie
};

struct CurrencyUnit {
  std::string currency;
  double factor = 1.0;  // 0.01 for cents
};

struct EntityEntry {
  std::string id;
  std::string name;
  std::string kind = "company";  // company, token, central-bank, research, ...
};

struct MetricEntry {
  std::string id;
  std::string name;
  std::vector<UnitKind> units;
  bool requires_direction = false;
  std::vector<std::string> subject_kinds{"company", "private"};  // entity kinds it can describe
  bool is_volatile = false;  // moves within a day: levels compared only on the same stated day
};

struct Lexicon {
  // Units and scales.
  WordMap<double> scales;  // lower-case word -> multiplier
  WordSet single_letter_scales;
  WordSet ratio_row_words;     // a table row whose label ends with one ("tax rate") keeps its cells as written
  WordSet per_unit_row_words;  // one in a row label ("per share"): its cells are amounts per unit
  WordSet count_row_words;     // one in a row label ("average shares"): its cells are counts
  WordSet measure_nouns;       // "ounces": "ounces of gold" counts gold, not silver
  PhraseTable scale_words;     // payload: index into scale_values
  std::vector<double> scale_values;
  PhraseTable percent;           // payload: UnitKind
  PhraseTable currency_symbols;  // payload: index into currencies
  PhraseTable currency_codes;
  PhraseTable currency_words;
  PhraseTable minor_units;
  std::vector<CurrencyUnit> currencies;
  WordMap<Interval> vague_quantities;  // "tens" -> [10, 100]
  PhraseTable word_numbers;            // payload: index into word_number_values
  std::vector<double> word_number_values;

  // Qualifiers.
  PhraseTable hedges;  // payload: index into hedge_entries
  std::vector<HedgeEntry> hedge_entries;
  PhraseTable directions;     // payload: Direction
  WordMap<double> multiples;  // "doubled" -> 2: a change stated as a factor
  PhraseTable rates;          // payload: index into rate_periods
  std::vector<std::string> rate_periods;
  PhraseTable change_bases;  // payload: index into change_basis_names
  std::vector<std::string> change_basis_names;
  PhraseTable prior_markers;     // "a year earlier": the figure is the earlier value
  PhraseTable comparison_words;  // "from", "compared with": what follows is the earlier value
  PhraseTable benchmark_words;   // "estimates", "peers": compared with another measure, not earlier
  WordSet comparison_sources;    // "from": also "revenue from cloud", so no end of the figure's clause
  PhraseTable quarter_words;     // "quarter", "quarterly": a quarter's figure
  PhraseTable full_year_words;   // "full-year", "annual": a whole year's figure
  PhraseTable to_date_words;     // "year-to-date", "since": a running total up to now
  PhraseTable outlook_words;     // "expect", "could": an expectation, not a fact
  WordSet whole_words;           // "total", "the": words before a metric name that qualify nothing
  WordSet duration_nouns;
  WordSet count_stopwords;
  WordSet event_prepositions;  // "after" 2023 results: the year names the event, not the figure's period
  WordSet event_nouns;         // after 2023 "results"
  WordSet address_words;       // "Street": "79 Harbour Street" is an address, not 79 harbours
  MonthNames months;           // "March", "Mar": read in dates, written in the calendar rule's message
  WordSet calendar_words;      // every month's name and abbreviation, lower-case: "10 March" is a date

  // Subjects.
  std::vector<EntityEntry> entities;
  PhraseTable entity_aliases{true};  // payload: index into entities; case-sensitive
  WordMap<std::size_t> tickers;      // "META" -> entity index
  WordSet company_suffixes;          // "Corp", "plc": "Acme Corp" is a company
  WordSet naming_verbs;              // lower case; "reported": the capitalised name before one is a company
  WordSet call_words;                // lower case; "earnings", "call": where a call host's name ends
  WordSet person_titles;             // lower case; "mr": the name after one is a person's
  std::vector<MetricEntry> metrics;
  WordMap<std::size_t> count_noun_metrics;    // "employee" -> headcount
  WordMap<std::size_t> kind_default_metrics;  // "token" -> token-price
  WordSet kind_default_fillers;               // "has", "sharply": words allowed between subject and move
  WordSet segment_words;                      // "online" sales, "adjusted" EPS: a part, not the whole
  PhraseTable metric_cues;                    // payload: index into metric_cue_groups
  PhraseTable results_row_labels;             // "Revs", "Oper net": payload: index into metrics
  struct MetricCue {
    std::size_t metric;
    bool weak;
  };
  // One phrase may cue several metrics ("shares": a price move, or a price level).
  std::vector<std::vector<MetricCue>> metric_cue_groups;
  WordMap<std::size_t> metric_cue_group_by_phrase;  // phrase's lower-case tokens -> group

  // Frames (model/frame.hpp): the words around a figure that tie two claims to one fact.
  WordSet frame_stopwords;  // lower-case words that say nothing about which fact
  struct FrameMarker {
    std::string canonical;  // "qtr" -> "quarter"
    MarkerClass marker_class;
  };
  WordMap<FrameMarker> frame_markers;  // lower-case word -> its canonical marker and class

  // Reads units.json, hedges.json, directions.json, periods.json, metrics.json,
  // entities.json and frames.json from `dir`.
  static Lexicon load(const std::filesystem::path& dir);
  // Adds the entities of a file shaped like entities.json (its "entities", and its
  // "company_suffixes" where present): a newsroom's own companies, or invented ones for
  // samples and tests, kept out of the shipped lexicon.
  void add_entities(const std::filesystem::path& file);
};

}  // namespace claimcheck
