#pragma once
// Writing report files without ever leaving a truncated one behind: the content goes to
// a temporary file beside the target, is flushed, and replaces the target by rename.

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string_view>

namespace claimcheck {

// Throws std::runtime_error naming the file on any failure; the target is then untouched.
void write_file_atomically(const std::filesystem::path& target, std::string_view content);
// The same with the content written by `write` as it is made (a large report). Whatever
// `write` throws leaves the target untouched too, and is passed on.
void write_file_atomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write);

}  // namespace claimcheck
