# baocao — the two commands of the README:
#   make run    install what is missing, build release, extract the samples into out/
#   make test   install what is missing, run the test suite
SWIFT    ?= swift
BAOCAO   := .build/release/baocao
OUT      ?= out
SAMPLES  := Samples/bao-cao-mau.pdf Samples/bao-cao-mau-scan.pdf Samples/bao-cao-mau.txt

# Debian packages the build and the tests need (C libraries through pkg-config, the
# Vietnamese OCR model) and those only the sample and fixture scripts need.
BUILD_PACKAGES   := pkg-config libpoppler-glib-dev libtesseract-dev libleptonica-dev tesseract-ocr-vie zlib1g-dev libjemalloc-dev
# What only the tests drive beside baocao: pandoc reads the Markdown's pipe tables back.
TEST_PACKAGES    := pandoc
SAMPLES_PACKAGES := libreoffice-writer-nogui fonts-liberation poppler-utils imagemagick img2pdf qpdf libtiff-tools
BENCH_PACKAGES   := poppler-utils tesseract-ocr tesseract-ocr-vie time ocrmypdf util-linux
# scripts/ocr-pairs (the OCR channel): its page renderer's fonts, pillow and the English model.
CHANNEL_PACKAGES := python3-pil imagemagick tesseract-ocr-eng fonts-liberation2 tex-gyre fonts-freefont-ttf fonts-dejavu-core

.PHONY: run test build deps samples-deps bench-deps samples bench stress hostile hostile-run clean

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
	@scripts/apt-ensure.sh $(BUILD_PACKAGES) $(TEST_PACKAGES)

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
