#!/usr/bin/env bash
# Installs claimcheck as a user would and runs what was installed on samples/:
#   1. `cmake --install` into a clean DESTDIR;
#   2. the Debian package (`cpack -G DEB`), its fields and contents, unpacked with
#      `dpkg -x` into a clean root (no root rights, no container needed);
# each time the installed binary, which finds its rules next to itself, must report on
# the samples exactly what the build tree's binary does. Then the man page renders and
# the bash completion offers the subcommands and options.
# usage: package_test.sh BUILD_DIR SOURCE_DIR CLAIMCHECK      (exit 77: skipped)
set -euo pipefail
build=$(cd "$1" && pwd)
binary=$3
src=$(cd "$2" && pwd)
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || { echo "skipped: $tool not installed (Debian: dpkg-dev, cmake)"; exit 77; }
done
[ -f "$build/docs/claimcheck.1" ] || { echo "skipped: no man page built (CLAIMCHECK_BUILD_DOCS, help2man)"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# What the build tree's binary reports on the samples (exit 1: they hold findings).
cd "$src"
status=0
"$binary" check --config samples/.claimcheck.json samples/ >"$work/expected.txt" || status=$?
[ "$status" = 1 ] || fail "build binary on samples/ exited $status"

# The installed binary at ROOT/usr/bin reports the same, and its man page and completions are there.
check_root() {
  local root=$1 what=$2 got=0
  "$root/usr/bin/claimcheck" check --config samples/.claimcheck.json samples/ >"$work/got.txt" || got=$?
  [ "$got" = 1 ] || fail "$what: installed binary exited $got on samples/"
  diff -u "$work/expected.txt" "$work/got.txt" || fail "$what: installed binary reports differently"
  # It reads the rules installed beside it, not the source tree's.
  "$root/usr/bin/claimcheck" explain decimal-slip >"$work/explain.txt"
  grep -q "source: *$(cd "$root" && pwd -P)/usr/share/claimcheck/rules/checks/decimal-slip.json" "$work/explain.txt" ||
    fail "$what: the installed binary does not read its installed rules: $(grep source: "$work/explain.txt")"
  grep -q "The decimal-slip kind (rules/README.md)" "$work/explain.txt" ||
    fail "$what: explain does not find the installed rules/README.md"
  # So does it when the shell finds it through PATH, as users (and the container image's
  # entrypoint) run it: argv[0] is then a bare name.
  (cd "$work" && PATH="$root/usr/bin:$PATH" claimcheck explain decimal-slip) >"$work/explain-path.txt"
  grep -q "source: *$(cd "$root" && pwd -P)/usr/share/claimcheck/rules/checks/decimal-slip.json" \
    "$work/explain-path.txt" ||
    fail "$what: run through PATH, the installed binary does not read its installed rules:" \
      "$(grep source: "$work/explain-path.txt")"
  for f in share/man/man1/claimcheck.1 share/bash-completion/completions/claimcheck \
           share/zsh/vendor-completions/_claimcheck share/fish/vendor_completions.d/claimcheck.fish \
           share/doc/claimcheck/README.md share/doc/claimcheck/schema/report.schema.json \
           share/claimcheck/rules/checks/decimal-slip.json; do
    [ -f "$root/usr/$f" ] || fail "$what: /usr/$f not installed"
  done
  echo "$what: ok"
}

DESTDIR="$work/destdir" cmake --install "$build" --prefix /usr >"$work/install.log"
check_root "$work/destdir" "cmake --install"

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; fail "cpack -G DEB"; }
deb=$(ls "$work"/pkg/claimcheck_*.deb)
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"
[ "$(dpkg-deb -f "$deb" Package)" = claimcheck ] || fail "Package field"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libc6 libstdc++6 libicu libyaml-cpp libgumbo libfmt; do
  [[ $depends == *"$lib"* ]] || fail "Depends does not name $lib"
done
dpkg -x "$deb" "$work/root"
check_root "$work/root" "dpkg -x"

# The man page renders, with the sections generated from --help, `rules` and rules/README.md.
if command -v man >/dev/null; then
  page=$(MANWIDTH=100 man -l "$work/root/usr/share/man/man1/claimcheck.1" 2>/dev/null)
  for heading in SYNOPSIS COMMANDS RULES "decimal-slip" "--format" "gitlab"; do
    grep -q -- "$heading" <<<"$page" || fail "man page lacks '$heading'"
  done
fi

# The bash completion parses, and completes subcommands, options and --format's values.
completion="$work/root/usr/share/bash-completion/completions/claimcheck"
bash -n "$completion" || fail "bash completion does not parse"
complete_words() {  # the words bash would offer after "claimcheck $*"
  bash -c 'source "$1"; shift; COMP_WORDS=(claimcheck "$@"); COMP_CWORD=$(($# )); _claimcheck; echo "${COMPREPLY[*]}"' \
    _ "$completion" "$@"
}
[ "$(complete_words '')" != "" ] || fail "no subcommands completed"
for sub in check extract rules explain; do
  [[ " $(complete_words '') " == *" $sub "* ]] || fail "completion lacks subcommand $sub"
done
[[ " $(complete_words check --for) " == *" --format "* ]] || fail "completion lacks check --format"
[[ " $(complete_words check --format '') " == *" gitlab "* ]] || fail "completion lacks --format gitlab"
[[ " $(complete_words check --format '') " == *" rdjson "* ]] || fail "completion lacks --format rdjson"
echo "bash completion: ok"
# zsh: the script parses (completing needs an interactive shell); fish: it completes.
if command -v zsh >/dev/null; then
  zsh -n "$work/root/usr/share/zsh/vendor-completions/_claimcheck" || fail "zsh completion does not parse"
  echo "zsh completion: parses"
else
  echo "zsh not installed: its completion is not checked"
fi
if command -v fish >/dev/null; then
  fish_completion="$work/root/usr/share/fish/vendor_completions.d/claimcheck.fish"
  fish_words() { fish -c "source '$fish_completion'; complete -C '$1'" | cut -f1 | tr '\n' ' '; }
  for sub in check extract rules explain; do
    [[ " $(fish_words 'claimcheck ') " == *" $sub "* ]] || fail "fish completion lacks subcommand $sub"
  done
  [[ " $(fish_words 'claimcheck check --format ') " == *" rdjson "* ]] || fail "fish completion lacks --format rdjson"
  echo "fish completion: ok"
else
  echo "fish not installed: its completion is not checked"
fi
echo "package test: ok"
