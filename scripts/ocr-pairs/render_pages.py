#!/usr/bin/env python3
"""Render corpus paragraphs as scanned report pages and OCR them, to learn the OCR channel.

    render_pages.py OUTDIR --pages N [--seed S] [--langs eng,vie] [--like-bench | --hard]

Takes Vietnamese paragraphs from ../shared/corpus (gazette, laws, news-civic; never
from bench/ or seeds/) and lays them out like a printed report: one serif font per run of
pages (Liberation Serif, TeX Gyre Termes, FreeSerif, DejaVu Serif), 12.5-14 pt, indented
paragraphs, section headings ("PHẦN THỨ NHẤT", "I. ĐẶC ĐIỂM ..."), bold capital and italic
paragraphs, and long words broken at the line end with a hyphen. Each page is rendered at
150-300 dpi and degraded like one of: a print-and-scan (skew, blur, noise, JPEG), a
binarised fax-like scan, ink bleed, a photocopy (grey ground, speckles, streaks, lost
contrast) or faded thin strokes. The tesseract CLI then reads it per language
(OMP_THREAD_LIMIT=1). Writes OUTDIR/pSSNNNN.ref.txt (the printed lines),
OUTDIR/pSSNNNN.ocr-LANG.txt and OUTDIR/pSSNNNN.how.txt (font, dpi, degradation).
With --like-bench every page is made the way the benchmark's scans are (its own texts are
never read): Liberation Serif 14 pt at 200 dpi, a print-and-scan with blur 0.6, noise 0.25
and JPEG quality 60 (BENCH_LOOK), so the channel learns what Tesseract does to that look.
With --hard every page gets the damage real scans show most (HARD_LOOK): 150-200 dpi, one of
binarised, bleed, photocopy or faded, and JPEG quality 45-60.
Needs: python3 pillow, ImageMagick, fonts-liberation2, tex-gyre, fonts-freefont-ttf,
fonts-dejavu-core, tesseract-ocr-eng, tesseract-ocr-vie. Run it under `nice -n 19`, at
most 60 pages a run: the cores are shared.
"""
import gzip
import os
import random
import subprocess
import sys
import tempfile
import unicodedata

from PIL import Image, ImageDraw, ImageFont

CORPUS = os.environ.get("BAOCAO_CORPUS", os.path.join(os.path.dirname(__file__), "../../../shared/corpus"))
# Serif faces with the whole Vietnamese alphabet (fc-list :lang=vi); URW's Nimbus Roman lacks it.
FONTS = {
    "liberation": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-{}.ttf",
                   {"regular": "Regular", "bold": "Bold", "italic": "Italic"}),
    "termes": ("/usr/share/texmf/fonts/opentype/public/tex-gyre/texgyretermes-{}.otf",
               {"regular": "regular", "bold": "bold", "italic": "italic"}),
    "freeserif": ("/usr/share/fonts/truetype/freefont/FreeSerif{}.ttf",
                  {"regular": "", "bold": "Bold", "italic": "Italic"}),
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif{}.ttf",
               {"regular": "", "bold": "-Bold", "italic": "-Italic"}),
}
DPIS = [150, 200, 200, 250, 300]
DEGRADATIONS = ["scan", "scan", "binarised", "bleed", "photocopy", "faded"]
SECTIONS = ["PHẦN THỨ NHẤT", "PHẦN THỨ HAI", "Phần thứ ba", "PHẦN I", "PHẦN II"]
ROMAN = ["I", "II", "III", "IV", "V", "VI"]
# How the benchmark's scans look (../shared/README.md: Liberation Serif 14pt, 200 dpi scans):
# font, point size, dpi, degradation, blur sigma at 200 dpi, Gaussian noise, JPEG quality.
BENCH_LOOK = {"family": "liberation", "size": 14, "dpi": 200, "kind": "scan", "blur": 0.6, "noise": 0.25, "quality": 60}
# The harder end of real scans (issue 18): low resolution, broken or swollen glyphs, heavy JPEG.
HARD_LOOK = {"dpis": [150, 175, 200], "kinds": ["binarised", "bleed", "photocopy", "faded"], "qualities": [45, 50, 55, 60]}


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


def wrap(text, font, width, indent, rnd, hyphenate):
    """Greedy lines; with `hyphenate`, a long word that does not fit is cut with a hyphen."""
    words, lines, cur, first = text.split(), [], "", True
    while words:
        w = words.pop(0)
        trial = (cur + " " + w) if cur else w
        avail = width - (indent if first else 0)
        if font.getlength(trial) <= avail or not cur:
            cur = trial
            continue
        if hyphenate and len(w) >= 6 and rnd.random() < 0.5:
            for cut in range(len(w) - 2, 2, -1):
                if font.getlength(cur + " " + w[:cut] + "-") <= avail and w[cut - 1].isalnum():
                    lines.append((cur + " " + w[:cut] + "-", indent if first else 0))
                    cur, first, w = "", False, None
                    words.insert(0, trial.split(" ")[-1][cut:])
                    break
            if w is None:
                continue
        lines.append((cur, indent if first else 0))
        cur, first = w, False
    if cur:
        lines.append((cur, indent if first else 0))
    return lines


def layout(paras, rnd, dpi, family, size=None):
    """Fill pages with paragraphs; returns pages, each a list of (text, x, y, font)."""
    pt = dpi / 72.0
    page_w, page_h = round(8.27 * dpi), round(11.69 * dpi)
    left, right, top, bottom = round(3 / 2.54 * dpi), round(2 / 2.54 * dpi), round(2 / 2.54 * dpi), round(2 / 2.54 * dpi)
    size = size or rnd.choice([12.5, 13, 13.5, 14, 14])
    path, styles = FONTS[family]
    face = {k: ImageFont.truetype(path.format(v), round(size * pt)) for k, v in styles.items()}
    line_h = round(size * pt * rnd.choice([1.2, 1.3, 1.4]))
    hyphenate = rnd.random() < 0.5
    pages, page, y = [], [], top
    width = page_w - left - right
    heading = 0

    def put(text, font, indent=0, centre=False):
        nonlocal page, y, pages
        for line, ind in wrap(text, font, width, indent, rnd, hyphenate and not centre):
            if y + line_h > page_h - bottom:
                pages.append(page)
                page, y = [], top
            x = left + ind if not centre else left + max(0, (width - font.getlength(line)) / 2)
            page.append((line, round(x), y, font))
            y += line_h
        y += round(0.12 / 2.54 * dpi)

    for text in paras:
        r = rnd.random()
        if r < 0.04:
            put(rnd.choice(SECTIONS), face["bold"], centre=True)
            put(" ".join(text.split()[:rnd.randrange(4, 10)]).upper(), face["bold"], centre=True)
            continue
        if r < 0.10:
            heading += 1
            sep = rnd.choice([". ", "- ", "/ "])
            put(ROMAN[heading % len(ROMAN)] + sep + " ".join(text.split()[:rnd.randrange(2, 8)]).upper(), face["bold"])
            continue
        if r < 0.16:
            text, font = text[:120].upper(), face["bold"]
        elif r < 0.24:
            font = face["bold"]
        elif r < 0.30:
            font = face["italic"]
        else:
            font = face["regular"]
        put(text, font, round(1 / 2.54 * dpi))
    if page:
        pages.append(page)
    return pages, (page_w, page_h)


def degrade(png, out, dpi, kind, rnd, look=None, hard=False):
    """ImageMagick turns the clean page into what a scanner or copier hands over; `look`
    fixes blur, noise and JPEG quality (BENCH_LOOK)."""
    scale = dpi / 200.0
    args = ["/usr/bin/convert", png, "-background", "white", "-rotate", f"{rnd.uniform(-0.8, 0.8):.2f}"]
    blur = f"0x{(look['blur'] if look else rnd.uniform(0.45, 0.75)) * scale:.2f}"
    if kind == "scan":
        noise = look["noise"] if look else rnd.uniform(0.15, 0.35)
        args += ["-blur", blur, "-attenuate", f"{noise:.2f}", "+noise", "Gaussian",
                 "-level", "8%,92%"]
    elif kind == "binarised":
        args += ["-blur", blur, "-threshold", f"{rnd.randrange(45, 62)}%"]
    elif kind == "bleed":
        args += ["-morphology", "Erode", f"Disk:{max(1.0, scale):.1f}", "-blur", blur,
                 "-attenuate", "0.2", "+noise", "Gaussian", "-level", "10%,90%"]
    elif kind == "photocopy":
        args += ["-blur", blur, "-level", f"0%,{rnd.randrange(70, 85)}%", "+level", f"{rnd.randrange(12, 25)}%,92%",
                 "-attenuate", f"{rnd.uniform(0.04, 0.12):.2f}", "+noise", "Impulse"]
        for _ in range(rnd.randrange(0, 3)):
            x = rnd.randrange(0, round(8 * dpi))
            args += ["-fill", "gray55", "-draw", f"rectangle {x},0 {x + rnd.randrange(1, 4)},{round(12 * dpi)}"]
    elif kind == "faded":
        thin = ["-morphology", "Dilate", "Disk:1"] if dpi >= 250 else []
        args += thin + ["-blur", blur, "-level", f"0%,{rnd.randrange(65, 80)}%"]
    quality = look["quality"] if look else rnd.choice(HARD_LOOK["qualities"] if hard else [45, 55, 65, 75, 90])
    args += ["-density", str(dpi), "-units", "PixelsPerInch", "-quality", str(quality), out]
    subprocess.run(args, check=True)
    return quality


def main():
    out = sys.argv[1]
    n = int(sys.argv[sys.argv.index("--pages") + 1])
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 7
    langs = (sys.argv[sys.argv.index("--langs") + 1] if "--langs" in sys.argv else "eng,vie").split(",")
    if n > 60:
        sys.exit("render_pages.py: at most 60 pages a run (the cores are shared)")
    rnd = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    per = max(60, n * 12)
    paras = (paragraphs("gazette.txt.gz", per, rnd) + paragraphs("laws.txt.gz", per // 2, rnd)
             + paragraphs("news-civic.txt.gz", per, rnd))
    rnd.shuffle(paras)
    look = BENCH_LOOK if "--like-bench" in sys.argv else None
    family = look["family"] if look else sorted(FONTS)[seed % len(FONTS)]
    hard = "--hard" in sys.argv and not look
    dpi = look["dpi"] if look else rnd.choice(HARD_LOOK["dpis"] if hard else DPIS)
    pages, size = layout(paras, rnd, dpi, family, look and look["size"])
    with tempfile.TemporaryDirectory() as tmp:
        for i, page in enumerate(pages[:n]):
            stem = os.path.join(out, f"p{seed:02d}{i:04d}")
            kind = look["kind"] if look else rnd.choice(HARD_LOOK["kinds"] if hard else DEGRADATIONS)
            if os.path.exists(stem + f".ocr-{langs[-1]}.txt"):
                continue
            img = Image.new("L", size, 255)
            draw = ImageDraw.Draw(img)
            for text, x, y, font in page:
                draw.text((x, y), text, font=font, fill=0)
            png, jpg = os.path.join(tmp, "p.png"), os.path.join(tmp, "p.jpg")
            img.save(png)
            quality = degrade(png, jpg, dpi, kind, rnd, look, hard)
            with open(stem + ".ref.txt", "w", encoding="utf-8") as f:
                f.write("\n".join(t for t, _, _, _ in page) + "\n")
            with open(stem + ".how.txt", "w", encoding="utf-8") as f:
                f.write(f"{family} {dpi} dpi {kind} jpeg {quality}\n")
            for lang in langs:
                env = dict(os.environ, OMP_THREAD_LIMIT="1")
                res = subprocess.run(["tesseract", jpg, "-", "-l", lang, "--dpi", str(dpi)], capture_output=True, env=env)
                with open(stem + f".ocr-{lang}.txt", "w", encoding="utf-8") as f:
                    f.write(res.stdout.decode("utf-8", "replace"))
            print(stem, family, dpi, kind, flush=True)


if __name__ == "__main__":
    main()
