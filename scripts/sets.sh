#!/usr/bin/env bash
# Score a source tree on every set at once: seeds, news-dev and the team's check sets, one line per set.
# usage: bash scripts/sets.sh OUT [TREE]   (TREE defaults to this checkout; SHARED defaults to ../shared)
# Writes OUT.txt (one "set events-line | dyads-line" per set) and, for development sets only, OUT/SET.jsonl.
# Gates (the untuned sets, GATES below) keep their score line and nothing else: reading a gate's output is
# tuning on it. Compare two runs with: diff <(sort A.txt) <(sort B.txt); per document: scripts/set-diff.py.
set -uo pipefail
out=${1:?usage: sets.sh OUT [TREE]}
tree=${2:-$(cd "$(dirname "$0")/.." && pwd)}
shared=${SHARED:-$tree/../shared}
[ -f "$shared/eval/score.py" ] || { echo "sets.sh: no $shared/eval/score.py (set SHARED to the shared directory)" >&2; exit 2; }
GATES=" own-gold-7 own-gold-8 own-gold-11 own-gold-13 own-gold-14 own-gold-15 own-gold-16 own-gold-17 own-gold-19 own-gold-22 own-gold-25 "
mkdir -p "$out"; : > "$out.txt"
line() { # line NAME GOLD_DIR JSONL
  local s; s=$(python3 "$shared/eval/score.py" "$2" "$3")
  echo "$1 $(grep '^events' <<<"$s") | $(grep '^dyads' <<<"$s")" >> "$out.txt"
}
one() { # one NAME DIR
  local name=$1 dir=$2 js="$out/$1.jsonl"
  (cd "$tree" && node bin/dyad.js extract --format jsonl "$dir"/*.txt > "$js" 2>/dev/null)
  line "$name" "$dir" "$js"
  case "$GATES" in *" $name "*) rm -f "$js";; esac
}
[ -d "$shared/seeds" ] && one seeds "$shared/seeds"
[ -d "$shared/eval/news-dev" ] && one news-dev "$shared/eval/news-dev"
for d in "$tree"/bench/own-gold "$tree"/bench/own-gold-*; do
  [ -d "$d" ] && one "$(basename "$d")" "$d"
done
echo "done: $(wc -l < "$out.txt") sets in $out.txt"
