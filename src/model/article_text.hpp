#pragma once
// Articles' normalised text with every claim's place in it, kept for the HTML report's
// article view (report/html_report.hpp) and only for it: the other reports need no text,
// and a run of a large archive must not hold the archive. A run keeps texts up to a budget
// of bytes, in input order; the articles past it are counted, not kept.

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace claimcheck {

// What the HTML report keeps of a run's article texts by default: the 10 MB benchmark
// corpus's page is then 1.7 MB and costs Chromium about 2 s more than a blank page; at
// 4 MB it was 3.9 MB and 5 s (README, "For editors").
inline constexpr std::size_t kDefaultArticleTextBytes = std::size_t{1} << 20U;

// A claim as the article view marks it: where its figure is in the article's normalised
// text, [begin, end); where it is in the file (Claim::span, to find it among the claims of
// findings); and its reading (model/claim_format.hpp: claim_reading). Not the whole Claim:
// a few hundred bytes less a claim, which a budget of text holds many thousands of.
struct ClaimInText {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t file_offset = 0;  // Claim::span.begin
  std::string reading;
};

struct ArticleText {
  std::string document;             // the document's id, as claims name it
  std::string text;                 // normalised (NFKC, typographic folding, markup removed)
  std::vector<ClaimInText> claims;  // in text order

  // What keeping it costs, as the budget counts it: the text and the claims' records.
  [[nodiscard]] std::size_t bytes() const {
    std::size_t n = text.size();
    for (const ClaimInText& c : claims) n += sizeof(ClaimInText) + c.reading.size();
    return n;
  }
};

struct ArticleTexts {
  std::size_t budget = 0;  // bytes (ArticleText::bytes) the run may keep; 0: none kept
  std::size_t used = 0;
  std::vector<ArticleText> kept;  // in input order
  std::size_t left_out = 0;       // articles read past the budget, their text not kept

  // Keeps `text` when it fits in what is left of the budget; counts it as left out if not.
  void offer(ArticleText&& text) {
    if (budget == 0) return;
    if (text.bytes() <= budget - used) {
      used += text.bytes();
      kept.push_back(std::move(text));
    } else {
      ++left_out;
    }
  }
};

}  // namespace claimcheck
