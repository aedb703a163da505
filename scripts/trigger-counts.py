"""Count, trigger word by trigger word, the system events the reference scorer's key finds in the gold (true),
in its optional events, or nowhere (false), over several development sets: which wordings cost precision.

usage: python3 scripts/trigger-counts.py OUT_DIR GOLD_DIR... [--top N] [--examples]
  OUT_DIR holds SET.jsonl for every GOLD_DIR's base name (as `EVAL_OUT=DIR bash scripts/eval.sh` writes them;
  news-dev's gold dir is ../shared/eval/news-dev). Only for development sets: reading a gate's false events is tuning on it.
"""
import glob, json, os, re, sys
from collections import defaultdict

def key(e):
    return (e['type'].upper(), frozenset(set(e.get('actor') or []) | set(e.get('recipient') or [])))

def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    top = int(sys.argv[sys.argv.index('--top') + 1]) if '--top' in sys.argv else 40
    if '--top' in sys.argv: args.remove(str(top))
    examples = '--examples' in sys.argv
    if len(args) < 2: sys.exit(__doc__)
    out_dir, gold_dirs = args[0], args[1:]
    counts = defaultdict(lambda: [0, 0, 0]); falses = defaultdict(list)
    for gold_dir in gold_dirs:
        name = os.path.basename(os.path.normpath(gold_dir))
        path = os.path.join(out_dir, name + '.jsonl')
        if not os.path.exists(path): sys.exit(f'trigger-counts: {path} not found')
        recs = {str(r['id']): r for r in (json.loads(l) for l in open(path, encoding='utf-8') if l.strip())}
        for gf in sorted(glob.glob(os.path.join(gold_dir, '*.gold.json'))):
            gold = json.load(open(gf, encoding='utf-8')); doc = str(gold['id'])
            req = {key(e) for e in gold['events'] if not e.get('optional')}
            opt = {key(e) for e in gold['events'] if e.get('optional')}
            for e in recs.get(doc, {}).get('events') or []:
                word = (re.split(r'\W+', (e.get('trigger') or '?').strip().lower()) or ['?'])[0] or '?'
                k = (e['type'], word)
                slot = 0 if key(e) in req else 2 if key(e) in opt else 1
                counts[k][slot] += 1
                if slot == 1: falses[k].append(f"{name}/{doc} {','.join(e['actor'])}>{','.join(e['recipient'])} | {e['evidence']['text'][:120]}")
    rows = sorted(counts.items(), key=lambda kv: (-(kv[1][1] - kv[1][0] / 2), kv[0]))
    print(f"{'type':11s} {'trigger':16s} true false optional")
    for (t, w), (tp, fp, op) in rows[:top]:
        print(f"{t:11s} {w:16s} {tp:4d} {fp:5d} {op:8d}")
        if examples:
            for x in falses[(t, w)][:6]: print('     ', x)

if __name__ == '__main__':
    main()
