#!/usr/bin/env bash
# The step of the GitHub Action (action.yml): fetches the jingdu command of JINGDU_VERSION from
# Maven Central (its distribution, io.github.jingdu:jingdu-cli:VERSION:zip; no build), unpacks it
# once per runner, and lints JINGDU_PATHS with --format github, so that findings annotate the pull
# request; with JINGDU_SARIF it writes a SARIF report there too. JINGDU_ARGS adds options.
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
  unzip -q -o "$home/jingdu.zip" -d "$home"
fi
read -r -a paths <<< "${JINGDU_PATHS:-.}"
read -r -a args <<< "${JINGDU_ARGS:-}"
if [ -n "${JINGDU_SARIF:-}" ]; then
  "$jingdu" lint "${paths[@]}" "${args[@]}" --format sarif > "$JINGDU_SARIF" || true
fi
"$jingdu" lint "${paths[@]}" "${args[@]}" --format github
