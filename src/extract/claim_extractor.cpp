#include "extract/claim_extractor.hpp"

#include <algorithm>
#include <string>

#include "support/hashing.hpp"
#include "support/utf8.hpp"

namespace claimcheck {
namespace {

constexpr std::size_t kMaxExcerptBytes = 240;

// The sentence around the figure, in the original bytes, on one line and at most
// kMaxExcerptBytes long (cut at code point boundaries, centred on the figure).
std::string excerpt_for(const AnalysedText& text, std::size_t norm_begin, std::size_t norm_end) {
  const TextRange sentence = text.layout.sentence_at(norm_begin);
  std::size_t begin = text.normalized.to_original_begin(sentence.begin);
  std::size_t end = text.normalized.to_original_end(std::max(sentence.end, norm_end));
  const std::size_t fig_begin = text.normalized.to_original_begin(norm_begin);
  if (end - begin > kMaxExcerptBytes) {
    const std::size_t half = kMaxExcerptBytes / 2;
    begin = std::max(begin, fig_begin > half ? fig_begin - half : 0);
    end = std::min(end, begin + kMaxExcerptBytes);
    auto continuation = [&](std::size_t i) { return (static_cast<unsigned char>(text.original[i]) & 0xC0) == 0x80; };
    while (begin < end && continuation(begin)) ++begin;
    while (end > begin && end < text.original.size() && continuation(end)) --end;
  }
  std::string out;
  out.reserve(end - begin + 8);
  const bool cut_before = begin > text.normalized.to_original_begin(sentence.begin);
  const bool cut_after = end < text.normalized.to_original_end(std::max(sentence.end, norm_end));
  if (cut_before) out += "\u2026 ";
  bool space = false;
  for (std::size_t i = begin; i < end; ++i) {
    const char c = text.original[i];
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  if (cut_after) out += " \u2026";
  return utf8::to_valid(out);
}

// The digest of the whole sentence with its digits left out: two figures of one long
// sentence have excerpts cut to different windows and are still in one sentence
// (check/comparison.hpp same_sentence), and a sentence repeated lines later with only
// its figures changed has the same digest (check/same_fact.cpp). Hashed a run of
// non-digits at a time, so no copy of the sentence is made for each of its figures.
std::uint32_t sentence_digest(const AnalysedText& text, std::size_t norm_begin) {
  const TextRange sentence = text.layout.sentence_at(norm_begin);
  const std::string_view original = text.original;
  const std::size_t end = std::min(text.normalized.to_original_end(sentence.end), original.size());
  std::uint64_t h = kFnvOffsetBasis;
  std::size_t run = text.normalized.to_original_begin(sentence.begin);
  for (std::size_t i = run; i <= end; ++i) {
    if (i < end && (original[i] < '0' || original[i] > '9')) continue;
    if (i > run) h = fnv1a(original.substr(run, i - run), h);
    run = i + 1;
  }
  return static_cast<std::uint32_t>(fmix64(h) >> 32) | 1U;
}

}  // namespace

Claim locate_claim(const AnalysedText& text, std::size_t first_token, std::size_t last_token,
                   const std::string& document_id, LineIndex::Cursor& locations) {
  const std::size_t norm_begin = text.tokens[first_token].begin;
  const std::size_t norm_end = text.tokens[last_token].end;
  Claim c;
  c.document = document_id;
  c.span.begin = text.normalized.to_original_begin(norm_begin);
  c.span.end = text.normalized.to_original_end(norm_end);
  const LineColumn where = locations.locate(c.span.begin);
  c.span.line = where.line;
  c.span.column = where.column;
  // Quoted text must be valid UTF-8 for every report format; the span keeps the bytes.
  c.text = utf8::to_valid(text.original.substr(c.span.begin, c.span.end - c.span.begin));
  c.excerpt = excerpt_for(text, norm_begin, norm_end);
  c.excerpt_digest = sentence_digest(text, norm_begin);
  c.role = text.layout.line_at(norm_begin).role;
  return c;
}

std::optional<Claim> relocate_claim(const AnalysedText& text, std::size_t begin, std::size_t end,
                                    const std::string& document_id) {
  const auto& tokens = text.tokens;
  // Token starts map to non-decreasing original offsets.
  const auto first = std::partition_point(
      tokens.begin(), tokens.end(), [&](const Token& t) { return text.normalized.to_original_begin(t.begin) < begin; });
  if (first == tokens.end() || text.normalized.to_original_begin(first->begin) != begin) return std::nullopt;
  auto last = first;
  while (last != tokens.end() && text.normalized.to_original_end(last->end) < end) ++last;
  if (last == tokens.end() || text.normalized.to_original_end(last->end) != end) return std::nullopt;
  LineIndex::Cursor locations(text.lines);
  return locate_claim(text, static_cast<std::size_t>(first - tokens.begin()),
                      static_cast<std::size_t>(last - tokens.begin()), document_id, locations);
}

std::vector<std::size_t> overlong_numbers(const AnalysedText& text) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < text.tokens.size(); ++i) {
    if (text.tokens[i].kind == TokenKind::Number && count_digits(text.token(i)) > kMaxFigureDigits) out.push_back(i);
  }
  return out;
}

std::vector<ExtractedClaim> extract_claims(const Lexicon& lexicon, const AnalysedText& text,
                                           const std::string& document_id, std::size_t max_claims) {
  std::vector<ExtractedClaim> out;
  const FigureParser parser(lexicon, text);
  LineIndex::Cursor locations(text.lines);
  const auto& tokens = text.tokens;
  for (std::size_t i = 0; i < tokens.size() && out.size() < max_claims; ++i) {
    if (tokens[i].kind != TokenKind::Number && tokens[i].kind != TokenKind::Word) continue;
    std::optional<Figure> figure = parser.parse(i, out.empty() ? nullptr : &out.back().figure);
    if (!figure) {
      // A rejected number takes the numbers glued to it along (09/04/2026, 10:09).
      while (i + 2 < tokens.size() && tokens[i].kind == TokenKind::Number && tokens[i + 1].kind == TokenKind::Symbol &&
             tokens[i + 2].kind == TokenKind::Number) {
        i += 2;
      }
      continue;
    }
    Claim c = locate_claim(text, figure->first, figure->last, document_id, locations);
    c.index = static_cast<std::uint32_t>(out.size());
    c.unit = figure->unit;
    c.stated = figure->stated;
    c.value = figure->value;
    c.scale = figure->scale;
    c.decimals = figure->decimals;
    c.is_range = figure->is_range;
    c.hedge = figure->hedge;
    c.direction = figure->direction;
    c.rate = figure->rate;
    c.basis = figure->basis;
    i = figure->last;
    out.push_back({std::move(c), std::move(*figure)});
  }
  return out;
}

}  // namespace claimcheck
