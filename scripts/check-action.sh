#!/usr/bin/env bash
# Runs the GitHub Action's step (action/lint.sh) as a workflow would, with a local repository laid
# out as Maven Central holds the command (the distribution the build made): it must fetch it, fail
# on seed 003 with annotations naming its errors, pass clean notes, and write the SARIF report.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's|^    <version>\(.*\)</version>|\1|p' cli-example/pom.xml | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/repository/io/github/jingdu/jingdu-cli/$version"
published=$work/repository/io/github/jingdu/jingdu-cli/$version/jingdu-cli-$version.zip
cp "cli-example/target/jingdu-$version.zip" "$published"
sha1sum "$published" | cut -d ' ' -f 1 > "$published.sha1"
grep -q 'run: .*\$GITHUB_ACTION_PATH/action/lint.sh' action.yml || { echo "check-action: action.yml does not run action/lint.sh" >&2; exit 1; }
export JINGDU_REPOSITORY="file://$work/repository" JINGDU_VERSION="$version" RUNNER_TEMP="$work/runner" \
  JINGDU_CACHE_DIR="$work/cache"
status=0
JINGDU_PATHS=seeds/003_ab445b9359c57aa7.txt JINGDU_SARIF="$work/report.sarif" action/lint.sh > "$work/out" 2>&1 || status=$?
[ "$status" = 1 ] || { echo "check-action: exit $status on seed 003, not 1:" >&2; cat "$work/out" >&2; exit 1; }
grep -q '^::error file=seeds/003_ab445b9359c57aa7.txt,line=24,col=1,title=literal-without-free::' "$work/out" \
  || { echo "check-action: no annotation for seed 003's line 24:" >&2; cat "$work/out" >&2; exit 1; }
grep -q '"version" : "2.1.0"' "$work/report.sarif" || { echo "check-action: no SARIF report" >&2; exit 1; }
mkdir -p "$work/clean"
printf '原文：\n\nType in a question.\n\n输入一个问题。\n' > "$work/clean/a.md"
JINGDU_PATHS="$work/clean" action/lint.sh > "$work/out" 2>&1 || { echo "check-action: clean notes failed:" >&2; cat "$work/out" >&2; exit 1; }
mkdir -p "$work/with space"
cp "$work/clean/a.md" "$work/with space/b.md"
JINGDU_PATHS="$work/clean"$'\n'"$work/with space"$'\n' action/lint.sh > "$work/out" 2>&1 \
  || { echo "check-action: paths one a line (one with a space) failed:" >&2; cat "$work/out" >&2; exit 1; }
# An archive that is not the one published is not run.
cp "$published" "$work/published.zip"
printf 'x' >> "$published"
RUNNER_TEMP="$work/runner2" action/lint.sh > "$work/out" 2>&1 && { echo "check-action: a changed archive was run" >&2; exit 1; }
grep -q '^::error title=jingdu::the archive from .* has SHA-1' "$work/out" \
  || { echo "check-action: no error for a changed archive:" >&2; cat "$work/out" >&2; exit 1; }
cp "$work/published.zip" "$published"
JINGDU_VERSION=0.0.0-none action/lint.sh > "$work/out" 2>&1 && { echo "check-action: a missing version passed" >&2; exit 1; }
grep -q '^::error title=jingdu::cannot fetch Jingdu 0.0.0-none' "$work/out" || { echo "check-action: no error for a missing version:" >&2; cat "$work/out" >&2; exit 1; }
echo "check-action: the action fetches Jingdu $version, checks its SHA-1, annotates seed 003's errors, writes SARIF, passes clean notes (paths one a line too), refuses a changed archive and names a missing version"
