#include "report/html_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "model/claim_format.hpp"
#include "model/names.hpp"
#include "model/report_marker.hpp"
#include "report/html_assets.hpp"
#include "report/json_report.hpp"
#include "report/number_line.hpp"

namespace claimcheck {
namespace {

constexpr std::array<Severity, 3> kSeverities{Severity::Error, Severity::Warning, Severity::Info};

// A SHA-256 digest given in hex, in base64: the form a Content-Security-Policy names it in.
std::string base64_of_hex(std::string_view hex) {
  static constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::vector<unsigned char> bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    bytes.push_back(static_cast<unsigned char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
  }
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
    unsigned v = bytes[i] << 16U;
    if (n > 1) v |= bytes[i + 1] << 8U;
    if (n > 2) v |= bytes[i + 2];
    for (std::size_t k = 0; k < 4; ++k) out += k <= n ? kAlphabet[(v >> (18 - 6 * k)) & 0x3FU] : '=';
  }
  return out;
}

std::string severity_class(Severity s) { return fmt::format("sev-{}", to_string(s)); }

// The figure inside its excerpt, marked and with its reading; the excerpt alone when the
// figure is not found in it as written.
void marked_figure(HtmlWriter& html, const Claim& c, Severity severity) {
  const auto mark = html.open("mark", {{"class", "claim " + severity_class(severity)}, {"tabindex", "0"}});
  html.text(c.text);
  html.element("span", {{"class", "reading"}, {"role", "tooltip"}}, claim_reading(c));
}

// `excerpt` with each claim's figure marked, the claims in the order they appear in it.
void marked_excerpt(HtmlWriter& html, std::string_view excerpt, std::vector<std::pair<const Claim*, Severity>> claims) {
  std::vector<std::pair<std::size_t, std::size_t>> at;  // (offset, index into claims)
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const std::size_t pos =
        claims[i].first->text.empty() ? std::string_view::npos : excerpt.find(claims[i].first->text);
    if (pos != std::string_view::npos) at.emplace_back(pos, i);
  }
  std::sort(at.begin(), at.end());
  std::size_t done = 0;
  for (const auto& [pos, i] : at) {
    if (pos < done) continue;  // two claims of one figure: marked once
    html.text(excerpt.substr(done, pos - done));
    marked_figure(html, *claims[i].first, claims[i].second);
    done = pos + claims[i].first->text.size();
  }
  html.text(excerpt.substr(done));
}

void claim_item(HtmlWriter& html, const Claim& c, Severity severity) {
  const auto li = html.open("li", {{"data-document", c.document}});
  {
    const auto where = html.open("span", {{"class", "where"}});
    html.element("bdi", {}, c.document);
    html.text(fmt::format(":{}:{} ({})", c.span.line, c.span.column, to_string(c.role)));
  }
  const auto quote = html.open("blockquote", {{"dir", "auto"}});
  if (c.excerpt.empty()) {
    marked_figure(html, c, severity);
    html.text(" (the article changed since it was checked: no excerpt)");
    return;
  }
  marked_excerpt(html, c.excerpt, {{&c, severity}});
}

void details(HtmlWriter& html, const Finding& f) {
  const auto dl = html.open("dl", {{"class", "details"}});
  html.element("dt", {}, "Working");
  html.element("dd", {{"dir", "auto"}}, f.working);
  if (!f.suggestion.empty()) {
    html.element("dt", {}, "Suggestion");
    html.element("dd", {{"dir", "auto"}}, f.suggestion);
  }
  html.element("dt", {}, "Confidence");
  html.element("dd", {}, fmt::format("{:.2f}", f.confidence));
  html.element("dt", {}, "Fingerprint");
  html.element("dd", {}, f.fingerprint);
}

void finding_card(HtmlWriter& html, const Finding& f, std::size_t n) {
  const std::string id = fmt::format("finding-{}", n);
  const auto card = html.open("article", {{"class", "finding " + severity_class(f.severity)},
                                          {"id", id},
                                          {"data-severity", to_string(f.severity)},
                                          {"data-rule", f.rule},
                                          {"aria-labelledby", id + "-title"}});
  {
    const auto h = html.open("h3", {{"id", id + "-title"}});
    html.element("span", {{"class", "badge"}}, to_string(f.severity));
    html.text(" ");
    html.element("code", {}, f.rule);
    html.text(" ");
    html.element("a", {{"href", "#" + id}}, fmt::format("#{}", n));
  }
  html.element("p", {{"class", "message"}, {"dir", "auto"}}, f.message);
  if (!f.claims.empty()) write_number_line(html, f);
  {
    const auto ol = html.open("ol", {{"class", "claims"}});
    for (const Claim& c : f.claims) claim_item(html, c, f.severity);
  }
  details(html, f);
}

void count_row(HtmlWriter& html, std::string_view label, std::size_t n, std::string_view cls = "") {
  const auto tr = html.open("tr");
  html.element("th", {{"scope", "row"}, {"class", cls}}, label);
  html.element("td", {{"class", "n"}}, std::to_string(n));
}

std::map<std::string, std::size_t> findings_by_rule(const RunReport& result) {
  std::map<std::string, std::size_t> rules;
  for (const Finding& f : result.findings) ++rules[f.rule];
  return rules;
}

void summary(HtmlWriter& html, const RunReport& result) {
  const Summary s = summarise(result);
  const auto section = html.open("section", {{"class", "summary"}, {"aria-label", "Summary"}});
  {
    const auto table = html.open("table");
    html.element("caption", {}, "Run");
    count_row(html, "Articles", result.document_ids.size());
    count_row(html, "Claims", s.claims);
    count_row(html, "Findings", result.findings.size());
    count_row(html, "Errors", s.errors, "badge sev-error");
    count_row(html, "Warnings", s.warnings, "badge sev-warning");
    count_row(html, "Infos", s.infos, "badge sev-info");
    if (s.suppressed > 0) count_row(html, "Suppressed", s.suppressed);
    if (s.baselined > 0) count_row(html, "In the baseline", s.baselined);
    count_row(html, "Input errors", s.input_errors);
  }
  const auto table = html.open("table");
  html.element("caption", {}, "Findings by rule");
  for (const auto& [rule, n] : findings_by_rule(result)) count_row(html, rule, n);
}

void diagnostics(HtmlWriter& html, const Diagnostics& diagnostics) {
  if (diagnostics.empty()) return;
  html.element("h2", {}, "Input problems");
  const auto ul = html.open("ul", {{"class", "diagnostics"}});
  for (const Diagnostic& d : diagnostics) {
    const auto li = html.open("li");
    html.element("strong", {}, d.level == DiagnosticLevel::Error ? "error" : "notice");
    html.text(" ");
    html.element("bdi", {}, d.path);
    html.text(": " + d.message);
  }
}

void select(HtmlWriter& html, std::string_view id, std::string_view label, std::string_view all,
            const std::vector<std::string>& values) {
  const auto l = html.open("label", {{"for", id}});
  html.text(label);
  const auto s = html.open("select", {{"id", id}});
  html.element("option", {{"value", ""}}, all);
  for (const std::string& v : values) html.element("option", {{"value", v}}, v);
}

// Hidden until the script runs: without it, every card shows and no control is dead.
void filters(HtmlWriter& html, const RunReport& result) {
  const auto form = html.open("form", {{"id", "filters"}, {"hidden", "hidden"}, {"aria-label", "Filter findings"}});
  std::vector<std::string> severities;
  severities.reserve(kSeverities.size());
  for (const Severity s : kSeverities) severities.emplace_back(to_string(s));
  std::vector<std::string> rules;
  for (const auto& [rule, n] : findings_by_rule(result)) rules.push_back(rule);
  std::set<std::string> seen;
  std::vector<std::string> articles;
  for (const Finding& f : result.findings) {
    for (const Claim& c : f.claims) {
      if (seen.insert(c.document).second) articles.push_back(c.document);
    }
  }
  select(html, "filter-severity", "Severity", "all severities", severities);
  select(html, "filter-rule", "Rule", "all rules", rules);
  select(html, "filter-article", "Article", "all articles", articles);
  html.element("output", {{"id", "filter-count"}, {"aria-live", "polite"}}, "");
}

// A claim of a finding, as the article view marks it: with the worst severity of the
// findings it is in.
struct MarkedClaim {
  const Claim* claim = nullptr;
  Severity severity = Severity::Info;
};

// Per document, per sentence (line and excerpt), the claims of findings in it.
using Sentences = std::map<std::pair<std::uint32_t, std::string_view>, std::vector<MarkedClaim>>;

std::map<std::string_view, Sentences> claims_by_article(const RunReport& result) {
  std::map<std::string_view, Sentences> out;
  for (const Finding& f : result.findings) {
    for (const Claim& c : f.claims) {
      if (c.excerpt.empty()) continue;
      auto& marks = out[c.document][{c.span.line, c.excerpt}];
      const auto same = std::find_if(marks.begin(), marks.end(),
                                     [&](const MarkedClaim& m) { return m.claim->span.begin == c.span.begin; });
      if (same == marks.end()) {
        marks.push_back({&c, f.severity});
      } else {
        same->severity = std::max(same->severity, f.severity);
      }
    }
  }
  return out;
}

void article_view(HtmlWriter& html, std::string_view document, const Sentences& sentences) {
  const auto section = html.open("section", {{"class", "article-text"}, {"data-document", document}});
  {
    const auto h = html.open("h3");
    html.element("bdi", {}, document);
    html.text(" \u00b7 the sentences of its findings");
  }
  for (const auto& [where, marks] : sentences) {
    const auto p = html.open("p", {{"dir", "auto"}});
    html.element("span", {{"class", "where"}}, fmt::format("line {}: ", where.first));
    std::vector<std::pair<const Claim*, Severity>> claims;
    for (const MarkedClaim& m : marks) claims.emplace_back(m.claim, m.severity);
    marked_excerpt(html, where.second, claims);
  }
}

// Per document, the claims of findings by where they are in the file, with the worst
// severity of the findings each is in.
using FindingClaims = std::map<std::string_view, std::map<std::size_t, Severity>>;

FindingClaims finding_claims(const RunReport& result) {
  FindingClaims out;
  for (const Finding& f : result.findings) {
    for (const Claim& c : f.claims) {
      auto [it, added] = out[c.document].try_emplace(c.span.begin, f.severity);
      if (!added) it->second = std::max(it->second, f.severity);
    }
  }
  return out;
}

// The article's whole text, collapsed until opened, with every claim marked: a claim of a
// finding in its severity's colour, the others plainly. A mark carries its reading as an
// attribute that the style sheet shows on hover and focus: one element a claim, as an
// article view holds thousands.
void article_text(HtmlWriter& html, const ArticleText& article, const std::map<std::size_t, Severity>* in_findings) {
  const auto section = html.open("section", {{"class", "article-text"}, {"data-document", article.document}});
  const auto details = html.open("details");
  {
    const auto summary = html.open("summary");
    html.element("bdi", {}, article.document);
    const std::size_t marked = in_findings == nullptr ? 0 : in_findings->size();
    html.text(fmt::format(" · {} claim{}, {} in findings", article.claims.size(), article.claims.size() == 1 ? "" : "s",
                          marked));
  }
  const auto body = html.open("div", {{"class", "article-body"}});
  const std::string_view text = article.text;
  std::size_t done = 0;
  for (const ClaimInText& c : article.claims) {
    if (c.begin < done || c.end <= c.begin || c.end > text.size()) continue;  // overlapping: marked once
    html.text(text.substr(done, c.begin - done));
    std::string cls = "claim";
    if (in_findings != nullptr) {
      if (const auto it = in_findings->find(c.file_offset); it != in_findings->end()) {
        cls += " " + severity_class(it->second);
      }
    }
    html.element("mark", {{"class", cls}, {"tabindex", "0"}, {"data-reading", c.reading}},
                 text.substr(c.begin, c.end - c.begin));
    done = c.end;
  }
  html.text(text.substr(done));
}

// "4 MB", "64 kB", "1000 bytes": a limit as the option that sets it was likely written.
std::string readable_size(std::size_t bytes) {
  if (bytes >= (std::size_t{1} << 20U) && bytes % (std::size_t{1} << 20U) == 0)
    return fmt::format("{} MB", bytes >> 20U);
  if (bytes >= 1024 && bytes % 1024 == 0) return fmt::format("{} kB", bytes >> 10U);
  return fmt::format("{} bytes", bytes);
}

void texts_left_out(HtmlWriter& html, const ArticleTexts& texts) {
  if (texts.left_out == 0) return;
  html.element("p", {{"class", "notice"}},
               fmt::format("The text of {} article{} is not shown: the report keeps at most {} of article text "
                           "(claims and their readings included), the first articles in input order "
                           "(--html-text-limit). For {} only the sentences of findings are shown.",
                           texts.left_out, texts.left_out == 1 ? "" : "s", readable_size(texts.budget),
                           texts.left_out == 1 ? "it" : "them"));
}

// Each article: its whole text where the run kept it, else the sentences of its findings.
void articles(HtmlWriter& html, const RunReport& result) {
  const auto sentences = claims_by_article(result);
  const ArticleTexts& texts = result.article_texts;
  if (sentences.empty() && texts.kept.empty()) return;
  const FindingClaims in_findings = finding_claims(result);
  const auto section = html.open("section", {{"id", "articles"}, {"aria-labelledby", "articles-title"}});
  html.element("h2", {{"id", "articles-title"}}, "Articles");
  texts_left_out(html, texts);
  std::size_t next_text = 0;  // the kept texts are in input order, as the ids are
  for (const std::string_view id : result.document_ids) {
    if (next_text < texts.kept.size() && texts.kept[next_text].document == id) {
      const auto marks = in_findings.find(id);
      article_text(html, texts.kept[next_text++], marks == in_findings.end() ? nullptr : &marks->second);
    } else if (const auto it = sentences.find(id); it != sentences.end()) {
      article_view(html, id, it->second);
    }
  }
}

}  // namespace

HtmlWriter::Scope open_html_document(HtmlWriter& html) {
  html.trusted_constant("<!DOCTYPE html>\n");
  return html.open("html", {{"lang", "en"}});
}

void write_html_head(HtmlWriter& html, std::string_view title) {
  const auto head = html.open("head");
  {
    html.empty("meta", {{"charset", "utf-8"}});
    html.empty("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
    const std::string policy = fmt::format(
        "default-src 'none'; style-src 'sha256-{}'; script-src 'sha256-{}'; form-action 'self'; base-uri 'none'",
        base64_of_hex(html_assets::kStyleSha256), base64_of_hex(html_assets::kScriptSha256));
    html.empty("meta", {{"http-equiv", "Content-Security-Policy"}, {"content", policy}});
    html.element("title", {}, title);
    const auto style = html.open("style");
    html.trusted_constant(html_assets::kStyle);
  }
}

// A comment a browser ignores: the mark that keeps claimcheck from reading the page back.
constexpr std::string_view kHtmlReportMarker =
    "<!-- claimcheck-report: written by claimcheck, never read back as an article -->\n";
static_assert(kHtmlReportMarker.find(kTextReportMarkerLine) == 5);

void write_check_html(std::ostream& out, const RunReport& result) {
  HtmlWriter html(out);
  const auto root = open_html_document(html);
  html.trusted_constant(kHtmlReportMarker);
  write_html_head(html, "claimcheck report");
  const auto body = html.open("body");
  html.element("a", {{"class", "skip"}, {"href", "#findings"}}, "Skip to the findings");
  html.element("h1", {}, "claimcheck report");
  summary(html, result);
  diagnostics(html, result.diagnostics);
  {
    const auto section = html.open("section", {{"id", "findings"}, {"aria-labelledby", "findings-title"}});
    html.element("h2", {{"id", "findings-title"}}, "Findings");
    filters(html, result);
    if (result.findings.empty()) html.element("p", {}, "No findings.");
    for (std::size_t i = 0; i < result.findings.size(); ++i) finding_card(html, result.findings[i], i + 1);
  }
  articles(html, result);
  {
    const auto script = html.open("script");
    html.trusted_constant(html_assets::kScript);
  }
}

}  // namespace claimcheck
