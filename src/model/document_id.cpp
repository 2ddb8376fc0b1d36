#include "model/document_id.hpp"

namespace claimcheck {

std::string_view document_file(std::string_view document_id) {
  constexpr std::string_view kExtension = ".jsonl";
  const std::size_t at = document_id.find(".jsonl#");
  return at == std::string_view::npos ? document_id : document_id.substr(0, at + kExtension.size());
}

}  // namespace claimcheck
