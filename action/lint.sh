#!/usr/bin/env bash
# The step of the GitHub Action (action.yml): fetches the jingdu command of JINGDU_VERSION from
# Maven Central (its distribution, io.github.jingdu:jingdu-cli:VERSION:zip; no build), unpacks it
# once per runner, and lints JINGDU_PATHS with --format github, so that findings annotate the pull
# request; with JINGDU_SARIF it writes a SARIF report there too. JINGDU_ARGS adds options. Paths are
# separated by spaces, or by line breaks when there is more than one line (for paths with spaces).
# The archive is checked against the SHA-1 checksum the repository publishes beside it.
# JINGDU_REPOSITORY replaces Maven Central (any URL curl reads, file:// included: the tests use a
# local one). Exit status: jingdu lint's (0 clean, 1 findings that fail, 2 a usage or I/O error).
set -euo pipefail
repository=${JINGDU_REPOSITORY:-https://repo1.maven.org/maven2}
version=${JINGDU_VERSION:?the action needs its version input: the Jingdu version to run}
home=${RUNNER_TEMP:-${TMPDIR:-/tmp}}/jingdu-$version
jingdu=$home/jingdu-$version/bin/jingdu
if [ ! -x "$jingdu" ]; then
  mkdir -p "$home"
  url=$repository/io/github/jingdu/jingdu-cli/$version/jingdu-cli-$version.zip
  if ! curl -fsSL "$url" -o "$home/jingdu.zip"; then
    echo "::error title=jingdu::cannot fetch Jingdu $version from $url; check the version input"
    exit 2
  fi
  if ! expected=$(curl -fsSL "$url.sha1"); then
    echo "::error title=jingdu::cannot fetch the checksum $url.sha1, so the archive cannot be trusted"
    exit 2
  fi
  if command -v sha1sum >/dev/null 2>&1; then
    actual=$(sha1sum "$home/jingdu.zip" | cut -d ' ' -f 1)
  else
    actual=$(shasum -a 1 "$home/jingdu.zip" | cut -d ' ' -f 1)
  fi
  if [ "${expected%% *}" != "$actual" ]; then
    echo "::error title=jingdu::the archive from $url has SHA-1 $actual, not ${expected%% *} as published; not run"
    rm -f "$home/jingdu.zip"
    exit 2
  fi
  unzip -q -o "$home/jingdu.zip" -d "$home"
fi
paths_input=${JINGDU_PATHS:-.}
if [[ $paths_input == *$'\n'* ]]; then
  paths=()
  while IFS= read -r line; do
    if [ -n "${line//[[:space:]]/}" ]; then paths+=("$line"); fi
  done <<< "$paths_input"
else
  read -r -a paths <<< "$paths_input"
fi
read -r -a args <<< "${JINGDU_ARGS:-}"
if [ -n "${JINGDU_SARIF:-}" ]; then
  "$jingdu" lint "${paths[@]}" "${args[@]}" --format sarif > "$JINGDU_SARIF" || true
fi
"$jingdu" lint "${paths[@]}" "${args[@]}" --format github
