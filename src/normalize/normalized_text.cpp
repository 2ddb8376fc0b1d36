#include "normalize/normalized_text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <stdexcept>

#include "support/utf8.hpp"

namespace claimcheck {
namespace {

// Typographic characters the extractor wants as plain ASCII. Em dash stays: it separates
// clauses ("engine—the advertising"), and folding it to '-' would invent ranges.
const char* ascii_fold(char32_t cp) {
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
      return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2212:
    case 0xFE63:
    case 0xFF0D:
      return "-";
    case 0x00A0:
    case 0x2000:
    case 0x2001:
    case 0x2002:
    case 0x2003:
    case 0x2004:
    case 0x2005:
    case 0x2006:
    case 0x2007:
    case 0x2008:
    case 0x2009:
    case 0x200A:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return " ";
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0xFEFF:
    case 0x00AD:
      return "";
    default:
      return nullptr;
  }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

const icu::Normalizer2& nfkc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || n == nullptr) throw std::runtime_error("ICU NFKC data unavailable");
  return *n;
}

// NFKC of one code point. Characters are folded one at a time so that each edit maps to
// exactly one original character; composition across characters does not matter to a
// number scanner.
std::string nfkc_of(const icu::Normalizer2& normalizer, char32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString folded = normalizer.normalize(icu::UnicodeString(static_cast<UChar32>(cp)), status);
  std::string out;
  if (U_FAILURE(status)) {
    utf8::append(out, cp);
    return out;
  }
  folded.toUTF8String(out);
  return out;
}

// Appends the folded form of the code point at original[pos]; returns bytes consumed
// and whether the output differs from the input.
struct FoldResult {
  std::size_t length;
  bool changed;
  bool invalid;
};

FoldResult fold_one(const icu::Normalizer2& normalizer, std::string_view in, std::size_t pos, std::string& out) {
  const auto c = static_cast<unsigned char>(in[pos]);
  if (c < 0x80) {
    if (c == '\r') {
      const bool crlf = pos + 1 < in.size() && in[pos + 1] == '\n';
      out.push_back('\n');
      return {crlf ? 2u : 1u, true, false};
    }
    out.push_back(static_cast<char>(c));
    return {1, false, false};
  }
  const utf8::Decoded d = utf8::decode(in, pos);
  if (!d.valid) {
    out.append("\xEF\xBF\xBD");
    return {d.length, true, true};
  }
  // A no-break or thin space between digit groups is a thousands separator: "1 000 000".
  if ((d.code_point == 0x00A0 || d.code_point == 0x2009 || d.code_point == 0x202F) && pos > 0 &&
      is_digit(in[pos - 1]) && pos + d.length + 3 <= in.size() && is_digit(in[pos + d.length]) &&
      is_digit(in[pos + d.length + 1]) && is_digit(in[pos + d.length + 2]) &&
      (pos + d.length + 3 == in.size() || !is_digit(in[pos + d.length + 3]))) {
    out.push_back(',');
    return {d.length, true, false};
  }
  if (const char* folded = ascii_fold(d.code_point)) {
    out.append(folded);
    return {d.length, true, false};
  }
  if (normalizer.isInert(static_cast<UChar32>(d.code_point))) {
    out.append(in.substr(pos, d.length));
    return {d.length, false, false};
  }
  const std::string folded = nfkc_of(normalizer, d.code_point);
  out.append(folded);
  return {d.length, folded != in.substr(pos, d.length), false};
}

}  // namespace

NormalizedText NormalizedText::from(std::string_view original, const std::vector<MarkupEdit>& markup) {
  const icu::Normalizer2& normalizer = nfkc();
  NormalizedText result;
  result.text_.reserve(original.size());
  auto next_markup = markup.begin();
  std::size_t pos = 0;
  std::string scratch;
  while (pos < original.size()) {
    while (next_markup != markup.end() && next_markup->begin < pos) ++next_markup;  // malformed: overlaps
    if (next_markup != markup.end() && next_markup->begin == pos) {
      // Markup: the whole original stretch becomes the folded replacement.
      const std::size_t begin = result.text_.size();
      for (std::size_t k = 0; k < next_markup->replacement.size();) {
        k += fold_one(normalizer, next_markup->replacement, k, result.text_).length;
      }
      const std::size_t length = std::min(next_markup->length, original.size() - pos);
      result.edits_.push_back({begin, result.text_.size() - begin, pos, length});
      pos += std::max<std::size_t>(length, 1);
      ++next_markup;
      continue;
    }
    // Plain ASCII other than '\r' folds to itself: copy the whole run up to the next
    // byte that needs folding or the next markup edit in one go.
    const std::size_t limit =
        next_markup != markup.end() ? std::min(next_markup->begin, original.size()) : original.size();
    std::size_t run = pos;
    while (run < limit && static_cast<unsigned char>(original[run]) < 0x80 && original[run] != '\r') ++run;
    if (run > pos) {
      result.text_.append(original.substr(pos, run - pos));
      pos = run;
      continue;
    }
    const std::size_t begin = result.text_.size();
    const FoldResult r = fold_one(normalizer, original, pos, result.text_);
    if (r.invalid) result.invalid_.push_back(pos);
    if (r.changed) result.edits_.push_back({begin, result.text_.size() - begin, pos, r.length});
    pos += r.length;
  }
  return result;
}

const NormalizedText::Edit* NormalizedText::last_edit_at_or_before(std::size_t pos) const {
  auto it = std::upper_bound(edits_.begin(), edits_.end(), pos,
                             [](std::size_t p, const Edit& e) { return p < e.normalized_begin; });
  return it == edits_.begin() ? nullptr : &*std::prev(it);
}

std::size_t NormalizedText::to_original_begin(std::size_t pos) const {
  const Edit* e = last_edit_at_or_before(pos);
  if (e == nullptr) return pos;
  if (pos < e->normalized_begin + e->normalized_length) return e->original_begin;
  return e->original_begin + e->original_length + (pos - e->normalized_begin - e->normalized_length);
}

std::size_t NormalizedText::to_original_end(std::size_t pos) const {
  if (pos == 0) return 0;
  const Edit* e = last_edit_at_or_before(pos - 1);
  if (e == nullptr) return pos;
  if (pos - 1 < e->normalized_begin + e->normalized_length) return e->original_begin + e->original_length;
  return e->original_begin + e->original_length + (pos - e->normalized_begin - e->normalized_length);
}

}  // namespace claimcheck
