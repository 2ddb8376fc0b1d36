#include "extract/phrase_table.hpp"

#include <algorithm>
#include <stdexcept>

namespace claimcheck {
namespace {

bool skippable(const Token& t) { return t.kind == TokenKind::Space; }

}  // namespace

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

namespace {

unsigned char fold_byte(char c, bool fold) {
  return static_cast<unsigned char>(fold && c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

}  // namespace

void PhraseTable::Prefilter::add(std::string_view word) {
  if (word.empty()) return;
  seen[std::min(word.size(), seen.size() - 1)].set(fold_byte(word.front(), fold));
}

bool PhraseTable::Prefilter::may_contain(std::string_view word) const {
  // Words past the last length slot share it, so the filter never rejects a real entry.
  return !word.empty() && seen[std::min(word.size(), seen.size() - 1)].test(fold_byte(word.front(), fold));
}

const std::vector<std::size_t>* PhraseTable::candidates(const WordMap<std::vector<std::size_t>>& index,
                                                        std::string_view token) const {
  const auto found = case_sensitive_ ? index.find(token) : index.find(LowerWord(token).view());
  return found == index.end() ? nullptr : &found->second;
}

bool PhraseTable::equals(std::string_view text, const Token& t, const std::string& part) const {
  return case_sensitive_ ? token_text(text, t) == part : token_equals(text, t, part);
}

void PhraseTable::add(std::string_view phrase, std::size_t payload) {
  Phrase p{{}, payload};
  for (const Token& t : tokenize(phrase)) {
    if (t.kind == TokenKind::Space) continue;
    if (t.kind == TokenKind::Newline) throw std::invalid_argument("phrase spans lines");
    p.parts.push_back(case_sensitive_ ? std::string(token_text(phrase, t)) : ascii_lower(token_text(phrase, t)));
  }
  if (p.parts.empty()) throw std::invalid_argument("empty phrase");
  const std::size_t index = phrases_.size();
  first_filter_.add(p.parts.front());
  last_filter_.add(p.parts.back());
  by_first_[p.parts.front()].push_back(index);
  by_last_[p.parts.back()].push_back(index);
  phrases_.push_back(std::move(p));
}

std::optional<PhraseMatch> PhraseTable::match_at(std::string_view text, const std::vector<Token>& tokens,
                                                 std::size_t first) const {
  if (first >= tokens.size() || skippable(tokens[first])) return std::nullopt;
  if (!first_filter_.may_contain(token_text(text, tokens[first]))) return std::nullopt;
  const auto* found = candidates(by_first_, token_text(text, tokens[first]));
  if (found == nullptr) return std::nullopt;
  std::optional<PhraseMatch> best;
  for (const std::size_t index : *found) {
    const Phrase& p = phrases_[index];
    std::size_t t = first;
    std::size_t k = 0;
    for (; k < p.parts.size(); ++k) {
      while (k > 0 && t < tokens.size() && skippable(tokens[t])) ++t;
      if (t >= tokens.size() || !equals(text, tokens[t], p.parts[k])) break;
      if (k + 1 < p.parts.size()) ++t;
    }
    if (k == p.parts.size() && (!best || p.parts.size() > best->words)) {
      best = PhraseMatch{p.payload, first, t, p.parts.size()};
    }
  }
  return best;
}

std::optional<PhraseMatch> PhraseTable::match_ending_at(std::string_view text, const std::vector<Token>& tokens,
                                                        std::size_t last) const {
  if (last >= tokens.size() || skippable(tokens[last])) return std::nullopt;
  if (!last_filter_.may_contain(token_text(text, tokens[last]))) return std::nullopt;
  const auto* found = candidates(by_last_, token_text(text, tokens[last]));
  if (found == nullptr) return std::nullopt;
  std::optional<PhraseMatch> best;
  for (const std::size_t index : *found) {
    const Phrase& p = phrases_[index];
    std::size_t t = last;
    std::size_t k = p.parts.size();
    bool ok = true;
    while (k > 0) {
      if (!equals(text, tokens[t], p.parts[k - 1])) {
        ok = false;
        break;
      }
      --k;
      if (k == 0) break;
      if (t == 0) {
        ok = false;
        break;
      }
      --t;
      while (t > 0 && skippable(tokens[t])) --t;
    }
    if (ok && k == 0 && (!best || p.parts.size() > best->words)) {
      best = PhraseMatch{p.payload, t, last, p.parts.size()};
    }
  }
  return best;
}

}  // namespace claimcheck
