#pragma once
// file: URIs, as editors name documents, and the paths the rest of claimcheck uses.

#include <optional>
#include <string>
#include <string_view>

namespace claimcheck {

// "/home/ana/My%20Story.md" from "file:///home/ana/My%20Story.md"; nullopt for another
// scheme ("untitled:") or a file URI with a host.
std::optional<std::string> path_from_file_uri(std::string_view uri);

// The file URI of an absolute path, percent-encoding what a URI path may not hold.
std::string file_uri_from_path(std::string_view path);

// The id a document goes by in findings: its path for a file URI, else the URI itself.
std::string document_id_from_uri(std::string_view uri);

}  // namespace claimcheck
