#pragma once
// What `claimcheck lsp` and `claimcheck mcp` take from the command line: where the rules
// and the configuration are, as for `claimcheck check`.

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "rpc/message_stream.hpp"

namespace claimcheck {

struct ServerOptions {
  std::optional<std::filesystem::path> rules_dir;      // --rules-dir
  std::vector<std::filesystem::path> extra_rule_dirs;  // --rules
  std::optional<std::filesystem::path> config_file;    // --config: one file for every document
  bool no_config = false;                              // --no-config
  std::string argv0;                                   // to find the rules beside the binary
  std::size_t max_message_bytes = kDefaultMaxMessageBytes;
  int debounce_ms = 150;  // lsp: quiet time after an edit before the article is checked again
};

}  // namespace claimcheck
