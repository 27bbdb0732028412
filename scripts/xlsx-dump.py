#!/usr/bin/env python3
"""Reads an xlsx back with openpyxl (a reader that is not the writer) and prints it as JSON:
{"sheets": [{"name", "freeze", "widths": [...], "rows": [[[type, value, number_format], ...]]}]}
where type is "n" (number), "s" (string) or "" (empty). The tests compare it with the JSON
outputs; a person can read a workbook with it: scripts/xlsx-dump.py out/r.xlsx | jq .
"""
import json
import sys

import openpyxl


def cell(c):
    if c.value is None:
        return ["", None, c.number_format]
    if isinstance(c.value, (int, float)) and not isinstance(c.value, bool):
        return ["n", c.value, c.number_format]
    return ["s", str(c.value), c.number_format]


def main(path):
    workbook = openpyxl.load_workbook(path)
    sheets = []
    for sheet in workbook.worksheets:
        widths = [sheet.column_dimensions[letter].width for letter in sorted(sheet.column_dimensions)]
        sheets.append({
            "name": sheet.title,
            "freeze": sheet.freeze_panes,
            "widths": widths,
            "rows": [[cell(c) for c in row] for row in sheet.iter_rows()],
        })
    json.dump({"sheets": sheets}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
