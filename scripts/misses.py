"""List an extraction's event errors against a gold set, as the reference scorer keys them.

usage: python3 scripts/misses.py GOLD_DIR SYSTEM.jsonl [fn|fp|both]

FN lines: a required gold event whose key (type and set of participants) the system did not produce,
with the system's events whose evidence overlaps the gold evidence in brackets (what was made of that
place instead). FP lines: a system event whose key no gold event has (optional ones included).
Only for development sets: reading a gate's (untuned set's) errors is tuning on it.
"""
import glob
import json
import os
import sys


def key(e):
    return (e['type'], tuple(sorted(set(e.get('actor') or []) | set(e.get('recipient') or []))))


def show(e):
    return '%s %s>%s' % (e['type'], ','.join(e.get('actor') or []), ','.join(e.get('recipient') or []))


def load_records(system):
    """The extraction's records (JSONL), by document id."""
    records = {}
    with open(system) as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                records[str(r['id'])] = r
    return records


def main():
    gold_dir, system = sys.argv[1], sys.argv[2]
    mode = sys.argv[3] if len(sys.argv) > 3 else 'both'
    records = load_records(system)
    for gf in sorted(glob.glob(os.path.join(gold_dir, '*.gold.json'))):
        gold = json.load(open(gf))
        doc = str(gold['id'])
        events = (records.get(doc) or {}).get('events') or []
        text = open(gf[:-len('.gold.json')] + '.txt').read()
        produced = {key(e): e for e in events}
        if mode in ('fn', 'both'):
            seen = set()
            for e in gold['events']:
                k = key(e)
                if e.get('optional') or k in produced or k in seen:
                    continue
                seen.add(k)
                ev = e.get('evidence') or ''
                at = text.find(ev[:60])
                near = [show(s) for s in events if at >= 0 and any(
                    sp['start'] < at + len(ev) and sp['end'] > at for sp in [s['evidence']] + (s.get('spans') or []))]
                print('FN %s\t%s\t[%s]\t%s' % (doc, show(e), '; '.join(near), ev.replace('\n', ' ')[:220]))
        if mode in ('fp', 'both'):
            wanted = {key(e) for e in gold['events']}
            for k, s in produced.items():
                if k not in wanted:
                    print('FP %s\t%s\t%s' % (doc, show(s), s['evidence']['text'].replace('\n', ' ')[:220]))


if __name__ == '__main__':
    main()
