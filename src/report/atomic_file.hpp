#pragma once
// Writing report files without ever leaving a truncated one behind: the content goes to
// a temporary file beside the target, is flushed, and replaces the target by rename.

#include <filesystem>
#include <string_view>

namespace claimcheck {

// Throws std::runtime_error naming the file on any failure; the target is then untouched.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);

}  // namespace claimcheck
