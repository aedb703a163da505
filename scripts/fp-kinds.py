"""Sort a development set's false events into kinds, as the reference scorer keys them.

usage: python3 scripts/fp-kinds.py GOLD_DIR SYSTEM.jsonl [--list] [--fn]

For every system event whose key no gold event has: 'type' when a gold event whose evidence overlaps
it has the same participants (the type is wrong), 'party' when one has the same type (the parties
are wrong), 'other' when a gold event overlaps with another type and parties, 'spurious' when no gold
event overlaps it. With --fn, the missed gold events are sorted the same way against the system's
events ('none' when no system event overlaps it: the wording was not read at all). Only for development sets: reading a gate's errors is tuning on it.
"""
import glob, json, os, sys
from collections import Counter

def key(e):
    return (e['type'].upper(), frozenset(set(e.get('actor') or []) | set(e.get('recipient') or [])))

def spans(e):
    ev = e.get('evidence')
    out = []
    for x in (ev if isinstance(ev, list) else [ev]):
        if isinstance(x, dict) and 'start' in x: out.append((x['start'], x['end']))
    return out

def kind_of(k, near, alone):
    """How an event keyed `k` relates to the events of the other side whose evidence overlaps it: 'type' (same
    participants), 'party' (same type), 'other', or `alone` when none overlaps."""
    if any(key(e)[1] == k[1] for e in near): return 'type'
    if any(key(e)[0] == k[0] for e in near): return 'party'
    return 'other' if near else alone

def main():
    gold_dir, system = sys.argv[1], sys.argv[2]
    listing = '--list' in sys.argv
    recs = {}
    for line in open(system):
        if line.strip():
            r = json.loads(line); recs[str(r['id'])] = r
    kinds = Counter()
    for gf in sorted(glob.glob(os.path.join(gold_dir, '*.gold.json'))):
        gold = json.load(open(gf)); doc = str(gold['id'])
        text = open(gf[:-len('.gold.json')] + '.txt').read()
        gev = gold.get('events') or []
        gkeys = {key(g) for g in gev}
        gspans = []
        for g in gev:
            ev = g.get('evidence') or ''
            for piece in (ev if isinstance(ev, list) else [ev]):
                piece = piece.get('text', '') if isinstance(piece, dict) else piece
                at = text.find(piece) if piece else -1
                if at >= 0: gspans.append((at, at + len(piece), g))
        if '--fn' in sys.argv:
            sys_ev = (recs.get(doc) or {}).get('events') or []
            skeys = {key(s) for s in sys_ev}
            done = set()
            for (a, b, g) in gspans:
                k = key(g)
                if g.get('optional') or k in skeys or k in done: continue
                done.add(k)
                near = [s for s in sys_ev for (x, y) in spans(s) if x < b and a < y]
                kind = kind_of(k, near, 'none')
                kinds[kind] += 1
                if listing:
                    print(kind, doc, g['type'], ','.join(sorted(k[1])), '|', ' / '.join(key(s)[0] + ' ' + ','.join(sorted(key(s)[1])) for s in near) or '-', '|', text[a:b][:90])
            continue
        seen = set()
        for s in (recs.get(doc) or {}).get('events') or []:
            k = key(s)
            if k in gkeys or k in seen: continue
            seen.add(k)
            near = [g for (a, b, g) in gspans for (x, y) in spans(s) if x < b and a < y]
            kind = kind_of(k, near, 'spurious')
            kinds[kind] += 1
            if listing:
                ev = spans(s)
                print(kind, doc, s['type'], ','.join(s.get('actor') or []) + '>' + ','.join(s.get('recipient') or []), '|', ' / '.join(key(g)[0] + ' ' + ','.join(sorted(key(g)[1])) for g in near) or '-', '|', text[ev[0][0]:ev[0][1]][:90] if ev else '')
    print(gold_dir, dict(kinds))

main()
