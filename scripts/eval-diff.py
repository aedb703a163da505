"""Compare two saved outputs of scripts/eval.sh: the events line of every set, the probe counts and the full probes' F1.

usage: python3 scripts/eval-diff.py BEFORE.txt AFTER.txt   (lines that changed are marked *)
"""
import re
import sys


def parse(path):
    out, cur = {}, None
    for line in open(path):
        if line.startswith('-- '):
            cur = line[3:].strip()
            cut = re.search(r'cut at 2000 characters: events .*F1 ([\d.]+)', line)
            if cut:
                out[cur.split(':')[0]] = cut.group(1)
        elif line.startswith('events ') and cur:
            out[cur] = re.search(r'F1 ([\d.]+)', line).group(1) + ' ' + re.search(r'\(.*\)', line).group(0)
        elif ': events P ' in line and cur:
            out[cur] = re.search(r'F1 ([\d.]+)', line).group(1) + ' ' + re.search(r'\(.*\)', line).group(0)
        elif 'type and participants right' in line and cur:
            right = re.search(r'right (\d+)', line.split('type and participants')[1]).group(1)
            out[cur] = right + ' none ' + line.split('NONE clean ')[1].strip()
        elif line.startswith('records ') and cur:
            out[cur] = line.strip()
    return out


def main():
    before, after = parse(sys.argv[1]), parse(sys.argv[2])
    for k in before:
        if k in after:
            print('*' if before[k] != after[k] else ' ', k[:58].ljust(58), before[k][:45].ljust(45), '->', after[k][:45])


if __name__ == '__main__':
    main()
