"""Per-document event changes between two runs of scripts/sets.sh on development sets.

usage: python3 scripts/set-diff.py BEFORE_DIR AFTER_DIR SET [SET ...]
For each document whose event keys differ: the keys gained (+) and lost (-), each marked tp (in the gold,
optional ones included) or fp. SET is a name such as news-dev or own-gold-46 (bench/SET or ../shared).
Only for development sets: a gate's outputs are not kept by sets.sh.
"""
import glob
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from misses import key, load_records, show  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get('SHARED', os.path.join(ROOT, '..', 'shared'))


def gold_dir(name):
    if name == 'news-dev':
        return os.path.join(SHARED, 'eval', 'news-dev')
    if name == 'seeds':
        return os.path.join(SHARED, 'seeds')
    return os.path.join(ROOT, 'bench', name)


def main():
    before, after = sys.argv[1], sys.argv[2]
    for name in sys.argv[3:]:
        a = load_records(os.path.join(before, name + '.jsonl'))
        b = load_records(os.path.join(after, name + '.jsonl'))
        for gf in sorted(glob.glob(os.path.join(gold_dir(name), '*.gold.json'))):
            gold = json.load(open(gf))
            doc = str(gold['id'])
            wanted = {key(e) for e in gold['events']}
            ka = {key(e): e for e in (a.get(doc) or {}).get('events') or []}
            kb = {key(e): e for e in (b.get(doc) or {}).get('events') or []}
            for sign, ks, src in (('-', ka.keys() - kb.keys(), ka), ('+', kb.keys() - ka.keys(), kb)):
                for k in sorted(ks):
                    print('%s %s %s %s %s' % (name, doc, sign, 'tp' if k in wanted else 'fp', show(src[k])))


if __name__ == '__main__':
    main()
