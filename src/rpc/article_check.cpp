#include "rpc/article_check.hpp"

#include "read/document_reader.hpp"

namespace claimcheck {

AnalysedArticle analyse_article(const Pipeline& pipeline, std::string id, std::string bytes, Format format) {
  AnalysedArticle article{id, bytes, format, {}, {}, {}};
  try {
    const SourceDocument doc = make_document(std::move(id), std::move(bytes), format);
    article.claims = pipeline.analyse(doc, article.diagnostics);
    article.suppressions = doc.suppressions;
  } catch (const InputError& e) {
    article.diagnostics.push_back(e.diagnostic());
    article.claims.info.id = article.id;
  }
  return article;
}

ArticleCheck check_articles(const Pipeline& pipeline, const std::vector<const AnalysedArticle*>& articles) {
  RunResult run;
  run.retain = Retain::ClaimStore;
  run.jobs = 1;  // a handful of articles: threads would cost more than they save
  ArticleCheck out;
  for (const AnalysedArticle* article : articles) {
    out.diagnostics.insert(out.diagnostics.end(), article->diagnostics.begin(), article->diagnostics.end());
    ++run.files_read;
    pipeline.add_analysed(article->claims, run);
    if (!article->suppressions.empty()) run.suppressions[article->id] = article->suppressions;
  }
  pipeline.check_run(run);
  out.findings = std::move(run.findings);
  out.diagnostics.insert(out.diagnostics.end(), run.diagnostics.begin(), run.diagnostics.end());
  out.suppressed = run.suppressed;
  return out;
}

const Claim* claim_at(const AnalysedArticle& article, std::size_t offset) {
  for (const Claim& c : article.claims.claims) {
    if (c.span.begin <= offset && offset < c.span.end) return &c;
  }
  return nullptr;
}

}  // namespace claimcheck
