#!/usr/bin/env python3
"""Writes the hostile-input corpus into Tests/Fixtures/hostile/ (run from the repository root).

Every file is something a parser must survive: PDFs and images truncated at many offsets,
with bytes flipped, with damaged xref tables and trailers, declaring absurd sizes, page
counts and nesting; files that are empty or random bytes under a document's name. The seeds
are Samples/*.pdf, Tests/Fixtures/* and small slices of ../shared/pdfs (when present).
Mutations come from one seeded generator, so a re-run writes the same bytes.

    python3 scripts/make-hostile.py [--out DIR] [--seed N]

CLITests/HostileCorpusTests runs baocao over the directory: each file must end in outputs or
in one `baocao: FILE: problem` line, never in a crash or a partial output.
"""
import argparse
import os
import random
import struct
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_FILE = 96 * 1024  # each file stays small; the corpus stays well under 15 MB


def small_pdf_seeds():
    """(name, bytes) of the PDFs mutated whole; large ones contribute slices only."""
    seeds = [("sample", (ROOT / "Samples/bao-cao-mau.pdf").read_bytes()),
             ("encrypted", (ROOT / "Tests/Fixtures/encrypted.pdf").read_bytes())]
    seeds.append(("minimal", hand_pdf(b"0 0 595 842")))
    return seeds


def shared_slices(rng):
    """Head and tail slices of a few ../shared/pdfs: a PDF cut short and a PDF whose
    beginning is gone, both of which poppler tries to repair."""
    shared = ROOT.parent / "shared" / "pdfs"
    if not shared.is_dir():
        return []
    names = sorted(p.name for p in shared.glob("*.pdf"))
    chosen = rng.sample(names, min(6, len(names)))
    slices = []
    for index, name in enumerate(chosen):
        data = (shared / name).read_bytes()
        for cut in (2048, 9000, 30000, 64000):
            slices.append((f"shared{index}-head{cut}.pdf", data[:cut]))
        slices.append((f"shared{index}-tail.pdf", b"%PDF-1.5\n" + data[-40000:]))
        slices.append((f"shared{index}-head-tail.pdf", data[:20000] + data[-20000:]))
    return slices


def hand_pdf(media_box, content=b"BT /F1 12 Tf 72 720 Td (Bao cao) Tj ET", extra_objects=(),
             page_extra=b"", pages=None, root_extra=b""):
    """A PDF with a correct xref table; the arguments put hostile values in chosen places."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + root_extra + b">>",
        pages or b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [" + media_box + b"] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> " + page_extra + b">>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *extra_objects,
    ]
    return assemble(objects)


def assemble(objects):
    body = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        body += b"%010d 00000 n \n" % offset
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(body)


def flate_stream(data, dictionary=b""):
    packed = zlib.compress(data, 9)
    return b"<< /Length %d /Filter /FlateDecode " % len(packed) + dictionary + b">>\nstream\n" + packed + b"\nendstream"


def truncations(name, ext, data, rng, count, limit=MAX_FILE):
    offsets = sorted({rng.randrange(1, min(len(data), limit)) for _ in range(count)} | {1, 8, 16})
    return [(f"{name}-cut{offset}.{ext}", data[:offset]) for offset in offsets]


def flips(name, ext, data, rng, count):
    files = []
    for index in range(count):
        mutated = bytearray(data)
        for _ in range(rng.choice([1, 4, 16, 64, 256])):
            position = rng.randrange(len(mutated))
            mutated[position] = rng.randrange(256)
        files.append((f"{name}-flip{index}.{ext}", bytes(mutated[:MAX_FILE * 2])))
    return files


def structural_damage(name, data):
    """The places a PDF reader looks first: header, xref table, trailer, startxref."""
    damage = {
        "xref-renamed": data.replace(b"xref", b"xrfe"),
        "startxref-wrong": replace_last(data, b"startxref\n", b"startxref\n9"),
        "startxref-huge": replace_last(data, b"startxref\n", b"startxref\n99999999999999999999"),
        "no-trailer": data.replace(b"trailer", b"trailor"),
        "trailer-only": b"%PDF-1.4\n" + data[data.rfind(b"trailer"):] if b"trailer" in data else data[:200],
        "no-eof": data.replace(b"%%EOF", b""),
        "root-missing": data.replace(b"/Root", b"/Rott"),
        "size-huge": data.replace(b"/Size", b"/Size 2147483647 /Old"),
        "xref-offsets-zero": damage_xref_offsets(data),
        "header-only": data[:9],
        "version-junk": b"%PDF-9.9\x00\xff" + data[9:],
    }
    return [(f"{name}-{kind}.pdf", bytes(mutated[:MAX_FILE * 2])) for kind, mutated in damage.items()]


def replace_last(data, old, new):
    at = data.rfind(old)
    return data if at < 0 else data[:at] + new + data[at + len(old):]


def damage_xref_offsets(data):
    at = data.rfind(b"xref\n")
    if at < 0:
        return data
    head, tail = data[:at], bytearray(data[at:])
    for index in range(len(tail)):
        if 48 <= tail[index] <= 57 and index > 20:
            tail[index] = 48
    return head + bytes(tail)


def hand_made_pdfs():
    """PDFs written to declare what no real report declares."""
    deep_array = b"[" * 100000 + b"]" * 100000
    deep_dict = b"<< /A " * 20000 + b"0" + b" >>" * 20000
    many_kids = 6000
    kid_objects = [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>" for _ in range(many_kids)]
    kids = b" ".join(b"%d 0 R" % (number + 3) for number in range(many_kids))
    long_text = b"BT /F1 6 Tf 10 10 Td " + b"(" + b"a" * 1_200_000 + b") Tj ET"
    zeros_bomb = flate_stream(b" " * (60 * 1024 * 1024))
    image_bomb = flate_stream(b"\x00" * 4096, b"/Type /XObject /Subtype /Image /Width 100000 /Height 100000 "
                                               b"/ColorSpace /DeviceGray /BitsPerComponent 8 ")
    image_page = b"q 500 0 0 700 50 50 cm /Im1 Do Q"
    files = {
        "zero-pages": assemble([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]),
        "count-lies": hand_pdf(b"0 0 595 842", pages=b"<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>"),
        "count-negative": hand_pdf(b"0 0 595 842", pages=b"<< /Type /Pages /Kids [3 0 R] /Count -5 >>"),
        "kids-cycle": hand_pdf(b"0 0 595 842", pages=b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>"),
        "parent-cycle": hand_pdf(b"0 0 595 842", pages=b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"),
        "mediabox-huge": hand_pdf(b"0 0 1e30 1e30"),
        "mediabox-200in": hand_pdf(b"0 0 14401 842"),
        "mediabox-negative": hand_pdf(b"0 0 -595 -842"),
        "mediabox-zero": hand_pdf(b"0 0 0 0"),
        "mediabox-nan": hand_pdf(b"0 0 nan inf"),
        "mediabox-wrong-type": hand_pdf(b"(a) (b) /c <<>>"),
        "length-huge": hand_pdf(b"0 0 595 842").replace(b"/Length 38", b"/Length 999999999999"),
        "length-negative": hand_pdf(b"0 0 595 842").replace(b"/Length 38", b"/Length -38"),
        "deep-array": hand_pdf(b"0 0 595 842", page_extra=b"/Junk " + deep_array),
        "deep-dict": hand_pdf(b"0 0 595 842", page_extra=b"/Junk " + deep_dict),
        "deep-content": hand_pdf(b"0 0 595 842", content=b"q " * 50000 + b"Q " * 50000),
        "ref-loop": hand_pdf(b"0 0 595 842", page_extra=b"/Junk 6 0 R",
                             extra_objects=[b"7 0 R", b"6 0 R"]),
        "contents-self": hand_pdf(b"0 0 595 842").replace(b"/Contents 4 0 R", b"/Contents 3 0 R"),
        "many-pages": assemble([b"<< /Type /Catalog /Pages 2 0 R >>",
                                b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % many_kids] + kid_objects),
        "long-text": hand_pdf(b"0 0 595 842").replace(b"<< /Length 38 >>\nstream\nBT /F1 12 Tf 72 720 Td (Bao cao) Tj ET\nendstream",
                                                     flate_stream(long_text)),
        "flate-bomb": hand_pdf(b"0 0 595 842").replace(b"<< /Length 38 >>\nstream\nBT /F1 12 Tf 72 720 Td (Bao cao) Tj ET\nendstream",
                                                      zeros_bomb),
        "image-bomb": hand_pdf(b"0 0 595 842", content=image_page, page_extra=b"/XObject << /Im1 6 0 R >>",
                               extra_objects=[image_bomb]).replace(b"/Font << /F1 5 0 R >>",
                                                                  b"/Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >>"),
        "font-missing": hand_pdf(b"0 0 595 842").replace(b"/F1 5 0 R", b"/F1 99 0 R"),
        "text-garbage": hand_pdf(b"0 0 595 842", content=b"BT /F1 12 Tf 72 720 Td <" + bytes(range(256)).hex().encode() + b"> Tj ET"),
        "operators-junk": hand_pdf(b"0 0 595 842", content=bytes(random.Random(7).randrange(256) for _ in range(20000))),
    }
    return [(f"hand-{name}.pdf", data) for name, data in files.items()]


def image_page_pdf(image_object, content=b"q 500 0 0 700 50 50 cm /Im1 Do Q", extra=()):
    """One page drawing image object 6 with `content`; `extra` objects follow it (7, 8…)."""
    return hand_pdf(b"0 0 595 842", content=content, extra_objects=[image_object, *extra]).replace(
        b"/Font << /F1 5 0 R >>", b"/Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >>")


def round_two_pdfs():
    """Issue #20: image bombs that slip past a check of the dictionary, drawings that fan out."""
    gray = b"/Type /XObject /Subtype /Image /ColorSpace /DeviceGray /BitsPerComponent 8 "
    pixels = zlib.compress(b"\x00" * 4096)

    def image(dictionary, data=pixels, flate=True):
        return (b"<< /Length %d " % len(data) + (b"/Filter /FlateDecode " if flate else b"") + dictionary
                + b">>\nstream\n" + data + b"\nendstream")

    # A 9-deep tree of form XObjects, each drawing the one below 10 times: 10^9 fills in 3 KB.
    forms = []
    for depth in range(9):
        below = b"/Fm%d" % (depth + 1) if depth < 8 else None
        body = (b"q 0.5 0 0 0.5 0 0 cm " + below + b" Do Q ") * 10 if below else b"0 0 1 1 re f " * 10
        resources = b"/Resources << /XObject << /Fm%d %d 0 R >> >> " % (depth + 1, 7 + depth) if below else b""
        forms.append(b"<< /Type /XObject /Subtype /Form /BBox [0 0 600 800] " + resources
                     + b"/Length %d >>\nstream\n" % len(body) + body + b"\nendstream")
    fan_out = hand_pdf(b"0 0 595 842", content=b"BT /F1 12 Tf 72 720 Td (Bao cao) Tj ET /Fm0 Do",
                       extra_objects=forms).replace(b"/Font << /F1 5 0 R >>",
                                                    b"/Font << /F1 5 0 R >> /XObject << /Fm0 6 0 R >>")
    jpeg = jpeg_declaring(60000, 60000)
    return [
        ("r2-width-indirect.pdf", image_page_pdf(image(gray + b"/Width 7 0 R /Height 100000 "), extra=[b"100000"])),
        ("r2-width-height-apart.pdf", image_page_pdf(image(gray + b"/Width 1 /Height 2000000000 "))),
        ("r2-name-escape.pdf", image_page_pdf(image(gray + b"/W#69dth 100000 /H#65ight 100000 "))),
        ("r2-form-feed.pdf", image_page_pdf(image(gray.replace(b" ", b"\x0c") + b"/Width\x0c100000\x0c/Height\x0c100000\x0c"))),
        ("r2-inline-image.pdf", hand_pdf(b"0 0 595 842", content=b"q 500 0 0 700 50 50 cm BI /W 60000 /H 60000 /CS /G "
                                          b"/BPC 8 /F /Fl ID " + pixels + b" EI Q")),
        ("r2-dct-header-lies.pdf", image_page_pdf(image(gray + b"/Width 100 /Height 100 /Filter /DCTDecode ", jpeg,
                                                        flate=False))),
        ("r2-form-fan-out.pdf", fan_out),
        ("r2-form-fan-out-no-text.pdf", fan_out.replace(b"BT /F1 12 Tf 72 720 Td (Bao cao) Tj ET ", b"")),
        ("r2-invisible-text.pdf", hand_pdf(b"0 0 595 842", content=b"BT /F1 12 Tf 3 Tr 72 720 Td (Tiep nhan 999 don) Tj ET "
                                            b"BT /F1 12 Tf 0 Tr 72 700 Td (Bao cao) Tj ET")),
        ("r2-rotate-90.pdf", hand_pdf(b"0 0 595 842", page_extra=b"/Rotate 90")),
        ("r2-rotate-270.pdf", hand_pdf(b"0 0 595 842", page_extra=b"/Rotate 270")),
    ]


def round_three_pdfs():
    """Issue #20, what round two left: inline images inside compressed streams (the raw
    bytes show no /W), and a page of more tiny glyphs than poppler keeps (50,000)."""
    pixels = zlib.compress(b"\x00" * 4096)
    inline = b"q 500 0 0 700 50 50 cm BI /W 60000 /H 60000 /CS /G /BPC 8 /F /Fl ID " + pixels + b" EI Q"

    def page(content_object, resources=b"/Font << /F1 5 0 R >>", extra=()):
        return assemble([
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << "
            + resources + b" >> >>",
            content_object,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            *extra,
        ])

    form = flate_stream(inline, b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] ")
    # 600 lines of 100 glyphs at 1 pt: each advances about half a point, so all are "tiny".
    line = b"(" + b"baocao tiep nhan don thu " * 4 + b") '"
    tiny = b"BT /F1 1 Tf 1.3 TL 20 820 Td " + b" ".join([line] * 600) + b" ET BT /F1 12 Tf 300 400 Td (Bao cao) Tj ET"
    return [
        ("r3-inline-image-flate.pdf", page(flate_stream(inline))),
        ("r3-inline-image-in-form.pdf", page(b"<< /Length 7 >>\nstream\n/Fm0 Do\nendstream",
                                             b"/Font << /F1 5 0 R >> /XObject << /Fm0 6 0 R >>", [form])),
        ("r3-tiny-glyphs.pdf", page(flate_stream(tiny))),
    ]


def round_two_texts():
    """Issue #20: texts whose cost grew with their square, and names that clash."""
    report = "BÁO CÁO\nĐã tiếp nhận 12 đơn.\n".encode()
    return [
        ("r2-no-sentence-end.txt", "".join(f"đã tiếp nhận {i} đơn khiếu nại, " for i in range(2000)).encode()),
        ("r2-table.md", ("| Đơn vị | Tiếp nhận | Giải quyết |\n| --- | --- | --- |\n"
                         + "".join(f"| Xã {i} | {i * 3} đơn | {i * 2} vụ |\n" for i in range(1500))).encode()),
        ("r2-headings.txt", "".join(f"{i}. MỤC SỐ {i}\nNội dung của mục.\n" for i in range(1, 2001)).encode()),
        ("r2-footnote-markers.txt", " ".join(f"văn bản{i % 9 + 1}" for i in range(7000)).encode()),
        ("r2-cr-only.txt", "BÁO CÁO\rĐã tiếp nhận 12 đơn.\r".encode()),
        ("r2-utf16-no-bom.txt", "BÁO CÁO tiếp nhận 12 đơn\n".encode("utf-16-le")),
        ("r2-utf32.txt", "BÁO CÁO tiếp nhận 12 đơn\n".encode("utf-32")),
        ("r2-cp1258.txt", "Bao cao tiep nhan 12 don, dân\n".encode("cp1258")),
        ("r2-big-number.txt", "Đã tiếp nhận 123456789012345678901 đơn.\n".encode()),
        # x.pdf, x.txt and x-2.txt in one folder; r.pdf beside r.body.txt.
        ("r2-clash.pdf", hand_pdf(b"0 0 595 842")),
        ("r2-clash.txt", report),
        ("r2-clash-2.txt", report),
        ("r2-r.pdf", hand_pdf(b"0 0 595 842")),
        ("r2-r.body.txt", report),
        ("r2-" + "n" * 241 + ".txt", report),
    ]


# --- #20 wrong answers (branch `wrong`): inputs read without a failure but into the wrong text ---
WRONG_REPORT = [
    "BAO CAO KET QUA TIEP CONG DAN QUY III",
    "Trong quy III, Ban Tiep cong dan huyen da tiep 46 luot cong dan.",
    "Da tiep nhan 38 don khieu nai va 12 don to cao cua nhan dan.",
    "Da giai quyet xong 31 don, dat ty le 81,6%.",
]
WRONG_HIDDEN = "So lieu an: da tiep nhan 777 don va giai quyet 999 vu viec."


def text_lines(lines, top=760, size=11, mode=b""):
    """A content stream setting one Helvetica line under another; `mode` goes before each (3 Tr, 1 1 1 rg)."""
    content = b""
    for index, line in enumerate(lines):
        content += b"BT " + mode + b" /F1 %d Tf 72 %d Td (" % (size, top - index * 18) + line.encode("latin-1") + b") Tj ET\n"
    return content


def tcvn3_bytes(text):
    """`text` in TCVN3, from the decoder's own table (Sources/Ingest/Text/Encoding/TCVN3Table.swift)."""
    import re
    table = (ROOT / "Sources/Ingest/Text/Encoding/TCVN3Table.swift").read_text(encoding="utf-8")
    codes = {letter: int(code, 16) for code, letter in re.findall(r'0x([0-9A-F]{2}): "(.)"', table)}
    out = bytearray()
    for character in text:
        if ord(character) < 0x80:
            out.append(ord(character))
        elif character in codes:
            out.append(codes[character])
        else:  # capitals with a tone: the .VnTimeH font's codes are the lowercase ones
            out.append(codes[character.lower()])
    return bytes(out)


def cp1258_bytes(text):
    """`text` as Windows writes CP1258: a precomposed byte where there is one, else base and tone."""
    import unicodedata
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for character in unicodedata.normalize("NFC", text):
        try:
            out += character.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", character)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += base.encode("cp1258") + "".join(c for c in parts if c in tones).encode("cp1258")
    return bytes(out)


def wrong_answer_files():
    """Issue #20's wrong answers: text no reader sees, rotated pages, legacy encodings in a PDF's
    text layer and in text files, numbers past 2^53, EXIF orientation and tiled TIFFs."""
    import subprocess
    import tempfile
    files = []
    visible = text_lines(WRONG_REPORT)
    # Text drawn invisibly (3 Tr) or in white on the white page, over no picture: not content.
    files.append(("wa-invisible-tr3.pdf", hand_pdf(b"0 0 595 842", content=visible + text_lines([WRONG_HIDDEN], top=600, mode=b"3 Tr"))))
    files.append(("wa-white-text.pdf", hand_pdf(b"0 0 595 842", content=visible + text_lines([WRONG_HIDDEN], top=600, mode=b"1 1 1 rg"))))
    # An OCR program's invisible text layer over a page-sized scan: the page's text.
    scan = zlib.compress(b"\xd0" * 64)
    layer = text_lines(WRONG_REPORT * 8, top=800, size=9, mode=b"3 Tr")
    files.append(("wa-ocr-layer.pdf", image_page_pdf(
        b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Filter /FlateDecode /Length %d >>\nstream\n" % len(scan) + scan + b"\nendstream",
        content=b"q 595 0 0 842 0 0 cm /Im1 Do Q " + layer)))
    # The report typed in .VnTime (TCVN3 bytes, no Unicode map), as Word exported it.
    vietnamese = ["Báo cáo kết quả tiếp công dân quý III", "Trong quý III, Ban Tiếp công dân huyện đã tiếp 46 lượt công dân.",
                  "Đã tiếp nhận 38 đơn khiếu nại và 12 đơn tố cáo của nhân dân.", "Đã giải quyết xong 31 đơn, đạt tỷ lệ 81,6%."]
    content = b"".join(b"BT /F1 11 Tf 72 %d Td (" % (760 - index * 18) + tcvn3_bytes(line).replace(b"(", b"\\(").replace(b")", b"\\)")
                       + b") Tj ET\n" for index, line in enumerate(vietnamese))
    files.append(("wa-vntime.pdf", hand_pdf(b"0 0 595 842", content=content).replace(
        b"/BaseFont /Helvetica", b"/BaseFont /.VnTime /Encoding /WinAnsiEncoding")))
    # The sample report turned a quarter, half and three quarters (qpdf writes /Rotate).
    with tempfile.TemporaryDirectory() as work:
        for angle in (90, 180, 270):
            target = os.path.join(work, f"r{angle}.pdf")
            subprocess.run(["qpdf", f"--rotate=+{angle}", str(ROOT / "Samples/bao-cao-mau.pdf"), target], check=True)
            files.append((f"wa-rotate-{angle}.pdf", Path(target).read_bytes()))
    files.append(("wa-cp1258.txt", b"\n".join(cp1258_bytes(line) for line in vietnamese) + b"\n"))
    files.append(("wa-mixed-utf8-tcvn3.txt", b"\n".join(
        (line.encode() if index % 2 == 0 else tcvn3_bytes(line)) for index, line in enumerate(vietnamese)) + b"\n"))
    files.append(("wa-big-numbers.txt", "Tổng thu ngân sách đạt 9.007.199.254.740.993 đồng, tăng 12 đơn vị.\n"
                  "Đã tiếp nhận 123456789012345678901 đơn.\n".encode()))
    files += exif_and_tiled_images()
    return files


def exif_and_tiled_images():
    """A page photographed sideways (pixels turned, EXIF orientation 6 says turn them back) and
    the scanned sample's first page as a tiled TIFF. Needs Pillow, pdftoppm and tiffcp."""
    import subprocess
    import tempfile
    try:
        from PIL import Image
    except ImportError:
        return []
    files = []
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(["pdftoppm", "-r", "100", "-gray", "-png", "-f", "1", "-l", "1", "-singlefile",
                        str(ROOT / "Samples/bao-cao-mau.pdf"), os.path.join(work, "page")], check=True)
        page = Image.open(os.path.join(work, "page.png")).convert("L")
        top = page.crop((0, 0, page.width, page.height // 2))
        exif = Image.Exif()
        exif[0x0112] = 6  # the camera was turned: show the pixels turned 90° clockwise
        sideways = top.transpose(Image.Transpose.ROTATE_90)
        path = os.path.join(work, "sideways.jpg")
        sideways.save(path, "JPEG", quality=60, exif=exif)
        files.append(("wa-exif-rotated.jpg", Path(path).read_bytes()))
        top.save(os.path.join(work, "top.tiff"))
        subprocess.run(["tiffcp", "-t", "-w", "256", "-l", "256", "-c", "zip", os.path.join(work, "top.tiff"),
                        os.path.join(work, "tiled.tiff")], check=True)
        files.append(("wa-tiled.tiff", Path(os.path.join(work, "tiled.tiff")).read_bytes()))
    return files
# --- end of #20 wrong answers ---


def png_chunk(kind, payload):
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def png(width, height, rows=None):
    header = png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
    data = rows if rows is not None else zlib.compress(b"\x00" + b"\xff" * min(width, 64))
    return b"\x89PNG\r\n\x1a\n" + header + png_chunk(b"IDAT", data) + png_chunk(b"IEND", b"")


def jpeg_declaring(width, height):
    """SOI, a baseline SOF0 with the given size, and nothing a decoder could use after it."""
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + sof + b"\xff\xd9"


def tiff(pages):
    """Little-endian uncompressed gray TIFF; every directory points at the same 64 bytes."""
    pixels = b"\xff" * 64
    first = 8 + len(pixels)
    size = 2 + 9 * 12 + 4
    out = bytearray(b"II*\x00" + struct.pack("<I", first) + pixels)
    for index, (width, height) in enumerate(pages):
        following = first + (index + 1) * size if index + 1 < len(pages) else 0
        entries = [(256, 4, width), (257, 4, height), (258, 3, 8), (259, 3, 1), (262, 3, 1),
                   (273, 4, 8), (277, 3, 1), (278, 4, height), (279, 4, len(pixels))]
        out += struct.pack("<H", len(entries))
        for tag, kind, value in entries:
            out += struct.pack("<HHI", tag, kind, 1)
            out += struct.pack("<HH", value, 0) if kind == 3 else struct.pack("<I", value)
        out += struct.pack("<I", following)
    return bytes(out)


def small_jpeg(rng):
    """A small gray JPEG with dark blocks, made with Pillow when it is installed."""
    try:
        from PIL import Image, ImageDraw
    except ImportError:
        return None
    import io
    image = Image.new("L", (240, 120), 255)
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = rng.randrange(220), rng.randrange(100)
        draw.rectangle([x, y, x + 18, y + 12], fill=0)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=70)
    return buffer.getvalue()


def image_files(rng):
    files = [
        ("png-100000x100000.png", png(100000, 100000)),
        ("png-1x2147483647.png", png(1, 2147483647)),
        ("png-40000x10.png", png(40000, 10)),
        ("png-zero.png", png(0, 0)),
        ("png-bad-crc.png", png(64, 64)[:-5] + b"\x00\x00\x00\x00\x00"),
        ("png-idat-garbage.png", png(64, 64, rows=bytes(rng.randrange(256) for _ in range(300)))),
        ("jpeg-65535x65535.jpg", jpeg_declaring(65535, 65535)),
        ("jpeg-40000x8.jpg", jpeg_declaring(40000, 8)),
        ("jpeg-zero.jpg", jpeg_declaring(0, 0)),
        ("tiff-100000x100000.tiff", tiff([(100000, 100000)])),
        ("tiff-second-page-bomb.tiff", tiff([(8, 8), (100000, 100000)])),
        ("tiff-third-page-wide.tiff", tiff([(8, 8), (8, 8), (50000, 4)])),
        ("tiff-zero.tiff", tiff([(0, 0)])),
        ("tiff-ifd-loop.tiff", tiff([(8, 8)])[:-4] + struct.pack("<I", 72)),
    ]
    page_png = (ROOT / "Tests/Fixtures/page.png").read_bytes()
    pages_tiff = (ROOT / "Tests/Fixtures/pages.tiff").read_bytes()
    files += truncations("page", "png", page_png, rng, 10)
    files += truncations("pages", "tiff", pages_tiff, rng, 10)
    # The TIFF's directories sit at its end: keep them, and flip bytes in what they point at.
    files += [(f"pages-tiff-tail{index}.tiff", pages_tiff[:4] + struct.pack("<I", 8) + pages_tiff[-(2000 + index * 900):])
              for index in range(4)]
    files += flips("page", "png", page_png[:60000], rng, 6)
    jpeg = small_jpeg(rng)
    if jpeg:
        files.append(("small.jpg", jpeg))
        files += truncations("small", "jpg", jpeg, rng, 8)
        files += flips("small", "jpg", jpeg, rng, 8)
    return files


def junk_files(rng):
    files = []
    for ext in ("pdf", "png", "jpg", "tiff", "txt", "md"):
        files.append((f"empty.{ext}", b""))
        for index in range(3):
            files.append((f"random{index}.{ext}", bytes(rng.randrange(256) for _ in range(rng.choice([1, 7, 512, 8192])))))
    files += [
        ("only-header.pdf", b"%PDF-"),
        ("header-in-junk.pdf", bytes(rng.randrange(256) for _ in range(600)) + b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"),
        ("png-magic-only.png", b"\x89PNG\r\n\x1a\n"),
        ("tiff-magic-only.tiff", b"II*\x00"),
        ("jpeg-magic-only.jpg", b"\xff\xd8\xff"),
        ("nul-bytes.txt", b"\x00" * 4096),
        ("invalid-utf8.txt", bytes([0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC]) * 50),
        ("form-feeds.txt", b"\x0c" * 6000),
        ("long-line.txt", ("Báo cáo " * 131250).encode()),
        ("utf16-odd.txt", b"\xff\xfe" + b"B\x00a\x00o\x00"[:5]),
        ("pdf-named-png.png", hand_pdf(b"0 0 595 842")),
        ("png-named-pdf.pdf", png(16, 16)),
    ]
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "Tests/Fixtures/hostile"))
    parser.add_argument("--seed", type=int, default=20261122)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    files = []
    for name, data in small_pdf_seeds():
        files += truncations(name, "pdf", data, rng, 16)
        files += flips(name, "pdf", data, rng, 14)
        files += structural_damage(name, data)
    scan = (ROOT / "Samples/bao-cao-mau-scan.pdf").read_bytes()
    files += truncations("scan", "pdf", scan, rng, 6)
    files += [(f"scan-tail{size}.pdf", b"%PDF-1.5\n" + scan[-size:]) for size in (3000, 20000)]
    files += shared_slices(rng)
    files += hand_made_pdfs()
    files += image_files(rng)
    files += junk_files(rng)
    files += round_two_pdfs()
    files += round_two_texts()
    files += round_three_pdfs()
    files += wrong_answer_files()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        old.unlink()
    names = set()
    total = 0
    for name, data in files:
        assert name not in names, name
        names.add(name)
        (out / name).write_bytes(data)
        total += len(data)
    print(f"{len(files)} files, {total / 1e6:.1f} MB in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
