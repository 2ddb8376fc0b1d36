#include "resolve/entity_resolver.hpp"

#include <algorithm>
#include <map>

namespace claimcheck {

namespace {

bool capitalised_word(const AnalysedText& text, std::size_t i) {
  if (i >= text.tokens.size() || text.tokens[i].kind != TokenKind::Word) return false;
  const char c = text.text()[text.tokens[i].begin];
  return c >= 'A' && c <= 'Z';
}

char upper_char(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

std::string ascii_upper(std::string_view name) {
  std::string out(name);
  std::transform(out.begin(), out.end(), out.begin(), upper_char);
  return out;
}

// "Brinker International" starts with the words "Brinker", in any case.
bool starts_with_words(std::string_view name, std::string_view start) {
  if (start.size() > name.size() || (start.size() < name.size() && name[start.size()] != ' ')) return false;
  return std::equal(start.begin(), start.end(), name.begin(),
                    [](char a, char b) { return upper_char(a) == upper_char(b); });
}

std::string slug(std::string_view name) {
  std::string out;
  for (const char c : name) {
    if (c == ' ') {
      out.push_back('-');
    } else {
      out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
  }
  return out;
}

// A line that capitalises every longer word ("Kestrel Soars On Trial Data"): its capitals
// say nothing of names.
bool title_case(const AnalysedText& text, const TextLine& line) {
  const auto [first, last] = text.token_range(TextRange{line.begin, line.end});
  for (std::size_t i = first; i <= last && i < text.tokens.size(); ++i) {
    const std::string_view w = text.token(i);
    if (text.tokens[i].kind == TokenKind::Word && w.size() >= 4 && w[0] >= 'a' && w[0] <= 'z') return false;
  }
  return true;
}

}  // namespace

void EntityResolver::discover_named_companies() {
  for (NamedCompany& company : find_named_companies(lexicon_, text_)) {
    // "Brinker" after "Brinker International": the same company, named short.
    const auto same = std::find_if(discovered_.begin(), discovered_.end(), [&](const EntityEntry& e) {
      return starts_with_words(e.name, company.name) || starts_with_words(company.name, e.name);
    });
    const std::size_t index = static_cast<std::size_t>(same - discovered_.begin());
    if (company.call_host && !call_host_) call_host_ = lexicon_.entities.size() + index;
    discovered_names_.add(company.name, index);
    // An all-capital line writes the name in capitals: "CYCLOPS <CYL>" is "Cyclops".
    if (const std::string upper = ascii_upper(company.name); upper != company.name) discovered_names_.add(upper, index);
    if (same == discovered_.end()) discovered_.push_back({slug(company.name), std::move(company.name)});
  }
}

// "Kestrel Therapeutics" is not the lexicon's "Kestrel": an alias followed by another
// capitalised word (not a company suffix, not an acronym such as CEO) is the start of some
// other name. Headlines capitalise every word: there only a continuation the body also
// writes counts.
bool EntityResolver::name_continues(std::size_t alias_last) const {
  const auto& tokens = text_.tokens;
  const std::size_t next = alias_last + 2;
  if (next >= tokens.size() || text_.token(alias_last + 1) != " " || !capitalised_word(text_, next)) return false;
  const std::string_view word = text_.token(next);
  if (lexicon_.company_suffixes.contains(word)) return false;
  if (word.size() <= 4 && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return false;
  }
  const TextLine& line = text_.layout.line_at(tokens[alias_last].begin);
  if (line.role != Role::Headline || !title_case(text_, line)) return true;
  const std::string_view alias_word = text_.token(alias_last);
  const std::string continued = std::string(alias_word) + " " + std::string(word);
  const std::string_view body = text_.text().substr(line.end);
  return body.find(continued) != std::string_view::npos;
}

EntityResolver::EntityResolver(const Lexicon& lexicon, const AnalysedText& text) : lexicon_(lexicon), text_(text) {
  discover_named_companies();
  const auto& tokens = text.tokens;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind != TokenKind::Word) continue;
    // A mention starts a word: not the tail of a glued identifier.
    if (i > 0 && tokens[i - 1].kind == TokenKind::Word && tokens[i - 1].end == tokens[i].begin &&
        !(text.text()[tokens[i].begin] >= 'A' && text.text()[tokens[i].begin] <= 'Z')) {
      continue;
    }
    if (auto m = lexicon.entity_aliases.match_at(text.text(), tokens, i); m && !name_continues(m->last)) {
      mentions_.push_back({tokens[m->first].begin, tokens[m->last].end, m->payload});
      i = m->last;
      continue;
    }
    if (auto m = discovered_names_.match_at(text.text(), tokens, i)) {
      mentions_.push_back({tokens[m->first].begin, tokens[m->last].end, lexicon.entities.size() + m->payload});
      i = m->last;
      continue;
    }
    const auto ticker = lexicon.tickers.find(text.token(i));
    if (ticker != lexicon.tickers.end()) mentions_.push_back({tokens[i].begin, tokens[i].end, ticker->second});
  }

  choose_main_entity();
}

// The article's main subject: the host of a call, else the company its headline names,
// else the most mentioned (the first mentioned of those mentioned as often).
void EntityResolver::choose_main_entity() {
  if (call_host_) {
    main_entity_ = call_host_;
    return;
  }
  const bool has_headline = !text_.layout.headline().empty();
  std::map<std::size_t, std::size_t> counts;
  std::vector<std::size_t> order;  // entities in order of first mention
  for (const auto& m : mentions_) {
    if (has_headline && text_.layout.line_at(m.begin).role == Role::Headline) {
      main_entity_ = m.entity;
      main_from_headline_ = true;
      return;
    }
    if (counts[m.entity]++ == 0) order.push_back(m.entity);
  }
  for (const std::size_t e : order) {
    if (!main_entity_ || counts[e] > counts[*main_entity_]) main_entity_ = e;
  }
}

bool EntityResolver::allowed(std::size_t index, const std::vector<std::string>& kinds) const {
  return kinds.empty() || std::find(kinds.begin(), kinds.end(), entity(index).kind) != kinds.end();
}

std::optional<EntityChoice> EntityResolver::nearest_in(std::size_t begin, std::size_t end, std::size_t figure_begin,
                                                       std::size_t figure_end, const char* evidence, double confidence,
                                                       const std::vector<std::string>& kinds) const {
  const EntityMention* before = nullptr;
  const EntityMention* after = nullptr;
  // Mentions are in text order: look only at those inside [begin, end).
  const auto first = std::lower_bound(mentions_.begin(), mentions_.end(), begin,
                                      [](const EntityMention& m, std::size_t b) { return m.begin < b; });
  for (auto it = first; it != mentions_.end() && it->begin < end; ++it) {
    const EntityMention& m = *it;
    if (m.end > end || !allowed(m.entity, kinds)) continue;
    if (m.end <= figure_begin) before = &m;
    if (m.begin >= figure_end && after == nullptr) after = &m;
  }
  // "a price target of $58 on Northwind": the company named right after the figure.
  if (after != nullptr && after->begin >= figure_end) {
    const std::string_view between = text_.text().substr(figure_end, after->begin - figure_end);
    if (between == " on " || between == " for ") before = nullptr;
  }
  const EntityMention* chosen = before != nullptr ? before : after;
  if (chosen == nullptr) return std::nullopt;
  return EntityChoice{chosen->entity, evidence, confidence, chosen->end};
}

std::optional<EntityChoice> EntityResolver::resolve(std::size_t figure_begin, std::size_t figure_end,
                                                    const std::vector<std::string>& kinds) const {
  const TextLine& line = text_.layout.line_at(figure_begin);
  std::optional<EntityChoice> main =
      main_entity_ && allowed(*main_entity_, kinds)
          ? std::optional(EntityChoice{*main_entity_, main_from_headline_ ? "document" : "article", 0.6, 0})
          : std::nullopt;
  if (line.role == Role::Table) {
    // The row label is the first cell: a mention between the row start and the figure.
    if (auto row = nearest_in(line.begin, figure_begin, figure_begin, figure_end, "table-row", 0.9, kinds)) return row;
    return main;  // a row labelled with a product or a measure: the article's company
  }
  const TextRange sentence = text_.layout.sentence_at(figure_begin);
  if (auto s = nearest_in(sentence.begin, sentence.end, figure_begin, figure_end, "sentence", 0.95, kinds)) return s;
  // The sentence before: the article's main subject if it is named there, else the
  // nearest company named there.
  if (sentence.begin > line.begin) {
    const TextRange previous = text_.layout.sentence_at(sentence.begin - 1);
    const auto from = std::lower_bound(mentions_.begin(), mentions_.end(), previous.begin,
                                       [](const EntityMention& m, std::size_t b) { return m.begin < b; });
    bool names_main = false;
    for (auto it = from; main && it != mentions_.end() && it->begin < previous.end; ++it) {
      names_main = names_main || (it->entity == main->entity && it->end <= previous.end);
    }
    if (names_main) return EntityChoice{main->entity, "previous-sentence", 0.8, 0};
    if (auto p = nearest_in(previous.begin, previous.end, figure_begin, figure_end, "previous-sentence", 0.75, kinds)) {
      p->mention_end = 0;
      return p;
    }
  }
  return main;
}

}  // namespace claimcheck
