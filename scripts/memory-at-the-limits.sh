#!/usr/bin/env bash
# Runs every command of the CLI on texts that fill the default input limit, in a 256 MB heap,
# and prints the resident memory of each run (docs/robustness.md, "Memory").
# Usage: scripts/memory-at-the-limits.sh [WORK_DIR]   (needs /usr/bin/time; builds the jar first)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-$(mktemp -d)}"
(cd "$root" && ./mvnw -q -B -DskipTests package)
jar="$(ls "$root"/cli-example/target/jingdu-cli-*-all.jar)"
cd "$work"
python3 - <<'PY'
N = 512 * 1024
def fit(prefix, unit):
    return prefix + unit * ((N - len(prefix)) // len(unit))
shapes = {
    'vocab': fit("原文：\n\nThe word.\n\n这个词。\n\n学习：\n", "w1：词\n"),
    'vocabfull': fit("原文：\n\nThe word is here.\n\n这个词在这里。\n\n学习：\n", "word：美 [wɜːd] n. 词；单词\n"),
    'sentences': fit("原文：\n\n", "A b. "),
    'blocks': fit("", "x\n\n"),
    'passages': fit("", "原文：\nA.\n\n中。\n\n"),
    'table': fit("| a | b |\n|---|---|\n", "| c | d |\n"),
    'quotes': fit("原文：\n\n", "> a\n"),
    'list': fit("", "- a\n"),
    'emph': fit("原文：\n\n", "*a* "),
    'units': fit("", "### 直译\n\n甲。\n\n### 意译\n\n乙。\n\n"),
    'mixed': fit("原文：\n\n", "A b. ")[:N // 2] + "\n\n" + fit("", "中。")[:N // 2 - 10] + "\n",
    'han': fit("原文：\n\nHello there.\n\n", "中"),
    'quotesascii': fit("原文：\n\nHello.\n\n", "\"中\" "),
    'cjklatin': fit("原文：\n\nHello.\n\n", "中a"),
}
for name, text in shapes.items():
    open(name + '.md', 'w', encoding='utf-8').write(text)
PY
for f in vocab vocabfull sentences blocks passages table quotes list emph units mixed han quotesascii cjklatin; do
  for cmd in "convert $f.md --to json -o o.json" "convert $f.md --to epub -o o.epub" "convert $f.md --to anki -o o.tsv" \
      "convert $f.md --to md -o o.md" "lint --preset chinese-copywriting $f.md" "terms $f.md -o o.terms" "align $f.md" \
      "parse $f.md"; do
    /usr/bin/time -f "%M" -o rss.txt java -Xmx256m -jar "$jar" $cmd >/dev/null 2>err.txt || true
    echo "$f | $cmd | $(tail -1 rss.txt) KB | out of memory: $(grep -c 'OutOfMemory\|internal error' err.txt || true)"
  done
  cp "$f.md" "fix-$f.md"
  /usr/bin/time -f "%M" -o rss.txt java -Xmx256m -jar "$jar" lint --fix --preset chinese-copywriting "fix-$f.md" >/dev/null 2>err.txt || true
  echo "$f | lint --fix | $(tail -1 rss.txt) KB | out of memory: $(grep -c 'OutOfMemory\|internal error' err.txt || true)"
done
