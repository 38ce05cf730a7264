#!/usr/bin/env bash
# Builds the packages of the jingdu command, the distribution archive (jingdu-VERSION.zip, unpacked
# here) and the jlink image (the cli-example module's jlink profile), and checks that each gives,
# byte for byte, what the command run from its jar gives, for each kind of command: convert to
# Markdown and JSON, align (with the CC-CEDICT lexicon, found as a service), terms, lint, and an
# Anki package (sqlite-jdbc); and that each says its version. Extra arguments go to Maven (for
# example -o).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pjlink -DskipTests "$@" -pl cli-example -am package
version=$(sed -n 's|^    <version>\(.*\)</version>|\1|p' cli-example/pom.xml | head -1)
jar=(java -jar "cli-example/target/jingdu-cli-$version-all.jar")
seed=seeds/000_2a148c15c4b98b6e.txt
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$out" && unzip -q "$OLDPWD/cli-example/target/jingdu-$version.zip")
failed=0
check() {
  local package=$1 launcher=$2 name=$3; shift 3
  set +e
  "$launcher" "$@" > "$out/package" 2>&1; local package_status=$?
  "${jar[@]}" "$@" > "$out/jar" 2>&1; local jar_status=$?
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
  "$launcher" convert seeds/ --to apkg -o "$out/seeds.apkg" > /dev/null 2>&1
  [ -s "$out/seeds.apkg" ] || { echo "check-packages: the $package wrote no Anki package" >&2; failed=1; }
  rm -f "$out/seeds.apkg"
  said=$("$launcher" --version)
  [ "$said" = "jingdu $version" ] || { echo "check-packages: the $package says '$said', not 'jingdu $version'" >&2; failed=1; }
done
[ "$failed" = 0 ] || exit 1
echo "check-packages: the distribution ($(du -h "cli-example/target/jingdu-$version.zip" | cut -f1) zipped) and the jlink image ($(du -sh cli-example/target/jlink-image | cut -f1)) give what the jar gives for convert, align, terms, lint and apkg, and say jingdu $version"
