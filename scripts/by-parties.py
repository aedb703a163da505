"""Split an extraction's event score between bilateral documents and gatherings of three or more states.

usage: python3 scripts/by-parties.py GOLD_DIR:SYSTEM.jsonl [GOLD_DIR:SYSTEM.jsonl ...]

A document is "multi" when one of its required gold events has three or more participants, else
"pair". Counts follow the reference scorer (../shared/eval/score.py): events are keyed by type and
the set of participants, system events are deduplicated by key, each gold event is matched at most
once, and a system event whose key only an optional gold event has is no false positive. The totals
over all the pairs given are printed per group, then overall.
"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from misses import key, load_records  # noqa: E402  (the scorer's event key, the extraction's records)


def score(gold_dir, system, totals):
    records = load_records(system)
    for gf in sorted(glob.glob(os.path.join(gold_dir, '*.gold.json'))):
        gold = json.load(open(gf))
        required = [key(e) for e in gold['events'] if not e.get('optional')]
        wanted = {key(e) for e in gold['events']}
        produced = {key(e) for e in (records.get(str(gold['id'])) or {}).get('events') or []}
        group = 'multi' if any(len(k[1]) >= 3 for k in required) else 'pair'
        tp = len(set(required) & produced)
        for g in (group, 'all'):
            t = totals.setdefault(g, [0, 0, 0, 0])
            t[0] += 1
            t[1] += tp
            t[2] += len(produced - wanted)
            t[3] += len(required) - tp


def main():
    if len(sys.argv) < 2 or any(':' not in a for a in sys.argv[1:]):
        print(__doc__)
        sys.exit(2)
    totals = {}
    for arg in sys.argv[1:]:
        gold_dir, system = arg.rsplit(':', 1)
        score(gold_dir, system, totals)
    for g in ('pair', 'multi', 'all'):
        if g not in totals:
            continue
        n, tp, fp, fn = totals[g]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        print(f'{g:5s} documents {n:4d}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (tp {tp}, fp {fp}, fn {fn})')


if __name__ == '__main__':
    main()
