#!/usr/bin/env python3
"""Turn a bench gold document (sNNN.gold.json: title, blocks, footnotes {"N": text}) into a
`baocao.document/1` JSON, so `baocao figures` can be measured on gold structure apart from
the structure stage. Gold has no pages: blocks get none, footnotes page 0.

  gold_document.py ../shared/bench/cases/s000.gold.json OUT.json
"""
import json
import sys


def convert(gold):
    blocks = []
    for block in gold["blocks"]:
        converted = {"kind": block["kind"], "text": block.get("text", ""), "section": "", "pages": []}
        for key in ("level", "label", "marker"):
            if key in block:
                converted[key] = block[key]
        blocks.append(converted)
    footnotes = [{"number": int(number), "text": text, "page": 0} for number, text in gold.get("footnotes", {}).items()]
    footnotes.sort(key=lambda footnote: footnote["number"])
    return {
        "schema": "baocao.document/1",
        "source": {"path": gold.get("id", ""), "sha256": "", "pages": 0},
        "title": gold.get("title", []),
        "blocks": blocks,
        "footnotes": footnotes,
        "furniture": [],
        "figures": [],
    }


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as source:
        document = convert(json.load(source))
    with open(sys.argv[2], "w", encoding="utf-8") as target:
        json.dump(document, target, ensure_ascii=False, indent=1)
