#!/usr/bin/env bash
# Measures the jingdu command's start-up side by side with the JVM's floor and with other tools, in
# one run: each command RUNS times (default 7), the commands alternating round by round, the
# median wall time printed (docs/performance.md, "Start-up"). Uses the distribution built in
# cli-example/target (./mvnw -B -DskipTests package first), unpacked into a temporary folder with a
# class-data archive of its own, and the corpus in ../shared/corpus. Optional tools, skipped when
# absent: AUTOCORRECT (autocorrect-node's autocorrect), pandoc on the PATH.
#
#   scripts/startup-side-by-side.sh            # RUNS=7 by default
#   RUNS=11 AUTOCORRECT=/tmp/ac/node_modules/.bin/autocorrect scripts/startup-side-by-side.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-7}
corpus=${CORPUS:-../shared/corpus}
version=$(sed -n 's|^    <version>\(.*\)</version>|\1|p' cli-example/pom.xml | head -1)
zip=cli-example/target/jingdu-$version.zip
[ -f "$zip" ] || { echo "startup-side-by-side: $zip is missing; run ./mvnw -B -DskipTests package" >&2; exit 2; }
[ -d "$corpus" ] || { echo "startup-side-by-side: no corpus at $corpus (set CORPUS)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && unzip -q "$OLDPWD/$zip")
export JINGDU_CACHE_DIR=$work/cache
jingdu=$work/jingdu-$version/bin/jingdu
jar=cli-example/target/jingdu-cli-$version-all.jar
one=seeds/000_2a148c15c4b98b6e.txt
mkdir -p "$work/lint-copy"
cp -R "$corpus"/. "$work/lint-copy/"
# The book: the first 58 notes of the Economist genre, by name.
mapfile -t book < <(find "$corpus/Magazines" -name '*.md' | LC_ALL=C sort | head -58)
printf -v bookargs '%q ' "${book[@]}"

names=() commands=()
add() { names+=("$1"); commands+=("$2"); }
add "java -version" "java -version"
add "jingdu lint (one file)" "\"$jingdu\" lint $one"
add "jingdu lint (one file, JINGDU_FAST_START=0)" "JINGDU_FAST_START=0 \"$jingdu\" lint $one"
add "java -jar …-all.jar lint (one file)" "java -jar $jar lint $one"
add "jingdu lint --version (no file read)" "\"$jingdu\" lint --version"
notes=$(find "$work/lint-copy" -type f \( -name '*.md' -o -name '*.txt' \) | wc -l)
add "jingdu lint (the corpus, $notes files)" "\"$jingdu\" lint \"$work/lint-copy\""
if [ -n "${AUTOCORRECT:-}" ] && [ -x "$AUTOCORRECT" ]; then
  add "autocorrect --lint (the corpus, $notes files)" "\"$AUTOCORRECT\" --lint \"$work/lint-copy\""
fi
add "jingdu convert --to epub (58 notes)" "\"$jingdu\" convert $bookargs--to epub -o \"$work/j.epub\" --title Book"
if command -v pandoc >/dev/null 2>&1; then
  add "pandoc -o book.epub (58 notes)" "pandoc -f markdown $bookargs-o \"$work/p.epub\" --metadata title=Book"
fi
add "jingdu convert --to html (the corpus, $notes files)" "\"$jingdu\" convert \"$work/lint-copy\" --to html -o \"$work/site\""

# Warm-up: the first run of the distribution writes its class-data archive.
eval "\"$jingdu\" lint $one" >/dev/null 2>&1 || true
args=()
for i in "${!commands[@]}"; do
  args+=("${names[$i]}" "${commands[$i]}")
done
scripts/alternate.sh --table "$runs" "${args[@]}"
