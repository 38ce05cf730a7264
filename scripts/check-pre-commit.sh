#!/usr/bin/env bash
# Runs this repository's pre-commit hooks (.pre-commit-hooks.yaml) with the pre-commit tool on a
# sample repository of notes, as a user's repository would: the hook must pass on clean notes, fail
# on seed 003 naming its errors, and jingdu-fix must mend a marker written with an ASCII colon.
# The hooks come from this repository's HEAD (commit first). Needs pre-commit (Debian package).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
rev=$(git rev-parse HEAD)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache"
sample="$work/notes"
mkdir -p "$sample"
cd "$sample"
git init -q
git config user.email "sample@example.invalid"
git config user.name "Sample"
config() {
  cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $repo
    rev: $rev
    hooks:
      - id: $1
YAML
}
printf '原文：\n\nType in a question.\n\n输入一个问题。\n' > clean.md
git add clean.md
config jingdu-lint
git add .pre-commit-config.yaml
if ! pre-commit run --all-files > "$work/clean.log" 2>&1; then
  echo "check-pre-commit: jingdu-lint failed on clean notes:" >&2
  cat "$work/clean.log" >&2
  exit 1
fi
cp "$repo/seeds/003_ab445b9359c57aa7.txt" broken.txt
git add broken.txt
if pre-commit run --all-files > "$work/broken.log" 2>&1; then
  echo "check-pre-commit: jingdu-lint passed seed 003, which has errors" >&2
  exit 1
fi
for expected in "broken.txt:24:1: error literal-without-free" "broken.txt:25:1: error template-placeholder"; do
  grep -q "$expected" "$work/broken.log" || { echo "check-pre-commit: the hook's output lacks '$expected':" >&2; cat "$work/broken.log" >&2; exit 1; }
done
git rm -q --cached broken.txt && rm broken.txt
printf '原文:\n\nHi.\n\n你好。\n' > colon.md
git add colon.md
config jingdu-fix
git add .pre-commit-config.yaml
pre-commit run --all-files > "$work/fix.log" 2>&1 || true
if [ "$(head -n 1 colon.md)" != "原文：" ]; then
  echo "check-pre-commit: jingdu-fix did not mend colon.md:" >&2
  cat "$work/fix.log" >&2
  exit 1
fi
echo "check-pre-commit: jingdu-lint passes clean notes and fails seed 003 with its errors; jingdu-fix mends a marker"
