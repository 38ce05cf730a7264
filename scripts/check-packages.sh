#!/usr/bin/env bash
# Builds the packages of the jingdu command, the distribution archive (jingdu-VERSION.zip, unpacked
# here) and the jlink image (the cli-example module's jlink profile), and checks that each gives,
# byte for byte, what the command run from its jar gives, for each kind of command: convert to
# Markdown and JSON, align (with the CC-CEDICT lexicon, found as a service), terms, lint, and an
# Anki package (sqlite-jdbc), a language server session (LSP4J, opened to Gson in the image); and
# that each says its version. Extra arguments go to Maven (for
# example -o); --no-build takes the packages already built (./mvnw -Pjlink package).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = --no-build ]; then
  shift
else
  ./mvnw -B -q -Pjlink -DskipTests "$@" -pl cli-example -am package
fi
version=$(sed -n 's|^    <version>\(.*\)</version>|\1|p' cli-example/pom.xml | head -1)
jar=(java -jar "cli-example/target/jingdu-cli-$version-all.jar")
seed=seeds/000_2a148c15c4b98b6e.txt
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# The distribution's class-data archive goes here, not into the user's cache.
export JINGDU_CACHE_DIR=$out/cache
(cd "$out" && unzip -q "$OLDPWD/cli-example/target/jingdu-$version.zip")
# A language server session: initialize, open a note with a passage and no translation, shut down.
lsp_message() {
  printf 'Content-Length: %d\r\n\r\n%s' "$(printf '%s' "$1" | wc -c)" "$1"
}
{
  lsp_message '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}'
  lsp_message '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:a","languageId":"markdown","version":1,"text":"\u539f\u6587\uff1a\n\nNo translation.\n"}}}'
  lsp_message '{"jsonrpc":"2.0","id":2,"method":"shutdown"}'
  lsp_message '{"jsonrpc":"2.0","method":"exit"}'
} > "$out/lsp-session"
failed=0
# check PACKAGE LAUNCHER NAME ARGS...: both give the same output and status (CHECK_INPUT: what
# standard input holds, nothing by default).
check() {
  local package=$1 launcher=$2 name=$3 input=${CHECK_INPUT:-/dev/null}; shift 3
  set +e
  "$launcher" "$@" < "$input" > "$out/package" 2>&1; local package_status=$?
  "${jar[@]}" "$@" < "$input" > "$out/jar" 2>&1; local jar_status=$?
  set -e
  if [ "$package_status" != "$jar_status" ] || ! cmp -s "$out/package" "$out/jar"; then
    echo "check-packages: '$name' differs (exit $package_status from the $package, $jar_status from the jar):" >&2
    diff "$out/package" "$out/jar" | head -20 >&2 || true
    failed=1
  fi
}
for package in image distribution; do
  case $package in
    image) launcher=cli-example/target/jlink-image/bin/jingdu ;;
    distribution) launcher=$out/jingdu-$version/bin/jingdu ;;
  esac
  check $package "$launcher" "convert to md" convert "$seed" --to md
  check $package "$launcher" "convert to json" convert "$seed" --to json
  check $package "$launcher" "align" align "$seed"
  check $package "$launcher" "terms" terms seeds/ --kind abbreviation --format tsv
  check $package "$launcher" "lint" lint seeds/
  CHECK_INPUT=$out/lsp-session check $package "$launcher" "lsp" lsp
  grep -q '"code":"JD001"' "$out/package" \
    || { echo "check-packages: the $package's language server published no JD001 diagnostic" >&2; failed=1; }
  "$launcher" convert seeds/ --to apkg -o "$out/seeds.apkg" > /dev/null 2>&1
  [ -s "$out/seeds.apkg" ] || { echo "check-packages: the $package wrote no Anki package" >&2; failed=1; }
  rm -f "$out/seeds.apkg"
  said=$("$launcher" --version)
  [ "$said" = "jingdu $version" ] || { echo "check-packages: the $package says '$said', not 'jingdu $version'" >&2; failed=1; }
done
# The distribution's fast start: the first run wrote an archive; the JVM's own class-data options
# and JINGDU_FAST_START=0 run without it, and give the same.
distribution=$out/jingdu-$version/bin/jingdu
ls "$JINGDU_CACHE_DIR"/jingdu-*.jsa >/dev/null 2>&1 \
  || { echo "check-packages: the distribution's first run wrote no class-data archive in $JINGDU_CACHE_DIR" >&2; failed=1; }
"$distribution" lint seeds/ > "$out/fast" 2>&1 || true
JAVA_OPTS=-Xshare:off "$distribution" lint seeds/ > "$out/share-off" 2>&1 || true
JINGDU_FAST_START=0 "$distribution" lint seeds/ > "$out/plain" 2>&1 || true
if ! cmp -s "$out/fast" "$out/share-off" || ! cmp -s "$out/fast" "$out/plain"; then
  echo "check-packages: the distribution's output depends on its fast start:" >&2
  diff "$out/fast" "$out/share-off" | head -5 >&2 || true
  diff "$out/fast" "$out/plain" | head -5 >&2 || true
  failed=1
fi
# failing_jdk HOME FLAG CACHE NOTE: a JDK like HOME whose java refuses FLAG (the flag that writes
# the launcher's archive or cache): lint of NOTE gives, on the first run and the second, the
# jar's output and status, nothing is left in the current folder, and a marker in CACHE keeps
# later runs from trying again.
root=$(pwd)
mkdir -p "$out/cwd"
failing_jdk() {
  local home=$1 flag=$2 cache=$3 note=$4 fake=$out/failing-jdk-$(basename "$3") status jar_status attempt
  mkdir -p "$fake/bin"
  ln -s "$home/lib" "$fake/lib"
  ln -s "$home/release" "$fake/release"
  printf '#!/bin/sh\nfor a in "$@"; do [ "$a" = %s ] && exit 1; done\nexec "%s/bin/java" "$@"\n' "$flag" "$home" \
    > "$fake/bin/java"
  chmod +x "$fake/bin/java"
  (cd "$out/cwd" && "${jar[@]/#cli-example/$root/cli-example}" lint "$root/$note") > "$out/jar" 2>&1 && jar_status=0 || jar_status=$?
  for attempt in first second; do
    status=0
    (cd "$out/cwd" && JAVA_HOME=$fake JINGDU_CACHE_DIR=$cache "$distribution" lint "$root/$note") \
      > "$out/failing" 2>&1 || status=$?
    if [ "$status" != "$jar_status" ] || ! cmp -s "$out/failing" "$out/jar"; then
      echo "check-packages: with a JDK that refuses $flag ($attempt run), lint gives exit $status and:" >&2
      diff "$out/failing" "$out/jar" | head -5 >&2 || true
      failed=1
    fi
  done
  ls "$cache"/jingdu-*.failed >/dev/null 2>&1 \
    || { echo "check-packages: a JDK that refuses $flag left no marker in $cache" >&2; failed=1; }
  [ -z "$(ls -A "$out/cwd")" ] \
    || { echo "check-packages: a JDK that refuses $flag left files in the current folder: $(ls -A "$out/cwd")" >&2; failed=1; }
}
failing_jdk "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")" -Xshare:dump "$out/failing-cache" seeds/
# JDK 25 and later: ahead-of-time caches instead of the archive, made after the first run by the
# tool's own training, one for a lint with no option and one for everything else; the output is
# the jar's either way, and a JDK that cannot write the cache leaves a marker and changes nothing.
jdk25=${JINGDU_JDK25:-$(ls -d /usr/lib/jvm/*-25-* /usr/lib/jvm/*25*jdk* 2>/dev/null | head -n 1 || true)}
if [ -n "$jdk25" ] && [ -x "$jdk25/bin/java" ]; then
  aot_cache=$out/aot-cache
  for args in "lint seeds/" "lint $seed" "convert $seed --to json" "lint --format json seeds/"; do
    # shellcheck disable=SC2086 # the arguments are words
    "${jar[@]}" $args > "$out/jar" 2>&1 && jar_status=0 || jar_status=$?
    for attempt in first second; do
      status=0
      # shellcheck disable=SC2086
      JAVA_HOME=$jdk25 JINGDU_CACHE_DIR=$aot_cache "$distribution" $args > "$out/aot" 2>&1 || status=$?
      if [ "$status" != "$jar_status" ] || ! cmp -s "$out/aot" "$out/jar"; then
        echo "check-packages: with JDK 25's cache ($attempt run), '$args' gives exit $status and:" >&2
        diff "$out/aot" "$out/jar" | head -5 >&2 || true
        failed=1
      fi
    done
  done
  for kind in lint all; do
    ls "$aot_cache"/jingdu-*-$kind.aot >/dev/null 2>&1 \
      || { echo "check-packages: no $kind ahead-of-time cache in $aot_cache after the first runs on $jdk25" >&2; failed=1; }
  done
  [ -z "$(ls "$aot_cache"/*.jsa "$aot_cache"/*.failed "$aot_cache"/*.partial.* 2>/dev/null)" ] \
    || { echo "check-packages: JDK 25's first runs left $(ls "$aot_cache")" >&2; failed=1; }
  failing_jdk "$jdk25" -XX:AOTMode=create "$out/failing-cache25" "$seed"
  aot_checked="; JDK 25's caches ($(basename "$jdk25")) change nothing"
else
  aot_checked="; no JDK 25 found, its caches not checked"
fi
[ "$failed" = 0 ] || exit 1
echo "check-packages: the distribution ($(du -h "cli-example/target/jingdu-$version.zip" | cut -f1) zipped) and the jlink image ($(du -sh cli-example/target/jlink-image | cut -f1)) give what the jar gives for convert, align, terms, lint, lsp and apkg, and say jingdu $version; a JDK that cannot write the archive changes nothing$aot_checked"
