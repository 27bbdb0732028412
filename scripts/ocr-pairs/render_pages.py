#!/usr/bin/env python3
"""Render corpus paragraphs as scanned report pages and OCR them, to learn the OCR channel.

    render_pages.py OUTDIR --pages N [--seed S] [--langs eng,vie]

Takes Vietnamese paragraphs from ../shared/corpus (gazette, laws, news-civic; never
from bench/ or seeds/), lays them out like a printed report (Liberation Serif 14pt at
200 dpi, justified-ish left text, indented paragraphs, some bold upper-case headings),
degrades each page like a print-and-scan (skew, blur, noise, JPEG), runs the tesseract
CLI per language, and writes OUTDIR/pNNNN.ref.txt (the rendered lines) and
OUTDIR/pNNNN.ocr-LANG.txt. Needs: python3-pil (pillow), ImageMagick, fonts-liberation,
tesseract-ocr-eng, tesseract-ocr-vie. Run it under `nice`: it is slow on purpose-free cores.
"""
import gzip
import os
import random
import re
import subprocess
import sys
import tempfile
import unicodedata

from PIL import Image, ImageDraw, ImageFont

CORPUS = os.environ.get("BAOCAO_CORPUS", os.path.join(os.path.dirname(__file__), "../../../shared/corpus"))
FONT_DIR = "/usr/share/fonts/truetype/liberation2"
DPI = 200
PAGE_W, PAGE_H = 1654, 2339          # A4 at 200 dpi
LEFT, RIGHT, TOP, BOTTOM = 236, 157, 157, 157
PT = DPI / 72.0


def paragraphs(name, limit, rnd):
    """Reservoir-sample `limit` usable paragraphs from one corpus file."""
    pool, seen = [], 0
    buf = []
    with gzip.open(os.path.join(CORPUS, name), "rt", encoding="utf-8", errors="replace") as f:
        for line in f:
            line = unicodedata.normalize("NFC", line.strip())
            if name.startswith("gazette"):
                # pdftotext lines: glue a paragraph until a short or blank line.
                if line.startswith("###") or "CÔNG BÁO" in line or not line:
                    text, buf = " ".join(buf), []
                else:
                    buf.append(line)
                    if len(line) > 60:
                        continue
                    text, buf = " ".join(buf), []
            else:
                text = line
            if not (80 <= len(text) <= 900) or sum(c.isalpha() for c in text) < 0.6 * len(text):
                continue
            seen += 1
            if len(pool) < limit:
                pool.append(text)
            else:
                j = rnd.randrange(seen)
                if j < limit:
                    pool[j] = text
            if seen > limit * 40:
                break
    return pool


def wrap(text, font, width, indent):
    words, lines, cur, first = text.split(), [], "", True
    for w in words:
        trial = (cur + " " + w) if cur else w
        avail = width - (indent if first else 0)
        if font.getlength(trial) <= avail or not cur:
            cur = trial
        else:
            lines.append((cur, indent if first else 0))
            cur, first = w, False
    if cur:
        lines.append((cur, indent if first else 0))
    return lines


def layout(paras, rnd):
    """Fill pages with paragraphs; returns a list of pages, each a list of (text, x, y, font)."""
    size = rnd.choice([13, 14, 14, 14, 13.5])
    regular = ImageFont.truetype(os.path.join(FONT_DIR, "LiberationSerif-Regular.ttf"), round(size * PT))
    bold = ImageFont.truetype(os.path.join(FONT_DIR, "LiberationSerif-Bold.ttf"), round(size * PT))
    italic = ImageFont.truetype(os.path.join(FONT_DIR, "LiberationSerif-Italic.ttf"), round(size * PT))
    line_h = round(size * PT * 1.32)
    pages, page, y = [], [], TOP
    width = PAGE_W - LEFT - RIGHT
    for text in paras:
        r = rnd.random()
        if r < 0.10:
            text, font = text[:120].upper(), bold
        elif r < 0.18:
            font = bold
        elif r < 0.24:
            font = italic
        else:
            font = regular
        for line, indent in wrap(text, font, width, round(1 / 2.54 * DPI)):
            if y + line_h > PAGE_H - BOTTOM:
                pages.append(page)
                page, y = [], TOP
            page.append((line, LEFT + indent, y, font))
            y += line_h
        y += round(0.12 / 2.54 * DPI)
    if page:
        pages.append(page)
    return pages


def scan(png, jpg, rnd):
    angle = rnd.uniform(-0.6, 0.6)
    blur = rnd.choice(["0x0.5", "0x0.6", "0x0.7"])
    subprocess.run(["/usr/bin/convert", png, "-background", "white", "-rotate", f"{angle:.2f}",
                    "-blur", blur, "-attenuate", f"{rnd.uniform(0.15, 0.35):.2f}", "+noise", "Gaussian",
                    "-level", "8%,92%", "-quality", str(rnd.choice([55, 60, 70])), jpg], check=True)


def main():
    out = sys.argv[1]
    n = int(sys.argv[sys.argv.index("--pages") + 1])
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 7
    langs = (sys.argv[sys.argv.index("--langs") + 1] if "--langs" in sys.argv else "eng,vie").split(",")
    rnd = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    per = max(60, n * 12)
    paras = (paragraphs("gazette.txt.gz", per, rnd) + paragraphs("laws.txt.gz", per // 2, rnd)
             + paragraphs("news-civic.txt.gz", per, rnd))
    rnd.shuffle(paras)
    pages = layout(paras, rnd)[:n]
    with tempfile.TemporaryDirectory() as tmp:
        for i, page in enumerate(pages):
            stem = os.path.join(out, f"p{seed:02d}{i:04d}")
            if os.path.exists(stem + f".ocr-{langs[-1]}.txt"):
                continue
            img = Image.new("L", (PAGE_W, PAGE_H), 255)
            draw = ImageDraw.Draw(img)
            for text, x, y, font in page:
                draw.text((x, y), text, font=font, fill=0)
            png, jpg = os.path.join(tmp, "p.png"), os.path.join(tmp, "p.jpg")
            img.save(png)
            scan(png, jpg, rnd)
            with open(stem + ".ref.txt", "w", encoding="utf-8") as f:
                f.write("\n".join(t for t, _, _, _ in page) + "\n")
            for lang in langs:
                env = dict(os.environ, OMP_THREAD_LIMIT="1")
                res = subprocess.run(["tesseract", jpg, "-", "-l", lang], capture_output=True, env=env)
                with open(stem + f".ocr-{lang}.txt", "w", encoding="utf-8") as f:
                    f.write(res.stdout.decode("utf-8", "replace"))
            print(stem, flush=True)


if __name__ == "__main__":
    main()
