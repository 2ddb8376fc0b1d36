#include "resolve/company_names.hpp"

#include <algorithm>
#include <optional>

namespace claimcheck {
namespace {

constexpr std::size_t kNameWords = 4;
constexpr std::size_t kTickerTokens = 7;  // "<", "LFDI", ".", "MI", ">"

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool lower(char c) { return c >= 'a' && c <= 'z'; }

std::string title_case(std::string_view name) {
  std::string out(name);
  bool start = true;
  for (char& c : out) {
    if (!start && upper(c)) c = static_cast<char>(c - 'A' + 'a');
    start = !(upper(c) || lower(c));
  }
  return out;
}

struct TokenSpan {
  std::size_t first = 0;
  std::size_t last = 0;
};

class CompanyNameFinder {
 public:
  CompanyNameFinder(const Lexicon& lexicon, const AnalysedText& text) : lex_(lexicon), text_(text) {}

  std::vector<NamedCompany> find() {
    for (std::size_t i = 0; i < text_.tokens.size(); ++i) {
      if (symbol(i, '<')) {
        if (const auto ticked = ticker_name_at(i)) add(*ticked, false);
      } else if (word(i)) {
        if (const auto host = call_host_at(i)) add(*host, true);
        if (const auto named = suffixed_name_at(i)) add(*named, false);
        if (const auto subject = subject_name_at(i)) add(*subject, false);
      }
    }
    return std::move(found_);
  }

 private:
  const Lexicon& lex_;
  const AnalysedText& text_;
  std::vector<NamedCompany> found_;

  [[nodiscard]] bool word(std::size_t i) const {
    return i < text_.tokens.size() && text_.tokens[i].kind == TokenKind::Word;
  }
  [[nodiscard]] bool capitalised(std::size_t i) const { return word(i) && upper(text_.token(i)[0]); }
  [[nodiscard]] bool symbol(std::size_t i, char c) const {
    return i < text_.tokens.size() && text_.tokens[i].kind == TokenKind::Symbol && text_.token(i)[0] == c;
  }
  [[nodiscard]] bool single_space(std::size_t i) const {
    return i < text_.tokens.size() && text_.tokens[i].kind == TokenKind::Space && text_.token(i) == " ";
  }
  [[nodiscard]] std::string lowered(std::size_t i) const { return ascii_lower(text_.token(i)); }
  // The text writes the word in lower case somewhere: a common word, not a name.
  [[nodiscard]] bool common(std::size_t i) const {
    const std::string w = lowered(i);
    return written_in_lower_case(w) || lex_.frame_stopwords.contains(w) || lex_.frame_markers.contains(w) ||
           lex_.months.number_of(text_.token(i)).has_value();
  }
  // The whole word `lower_word` somewhere in the text as written. A search per candidate:
  // a document has a few candidate names, and hashing its every word costs more.
  [[nodiscard]] bool written_in_lower_case(std::string_view lower_word) const {
    const std::string_view s = text_.text();
    auto letter = [](char c) { return upper(c) || lower(c); };
    for (std::size_t at = s.find(lower_word); at != std::string_view::npos; at = s.find(lower_word, at + 1)) {
      const std::size_t end = at + lower_word.size();
      if ((at == 0 || !letter(s[at - 1])) && (end == s.size() || !letter(s[end]))) return true;
    }
    return false;
  }
  [[nodiscard]] bool suffix(std::size_t i) const {
    return word(i) && (lex_.company_suffixes.contains(text_.token(i)) ||
                       lex_.company_suffixes.contains(title_case(text_.token(i))));
  }
  // The token before a word of a name joins it: one space, or "-" / "&" with none ("Coca-Cola", "M&T"),
  // or nothing at all ("GreenSky", which the tokenizer splits at its capital).
  [[nodiscard]] std::optional<std::size_t> joined_before(std::size_t i) const {
    if (i >= 1 && word(i - 1) && text_.tokens[i - 1].end == text_.tokens[i].begin) return i - 1;
    if (i < 2) return std::nullopt;
    if (single_space(i - 1) ||
        ((symbol(i - 1, '-') || symbol(i - 1, '&')) && text_.tokens[i - 2].end == text_.tokens[i - 1].begin &&
         text_.tokens[i - 1].end == text_.tokens[i].begin)) {
      return i - 2;
    }
    return std::nullopt;
  }

  // The word after a word of a name that joins it, as joined_before.
  [[nodiscard]] std::optional<std::size_t> joined_after(std::size_t i) const {
    if (word(i + 1) && text_.tokens[i].end == text_.tokens[i + 1].begin) return i + 1;
    if (!word(i + 2)) return std::nullopt;
    if (single_space(i + 1) ||
        ((symbol(i + 1, '-') || symbol(i + 1, '&')) && text_.tokens[i].end == text_.tokens[i + 1].begin &&
         text_.tokens[i + 1].end == text_.tokens[i + 2].begin)) {
      return i + 2;
    }
    return std::nullopt;
  }

  // Capitalised words ending at `last`, back to the first `stop` refuses (at most kNameWords).
  template <typename Stop>
  [[nodiscard]] TokenSpan run_back(std::size_t last, Stop stop) const {
    TokenSpan span{last, last};
    for (std::size_t words = 1; words < kNameWords;) {
      const auto prev = joined_before(span.first);
      if (!prev || !capitalised(*prev) || stop(*prev)) break;
      if (single_space(span.first - 1)) ++words;
      span.first = *prev;
    }
    return span;
  }

  [[nodiscard]] bool after_title(std::size_t first) const {
    std::size_t k = first;
    while (k > 0 && (text_.tokens[k - 1].kind == TokenKind::Space || symbol(k - 1, '.'))) --k;
    return k > 0 && word(k - 1) && lex_.person_titles.contains(lowered(k - 1));
  }

  // The name the span covers, less a leading "The" and trailing suffixes; none when
  // nothing is left or the lexicon knows it.
  [[nodiscard]] std::optional<std::string> name_of(TokenSpan span) const {
    if (lowered(span.first) == "the" && span.first + 2 <= span.last) span.first += 2;
    while (span.last >= span.first + 2 && suffix(span.last)) span.last -= 2;
    if (suffix(span.last) || !capitalised(span.first)) return std::nullopt;
    if (const auto known = lex_.entity_aliases.match_at(text_.text(), text_.tokens, span.first);
        known && known->last >= span.last) {
      return std::nullopt;
    }
    const std::string_view written = text_.text().substr(text_.tokens[span.first].begin,
                                                         text_.tokens[span.last].end - text_.tokens[span.first].begin);
    if (std::none_of(written.begin(), written.end(), lower)) return title_case(written);
    return std::string(written);
  }

  // "Acme Corp", "The Dunlin Holdings plc", "Acme Systems, Inc.": capitalised words, then
  // a suffix.
  [[nodiscard]] std::optional<std::string> suffixed_name_at(std::size_t i) const {
    if (!word(i) || !single_space(i - 1)) return std::nullopt;
    const std::size_t last = symbol(i - 2, ',') && i >= 3 ? i - 3 : i - 2;
    if (!capitalised(last) || !lex_.company_suffixes.contains(text_.token(i)) ||
        lex_.company_suffixes.contains(text_.token(last))) {
      return std::nullopt;
    }
    return name_of(run_back(last, [&](std::size_t k) { return lex_.company_suffixes.contains(text_.token(k)); }));
  }

  // "Cyclops Corp <CYL>", "CYCLOPS <CYL>": the name before a wire ticker. Capitals say
  // nothing of names on an all-capital line, so there a word the text writes in lower
  // case ends the name ("OF", "HAS").
  [[nodiscard]] std::optional<std::string> ticker_name_at(std::size_t i) const {
    if (!symbol(i, '<') || i < 2 || !single_space(i - 1) || !capitalised(i - 2)) return std::nullopt;
    std::size_t k = i + 1;
    while (k < text_.tokens.size() && k <= i + kTickerTokens && (word(k) || symbol(k, '.'))) ++k;
    if (k == i + 1 || !symbol(k, '>')) return std::nullopt;
    const std::string_view line = line_text(i);
    const bool all_capitals = std::none_of(line.begin(), line.end(), lower);
    return name_of(run_back(i - 2, [&](std::size_t w) { return all_capitals && common(w); }));
  }

  // "Brinker reported revenue of ...": a name the text never writes in lower case, as
  // the subject of a reporting verb.
  [[nodiscard]] std::optional<std::string> subject_name_at(std::size_t i) const {
    if (!word(i) || i < 2 || !single_space(i - 1) || !capitalised(i - 2) ||
        !lex_.naming_verbs.contains(text_.token(i)) || common(i - 2)) {
      return std::nullopt;
    }
    const TokenSpan span =
        run_back(i - 2, [&](std::size_t w) { return common(w) || lex_.person_titles.contains(lowered(w)); });
    // A run stopped by a capitalised word ("Chief Executive Tomas Varga") is part of a longer name.
    const auto before = joined_before(span.first);
    if (after_title(span.first) || (before && capitalised(*before))) return std::nullopt;
    return name_of(span);
  }

  // "Welcome to the Graco third quarter earnings call": the words after "welcome to
  // (the)" up to a period, call or marker word.
  [[nodiscard]] std::optional<std::string> call_host_at(std::size_t i) const {
    const char first_letter = text_.token(i)[0];
    if ((first_letter != 'w' && first_letter != 'W') || !token_equals(text_.text(), text_.tokens[i], "welcome") ||
        !single_space(i + 1) || !word(i + 2) || !token_equals(text_.text(), text_.tokens[i + 2], "to") ||
        !single_space(i + 3)) {
      return std::nullopt;
    }
    std::size_t first = i + 4;
    if (word(first) && lowered(first) == "the" && single_space(first + 1)) first += 2;
    auto part_of_name = [&](std::size_t k) {
      const std::string w = lowered(k);
      return capitalised(k) && !lex_.call_words.contains(w) && !lex_.frame_markers.contains(w) &&
             !lex_.months.number_of(text_.token(k)).has_value();
    };
    if (!part_of_name(first)) return std::nullopt;
    TokenSpan span{first, first};
    for (std::size_t words = 1; words < kNameWords;) {
      const auto next = joined_after(span.last);
      if (!next || !part_of_name(*next)) break;
      if (single_space(span.last + 1)) ++words;
      span.last = *next;
    }
    return name_of(span);
  }

  [[nodiscard]] std::string_view line_text(std::size_t i) const {
    const TextLine& line = text_.layout.line_at(text_.tokens[i].begin);
    return text_.text().substr(line.begin, line.end - line.begin);
  }

  void add(std::string name, bool call_host) {
    const auto same = std::find_if(found_.begin(), found_.end(),
                                   [&](const NamedCompany& c) { return ascii_lower(c.name) == ascii_lower(name); });
    if (same == found_.end()) {
      found_.push_back({std::move(name), call_host});
    } else {
      same->call_host = same->call_host || call_host;
    }
  }
};

}  // namespace

std::vector<NamedCompany> find_named_companies(const Lexicon& lexicon, const AnalysedText& text) {
  return CompanyNameFinder(lexicon, text).find();
}

}  // namespace claimcheck
