#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Telco Atlas authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Refresh the .ts files from the sources and finish the English one.

Usage: python3 translations/update.py        (run from anywhere)

1. lupdate scans every module's sources into telco-atlas_ko.ts and telco-atlas_en.ts
   (new strings arrive as unfinished, vanished ones are dropped).
2. English is the source language: every English entry is finished with its source text
   (plural forms: the singular and the plural reading of the source).
3. Lists the Korean entries still unfinished; translate them (Qt Linguist, or by hand) until the
   list is empty — tests/translations checks that it is.
"""
import pathlib
import subprocess
import sys
import xml.etree.ElementTree as ET

here = pathlib.Path(__file__).resolve().parent
top = here.parent
lupdate = "/usr/lib/qt6/bin/lupdate"

sources = sorted(str(p) for p in (top / "app").rglob("*") if p.suffix in (".cpp", ".h"))
for lang in ("ko", "en"):
    ts = here / f"telco-atlas_{lang}.ts"
    subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "-target-language", lang,
                    *sources, "-ts", str(ts)], check=True, stdout=subprocess.DEVNULL)


def english_plural(source):
    singular = source.replace("(s)", "").replace("%n", "%n")
    plural = source.replace("(s)", "s")
    return [singular, plural]


en = here / "telco-atlas_en.ts"
tree = ET.parse(en)
for message in tree.iter("message"):
    source = message.findtext("source")
    translation = message.find("translation")
    if translation is None:
        continue
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        for form in english_plural(source):
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = source
tree.write(en, encoding="utf-8", xml_declaration=True)
# ElementTree drops the DOCTYPE that Qt's tools expect.
text = en.read_text(encoding="utf-8")
text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
en.write_text(text, encoding="utf-8")

unfinished = []
for context in ET.parse(here / "telco-atlas_ko.ts").iter("context"):
    name = context.findtext("name")
    for message in context.iter("message"):
        t = message.find("translation")
        if t is None or t.get("type") == "unfinished" or not ("".join(t.itertext()).strip()):
            unfinished.append((name, message.findtext("source")))
for name, source in unfinished:
    print(f"unfinished ko: [{name}] {source}")
print(f"{len(unfinished)} Korean entries unfinished", file=sys.stderr)
