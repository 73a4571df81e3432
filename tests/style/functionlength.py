# SPDX-FileCopyrightText: 2026 Telco Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
# House rule: no function longer than LIMIT lines (from its opening to its closing brace).
# Usage: functionlength.py LIMIT DIR...; prints each longer function and exits 1 if there is one.
# A light reading of C++ (strings and comments blanked, braces counted), enough for our style.
import sys, re, pathlib
limit = int(sys.argv[1])
ctrl = re.compile(r'\b(if|for|while|switch|catch|else|do)\b')
def strip(l):
    l = re.sub(r'R"\((.*?)\)"', '""', l)
    l = re.sub(r'"(\\.|[^"\\])*"', '""', l)
    l = re.sub(r"'(\\.|[^'\\])*'", "''", l)
    return l.split('//')[0]
res = []
for root in sys.argv[2:]:
  for p in sorted(pathlib.Path(root).rglob('*.cpp')) + sorted(pathlib.Path(root).rglob('*.h')):
    lines = [strip(l) for l in p.read_text(encoding='utf-8').splitlines()]
    stack = []  # (kind, line)
    prev = ''
    for i, l in enumerate(lines):
        for k, ch in enumerate(l):
            if ch == '{':
                head = (prev + ' ' + l[:k]).strip()
                infunc = any(s[0] == 'f' for s in stack)
                isf = (not infunc and re.search(r'\)\s*(const)?\s*(override|final|noexcept)?\s*(->\s*[\w:<>]+)?\s*$', head)
                       and not ctrl.search(head.split(';')[-1]) and not re.search(r'\b(class|struct|namespace|enum)\b', head.split(';')[-1]))
                # constructor with initialiser list: ") : a(b), c(d)"
                if not infunc and not isf and re.search(r'::\w+\(.*\)\s*:', head) or (not infunc and re.match(r'^\s*:\s*\w+[({]', l)):
                    isf = True
                stack.append(('f' if isf else 'b', i, head[-90:]))
            elif ch == '}' and stack:
                kind, start, head = stack.pop()
                if kind == 'f' and i - start + 1 > limit:
                    res.append((i - start + 1, f'{p}:{start+1}', head.strip()[-70:]))
        if l.strip():
            prev = l.strip() if not l.strip().endswith((';', '}', '{')) else ''
            if l.strip().endswith((';', '}', '{')): prev = ''
for r in sorted(res, reverse=True):
    print(f'{r[1]}: {r[0]} lines (limit {limit}): {r[2]}')
sys.exit(1 if res else 0)
