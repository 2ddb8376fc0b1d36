#pragma once
// How the articles of one run are compared with each other, as rules/across-articles.json
// sets it (check/across_articles.hpp loads it): the group layer's event window and the
// check layer's trust in a finding across articles. Zero until loaded.

namespace claimcheck {

struct AcrossArticles {
  // Two dated articles further apart than this many days report different events.
  int event_window_days = 0;
  // Two articles that name the same event may still tell of two events: a cross-article
  // finding's confidence is the claims' own times this.
  double cross_article_confidence = 0;
};

}  // namespace claimcheck
