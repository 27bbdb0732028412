# baocao — the two commands of the README:
#   make run    install what is missing, build release, extract the samples into out/
#   make test   install what is missing, run the test suite
SWIFT    ?= swift
BAOCAO   := .build/release/baocao
OUT      ?= out
SAMPLES  := Samples/bao-cao-mau.pdf Samples/bao-cao-mau-scan.pdf Samples/bao-cao-mau.txt

# Debian packages the build and the tests need (C libraries through pkg-config, the
# Vietnamese OCR model) and those only the sample and fixture scripts need.
BUILD_PACKAGES   := pkg-config libpoppler-glib-dev libtesseract-dev libleptonica-dev tesseract-ocr-vie zlib1g-dev libjemalloc-dev libxlsxwriter-dev
# What only the tests drive beside baocao: pandoc reads the Markdown's pipe tables back,
# openpyxl reads the xlsx back, jsonschema checks JSON outputs against schema/.
TEST_PACKAGES    := pandoc python3 python3-openpyxl python3-jsonschema
SAMPLES_PACKAGES := libreoffice-writer-nogui fonts-liberation poppler-utils imagemagick img2pdf qpdf libtiff-tools
BENCH_PACKAGES   := poppler-utils tesseract-ocr tesseract-ocr-vie time ocrmypdf util-linux
# The tests' too: the review page's browser test (scripts/review-page-test.py) runs a headless
# chromium, the figure box test reads words with poppler's pdftotext.
REVIEW_PACKAGES  := chromium poppler-utils fonts-dejavu-core
# scripts/ocr-pairs (the OCR channel): its page renderer's fonts (fonts-texgyre holds TeX Gyre
# Termes' OpenType files; tex-gyre only recommends it), pillow and the English model.
CHANNEL_PACKAGES := python3-pil imagemagick tesseract-ocr-eng fonts-liberation2 fonts-texgyre fonts-freefont-ttf fonts-dejavu-core

.PHONY: run test build deps samples-deps bench-deps samples bench stress hostile hostile-run install image-check docs example clean

run: deps build
	@mkdir -p $(OUT)
	$(BAOCAO) extract $(SAMPLES) --out $(OUT) --format txt,json,md,body,csv
	@echo "== outputs"
	@for f in $(OUT)/*; do printf '%8s bytes  %s\n' "$$(wc -c < $$f)" "$$f"; done
	@echo "== the scanned sample, read by OCR (first lines)"
	@head -n 8 $(OUT)/bao-cao-mau-scan.txt
	@echo "== petition figures of the digital sample"
	@python3 scripts/show-figures.py $(OUT)/bao-cao-mau.csv

test: deps
	$(SWIFT) test

# The Swift runtime and Foundation linked in: a process starts ~25 ms sooner (fewer
# relocations), and a cluster image needs only the Debian libraries, not a Swift toolchain.
# lld, the toolchain's own linker, because GNU ld warns about a mktemp call inside the static
# Foundation that baocao never makes.
build: deps
	$(SWIFT) build -c release --static-swift-stdlib -Xswiftc -use-ld=lld --product baocao

deps:
	@scripts/apt-ensure.sh $(BUILD_PACKAGES) $(TEST_PACKAGES) $(REVIEW_PACKAGES)

# The binary into PREFIX/bin, the language model and OCR channels into PREFIX/share/baocao,
# where the model lookup finds them relative to the executable (../share/baocao).
PREFIX ?= /usr/local
MODEL_FILES := Dictionaries/vi-syllables.lm Dictionaries/ocr-channel-eng.tsv Dictionaries/ocr-channel-vie.tsv
install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/baocao
	install -m 755 $(BAOCAO) $(DESTDIR)$(PREFIX)/bin/baocao
	install -m 644 $(MODEL_FILES) $(DESTDIR)$(PREFIX)/share/baocao/

# The Dockerfile's recipe proven without a Docker engine: a debootstrap bookworm tree with only
# the image's packages runs the binary on the bench PDFs (slow: downloads Debian; not in make test).
image-check: build
	scripts/image-check.sh $(BAOCAO)

# DocC for BaocaoKit. The docc plugin is a dependency only when BAOCAO_DOCS is set, so the
# default build and CI never resolve or compile it.
docs:
	BAOCAO_DOCS=1 $(SWIFT) package --allow-writing-to-directory docs generate-documentation \
	  --target Pipeline --output-path docs --transform-for-static-hosting

# The library example under Examples/: builds against this checkout and runs on the sample PDF.
example: deps
	cd Examples/FiguresOfAReport && $(SWIFT) run figures-of-a-report ../../Samples/bao-cao-mau.pdf

samples-deps:
	@scripts/apt-ensure.sh $(SAMPLES_PACKAGES)

bench-deps:
	@scripts/apt-ensure.sh $(BENCH_PACKAGES) $(CHANNEL_PACKAGES)

# Regenerate the sample report PDFs and the ingest fixtures from Samples/source.
samples: samples-deps
	scripts/make-samples.sh
	scripts/make-fixtures.sh

# Every benchmark next to its anchor, into one Markdown file (Benchmarks/LATEST.md, written
# whole at the end so an interrupted run leaves the last one in place). Takes about 15 minutes.
bench: bench-deps build
	@{ echo "# make bench: $$(date -u '+%Y-%m-%d %H:%M') UTC, commit $$(git rev-parse --short HEAD 2>/dev/null)"; \
	   echo; python3 Benchmarks/digital.py --baocao $(BAOCAO) --repeat 3 && \
	   echo && python3 Benchmarks/scanned.py --baocao $(BAOCAO) && \
	   echo && echo "## Restoration speed (Benchmarks/restore.sh)" && echo && echo '```' && \
	   sh Benchmarks/restore.sh $(BAOCAO) && echo '```'; } > Benchmarks/LATEST.md.part
	@mv Benchmarks/LATEST.md.part Benchmarks/LATEST.md
	@echo "make bench: wrote Benchmarks/LATEST.md"

# 200 inputs (10% broken), extracted twice with a SIGKILL in the first run; checks nothing is lost.
# Then scripts/full-disk.sh: the output directory on a tmpfs that fills up (root only, else skipped).
stress: build
	scripts/stress.sh $(BAOCAO)

# Regenerate the hostile-input corpus (Tests/Fixtures/hostile) from its seeds.
hostile:
	python3 scripts/make-hostile.py

# Every hostile file alone under a 4 GB address-space cap and 120 s: crashes, hangs, outputs
# outside --out or lost, the slowest file and the largest peak RSS, as one table.
hostile-run: build
	scripts/hostile-run.sh $(BAOCAO)

clean:
	rm -rf .build $(OUT)
