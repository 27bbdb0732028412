#!/usr/bin/env python3
"""Print the petition-domain rows of a baocao figures CSV as a short table (for `make run`)."""
import csv
import sys

DOMAINS = ("don", "vu_viec", "tiep_cong_dan", "doi_thoai", "thanh_tra")
rows = [r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig"))
        if r["measure"].split(".")[0] in DOMAINS]
for r in rows:
    value = r["value"] + (f"/{r['denominator']}" if r["denominator"] else "")
    print(f"  p{r['page']:<2} {r['section']:<8} {r['measure']:<26} {r['type']:<20} {value:>10} {r['unit']}")
print(f"  {len(rows)} petition figures")
