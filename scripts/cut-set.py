"""Copy a check set cut as news-dev's texts are (at most 2000 characters each), for scoring.

usage: python3 scripts/cut-set.py SET_DIR OUT_DIR [LIMIT]

Each article keeps its first LIMIT characters (2000: every news-dev text is cut there, so the held-back
articles likely are too); its gold keeps the events, people and countries as written but only the
events whose evidence string is still in the cut text. Only the events facet of such a copy is meant to
be read (countries and people are not re-derived for the cut).
"""
import glob
import json
import os
import sys


def main() -> None:
    src, out = sys.argv[1], sys.argv[2]
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
    os.makedirs(out, exist_ok=True)
    for gold_path in sorted(glob.glob(os.path.join(src, '*.gold.json'))):
        doc_id = os.path.basename(gold_path)[: -len('.gold.json')]
        text_path = os.path.join(src, doc_id + '.txt')
        if not os.path.exists(text_path):
            continue
        with open(text_path, encoding='utf-8') as f:
            text = f.read()[:limit]
        with open(gold_path, encoding='utf-8') as f:
            gold = json.load(f)
        gold['events'] = [e for e in gold.get('events', []) if e.get('evidence') and e['evidence'] in text]
        with open(os.path.join(out, doc_id + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
        with open(os.path.join(out, doc_id + '.gold.json'), 'w', encoding='utf-8') as f:
            json.dump(gold, f, ensure_ascii=False)


if __name__ == '__main__':
    main()
