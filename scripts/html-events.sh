#!/usr/bin/env bash
# List the events dyad reads in the article bodies of the html-dev benchmark (real web articles, most of them not
# about relations between states), one line per event, for reading by hand: a precision check on real text that no
# rule was written for. The bodies are third-party text: they are written to a temporary directory, never to the repo.
# usage: bash scripts/html-events.sh [SHARED_DIR]   (default ../shared)
set -euo pipefail
shared=${1:-../shared}
truth="$shared/eval/html-dev/ground-truth.json"
[ -f "$truth" ] || { echo "html-events: $truth not found" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 - "$truth" "$tmp" <<'PY'
import json, sys, os
truth, out = sys.argv[1], sys.argv[2]
for key, page in json.load(open(truth, encoding='utf-8')).items():
    open(os.path.join(out, key[:12] + '.txt'), 'w', encoding='utf-8').write(page.get('articleBody') or '')
PY
node bin/dyad.js extract --format jsonl "$tmp"/*.txt 2>/dev/null | python3 -c '
import json, sys
n = 0
for line in sys.stdin:
    r = json.loads(line)
    for e in r.get("events") or []:
        n += 1
        print(r["id"], e["type"], ",".join(e.get("actor") or []) + ">" + ",".join(e.get("recipient") or []), e.get("status"), "|", e["evidence"]["text"][:160].replace("\n", " "))
print("events:", n, file=sys.stderr)
'
