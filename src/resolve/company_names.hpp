#pragma once
// Companies a text names that the lexicon does not know, found by how news copy and call
// transcripts introduce them:
//   - a capitalised name before a company suffix: "Acme Corp", "Dunlin Holdings plc";
//   - a name before its wire ticker: "Cyclops Corp <CYL>", "BRANDT <BRD> TAKES ...";
//   - a name as the subject of a reporting verb: "Brinker reported revenue of ...";
//   - the host a call's operator welcomes listeners to: "Welcome to the Graco third
//     quarter earnings call".
// A word counts as part of a name only when the text never writes it in lower case
// ("Revenue reported" is no company: the text says "revenue" elsewhere), and never after a
// personal title ("Mr Smith said").

#include <string>
#include <vector>

#include "extract/analysed_text.hpp"
#include "extract/lexicon.hpp"

namespace claimcheck {

struct NamedCompany {
  std::string name;        // as the text writes it; all-capital names in title case
  bool call_host = false;  // the company whose call this is: the article's main subject
};

// In text order, each name once.
[[nodiscard]] std::vector<NamedCompany> find_named_companies(const Lexicon& lexicon, const AnalysedText& text);

}  // namespace claimcheck
