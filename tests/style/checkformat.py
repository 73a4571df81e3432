# SPDX-FileCopyrightText: 2026 Telco Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file of the project is not formatted by the project's .clang-format.
# Usage: checkformat.py CLANG_FORMAT SOURCE_DIR
import pathlib, subprocess, sys

clang_format, root = sys.argv[1], pathlib.Path(sys.argv[2])
files = sorted(str(p) for folder in ('app', 'tests', 'benchmarks')
               for p in (root / folder).rglob('*') if p.suffix in ('.cpp', '.h') and '/data/' not in str(p))
bad = []
for start in range(0, len(files), 50):
    run = subprocess.run([clang_format, '--dry-run', '--Werror', '--style=file', *files[start:start + 50]],
                         capture_output=True, text=True)
    bad += sorted({line.split(':')[0] for line in run.stderr.splitlines() if ': error:' in line})
for f in bad:
    print(f'{f}: not formatted (run: {clang_format} -i {f})')
print(f'{len(files)} files checked, {len(bad)} not formatted')
sys.exit(1 if bad else 0)
