#include "normalize/layout.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace claimcheck {
namespace {

bool is_blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t'; });
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t word_count(std::string_view s) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool ends_sentence(std::string_view s) {
  s = trim(s);
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?');
}

// Cells glued together leave a lower-case letter or a closing bracket directly followed by
// an upper-case letter ("GenerationRepresentative", "billionIn", "(Estimate)Investment").
std::size_t glued_cell_joins(std::string_view s) {
  std::size_t joins = 0;
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (is_upper(s[i]) && (is_lower(s[i - 1]) || s[i - 1] == ')')) {
      // Skip camel-case brand names inside one word ("iPhone", "OpenAI") by requiring
      // the upper-case letter to start a lower-case run of two or more letters.
      if (i + 2 < s.size() && is_lower(s[i + 1]) && is_lower(s[i + 2])) ++joins;
    }
  }
  return joins;
}

// A row copied from a spreadsheet or an annual report: cells separated by tabs. Prose
// has no tabs between its words, so one tab between two non-blank stretches is enough.
bool is_tab_row(std::string_view s) { return s.find('\t') != std::string_view::npos && !trim(s).empty(); }

// The cells of a tab row, as [begin, end) offsets into it; empty cells included, so that
// the columns line up with the header's.
std::vector<TextRange> tab_cells(std::string_view row) {
  std::vector<TextRange> out;
  for (std::size_t start = 0; start <= row.size();) {
    std::size_t end = row.find('\t', start);
    if (end == std::string_view::npos) end = row.size();
    out.push_back({start, end});
    start = end + 1;
  }
  return out;
}

// Cells split at '|' (Markdown): a row that starts with one.
bool starts_with_pipe(std::string_view s) {
  s = trim(s);
  return s.size() >= 2 && s.front() == '|';
}

bool is_markdown_row(std::string_view s) { return starts_with_pipe(s) && trim(s).back() == '|'; }

bool looks_like_table_row(std::string_view s) {
  if (is_tab_row(s) || is_markdown_row(s)) return true;
  s = trim(s);
  return s.size() >= 20 && !ends_sentence(s) && glued_cell_joins(s) >= 1;
}

bool is_year_text(std::string_view s) {
  return s.size() == 4 && std::all_of(s.begin(), s.end(), is_digit) && (s.starts_with("19") || s.starts_with("20"));
}

// A tab row holds data when a cell after the first is a figure other than a year:
// the rows above the first such row are the table's column headers ("\tDecember 31,",
// "\t2019\t2018"), and the last of them names the columns.
bool is_tab_data_row(std::string_view s) {
  const std::vector<TextRange> cells = tab_cells(s);
  for (std::size_t cell = 1; cell < cells.size(); ++cell) {
    const std::string_view text = trim(s.substr(cells[cell].begin, cells[cell].end - cells[cell].begin));
    // A figure starts with its digits, sign, bracket or currency; "December 31," is a label.
    const auto letters = std::count_if(text.begin(), text.end(), [](char c) { return is_upper(c) || is_lower(c); });
    const bool figure = !text.empty() && letters <= 3 &&
                        (is_digit(text.front()) || text.front() == '$' || text.front() == '(' || text.front() == '-' ||
                         static_cast<unsigned char>(text.front()) >= 0x80);
    if (figure && std::any_of(text.begin(), text.end(), is_digit) && !is_year_text(text)) return true;
  }
  return false;
}

// A standalone short line in Title Case: "Annual Capital Expenditure Exceeding $100 Billion".
bool looks_like_heading(std::string_view s) {
  s = trim(s);
  const std::size_t words = word_count(s);
  if (words < 2 || words > 20 || s.size() > 160) return false;
  if (s.back() == '.') return false;
  std::size_t capitalised = 0;
  bool at_word_start = true;
  for (char c : s) {
    if (c == ' ') {
      at_word_start = true;
    } else {
      if (at_word_start && (is_upper(c) || is_digit(c) || c == '$')) ++capitalised;
      at_word_start = false;
    }
  }
  return capitalised * 2 >= words;
}

bool looks_like_headline(std::string_view s) {
  s = trim(s);
  if (s.empty() || s.front() == '#' || s.size() > 220) return false;
  return word_count(s) >= 3;
}

constexpr std::array<std::string_view, 14> kAbbreviations{"Inc", "Corp", "Co", "Ltd", "Mr",  "Mrs", "Ms",
                                                          "Dr",  "St",   "vs", "e.g", "i.e", "U.S", "No"};

// A '.', '!' or '?' at text[i] that ends a sentence (not a decimal point or abbreviation).
bool is_sentence_end(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c != '.' && c != '!' && c != '?') return false;
  if (i + 1 < text.size() && text[i + 1] != ' ' && text[i + 1] != '\n' && text[i + 1] != '"' && text[i + 1] != ')') {
    return false;  // "2.5", "META.US", "e.g."
  }
  if (c != '.') return true;
  std::size_t w = i;
  while (w > 0 && text[w - 1] != ' ' && text[w - 1] != '\n' && text[w - 1] != '(') --w;
  const std::string_view word = text.substr(w, i - w);
  return std::find(kAbbreviations.begin(), kAbbreviations.end(), word) == kAbbreviations.end() &&
         !(word.size() == 1 && is_upper(word[0]));
}

}  // namespace

Layout Layout::analyse(std::string_view text, std::string_view headline_hint) {
  Layout layout;
  layout.text_ = text;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    layout.lines_.push_back({start, end, Role::Body, std::nullopt});
    start = end + 1;
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_sentence_end(text, i)) layout.sentence_ends_.push_back(i);
  }
  auto& lines = layout.lines_;
  auto content = [&](std::size_t i) { return text.substr(lines[i].begin, lines[i].end - lines[i].begin); };
  auto blank = [&](std::size_t i) { return i >= lines.size() || is_blank(content(i)); };
  auto standalone = [&](std::size_t i) { return (i == 0 || blank(i - 1)) && blank(i + 1); };

  // Tables: a run of at least two row-like lines; the first one is the header.
  for (std::size_t i = 0; i < lines.size();) {
    std::size_t j = i;
    // A tab table's section label ("Foreign countries:") stands between two of its rows.
    auto continues = [&](std::size_t k) {
      return looks_like_table_row(content(k)) ||
             (k > i && is_tab_row(content(k - 1)) && k + 1 < lines.size() && is_tab_row(content(k + 1)));
    };
    while (j < lines.size() && !blank(j) && continues(j)) ++j;
    if (j - i >= 2) {
      std::size_t header = i;
      if (is_tab_row(content(i))) {
        while (header + 1 < j && !is_tab_data_row(content(header)) && !is_tab_data_row(content(header + 1)) &&
               is_tab_row(content(header + 1))) {
          ++header;
        }
      }
      for (std::size_t k = i; k < j; ++k) {
        lines[k].role = Role::Table;
        lines[k].table_header = header;
      }
      i = j;
    } else {
      i = std::max(i + 1, j);
    }
  }

  // Headline: the metadata title if there is one, else the first headline-like line
  // among the first few non-blank lines that stands alone or starts the file.
  const std::string_view hint = trim(headline_hint);
  std::string_view headline;
  if (!hint.empty()) {
    headline = hint;
  } else {
    // A headline has text below it: the last line of a story is its last sentence.
    auto text_follows = [&](std::size_t i) {
      for (std::size_t j = i + 1; j < lines.size(); ++j) {
        if (!blank(j)) return true;
      }
      return false;
    };
    std::size_t seen = 0;
    for (std::size_t i = 0; i < lines.size() && seen < 4; ++i) {
      if (blank(i)) continue;
      ++seen;
      if (lines[i].role == Role::Body && looks_like_headline(content(i)) && (i == 0 || standalone(i) || blank(i + 1)) &&
          text_follows(i)) {
        headline = trim(content(i));
        break;
      }
    }
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].role != Role::Body || blank(i)) continue;
    const std::string_view line = trim(content(i));
    if (!headline.empty() && line == headline) {
      lines[i].role = Role::Headline;
    } else if (standalone(i) && looks_like_heading(line)) {
      lines[i].role = Role::Heading;
    }
  }
  return layout;
}

std::size_t Layout::line_index_at(std::size_t offset) const {
  auto it = std::upper_bound(lines_.begin(), lines_.end(), offset,
                             [](std::size_t o, const TextLine& l) { return o < l.begin; });
  return it == lines_.begin() ? 0 : static_cast<std::size_t>(it - lines_.begin()) - 1;
}

TextRange Layout::sentence_at(std::size_t offset) const {
  // A "sentence" in text without punctuation (a 1 MB line of figures) is cut at
  // kMaxSentenceBytes each way, so that every lookup stays bounded.
  constexpr std::size_t kMaxSentenceBytes = 600;
  const TextLine& line = line_at(offset);
  const std::size_t floor = std::max(line.begin, offset > kMaxSentenceBytes ? offset - kMaxSentenceBytes : 0);
  const std::size_t ceiling = std::min(line.end, offset + kMaxSentenceBytes);
  // The first sentence end at or after `offset`; the one before it is the last end before.
  const auto after = std::lower_bound(sentence_ends_.begin(), sentence_ends_.end(), offset);
  std::size_t begin = floor;
  if (after != sentence_ends_.begin() && *std::prev(after) >= floor) begin = std::max(begin, *std::prev(after) + 1);
  begin = std::min(begin, offset);
  std::size_t end = ceiling;
  if (after != sentence_ends_.end() && *after < ceiling) end = *after + 1;  // keep the full stop
  end = std::max(end, offset);
  while (begin < end && text_[begin] == ' ') ++begin;
  return {begin, end};
}

namespace {

bool is_lower_at(std::string_view s, std::size_t i) { return i < s.size() && is_lower(s[i]); }

// A cell boundary before s[i] in a glued row.
bool glued_boundary(std::string_view s, std::size_t i) {
  const char prev = s[i - 1];
  const char c = s[i];
  // "VerdictQ1", "billionIn-house", "energyVertical": a word starts after a lower-case one.
  if (is_lower(prev) && is_upper(c) &&
      ((is_lower_at(s, i + 1) && is_lower_at(s, i + 2)) || (i + 1 < s.size() && is_digit(s[i + 1])))) {
    return true;
  }
  // "Y/YShare": an upper-case letter starting a word right after another upper-case one.
  if (is_upper(prev) && is_upper(c) && is_lower_at(s, i + 1) && is_lower_at(s, i + 2) && i >= 2 &&
      !is_upper(s[i - 2])) {
    return true;
  }
  // "billion27.5%", "Semiconductor$11.2", "Motors~$12.5", "billion+9%".
  if (is_lower(prev) && (is_digit(c) || c == '$' || c == '~' || c == '+' || c == '(')) return true;
  // "27.5%+2.1 pp", "3.9%(1.4 pp)", "+9%Beat", "(Estimate)Focus", "14,300Underweight".
  if ((prev == '%' || prev == ')') && (c == '+' || c == '-' || c == '(' || is_digit(c) || is_upper(c) || c == '$'))
    return true;
  return is_digit(prev) && is_upper(c) && is_lower_at(s, i + 1);
}

}  // namespace

std::vector<TextRange> Layout::cells(std::size_t line_index) const {
  const TextLine& line = lines_[line_index];
  if (line.role != Role::Table) return {};
  const std::string_view row = text_.substr(line.begin, line.end - line.begin);
  std::vector<TextRange> out;
  if (is_tab_row(row)) {
    for (const TextRange& cell : tab_cells(row)) out.push_back({line.begin + cell.begin, line.begin + cell.end});
    return out;
  }
  if (starts_with_pipe(row)) {
    std::size_t start = std::string_view::npos;
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (row[i] != '|') continue;
      if (start != std::string_view::npos) out.push_back({line.begin + start, line.begin + i});
      start = i + 1;
    }
    return out;
  }
  std::size_t start = 0;
  for (std::size_t i = 1; i < row.size(); ++i) {
    if (glued_boundary(row, i)) {
      out.push_back({line.begin + start, line.begin + i});
      start = i;
    }
  }
  out.push_back({line.begin + start, line.end});
  return out;
}

bool Layout::has_delimited_cells(std::size_t line_index) const {
  const TextLine& line = lines_[line_index];
  const std::string_view row = text_.substr(line.begin, line.end - line.begin);
  return line.role == Role::Table && (is_tab_row(row) || starts_with_pipe(row));
}

std::optional<TextRange> Layout::header_cell_at(std::size_t offset) const {
  const std::size_t index = line_index_at(offset);
  const TextLine& line = lines_[index];
  if (line.role != Role::Table || !line.table_header || *line.table_header == index) return std::nullopt;
  const auto row = cells(index);
  const auto header = cells(*line.table_header);
  if (row.empty() || row.size() != header.size()) return std::nullopt;
  for (std::size_t k = 0; k < row.size(); ++k) {
    if (offset >= row[k].begin && offset < row[k].end) return header[k];
  }
  return std::nullopt;
}

std::string_view Layout::headline() const {
  for (const auto& line : lines_) {
    if (line.role == Role::Headline) return trim(text_.substr(line.begin, line.end - line.begin));
  }
  return {};
}

}  // namespace claimcheck
