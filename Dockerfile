# baocao for a cluster: Debian's runtime libraries, the statically linked binary `make build`
# makes (Swift runtime and Foundation inside it, so no toolchain), and the language model.
#   make build && docker build -t registry.example.org/baocao:latest .
# deploy/kubernetes-indexed-job.yaml and deploy/slurm-array.sh run this image.
# scripts/image-check.sh (make image-check) proves the recipe without a Docker engine.
FROM debian:bookworm-slim

# The one list of runtime packages; image-check.sh installs the same file. libcurl3-nss:
# tesseract.pc links -lcurl, which on the build machine (libcurl4-nss-dev) is libcurl-nss.
COPY deploy/runtime-packages.txt /tmp/runtime-packages.txt
RUN apt-get update \
 && xargs apt-get install -y --no-install-recommends < /tmp/runtime-packages.txt \
 && rm -rf /var/lib/apt/lists/* /tmp/runtime-packages.txt

# The model where the binary looks for it: ../share/baocao beside bin/.
COPY Dictionaries/vi-syllables.lm Dictionaries/ocr-channel-eng.tsv Dictionaries/ocr-channel-vie.tsv /usr/local/share/baocao/
COPY .build/release/baocao /usr/local/bin/baocao

USER nobody
WORKDIR /tmp
ENTRYPOINT ["baocao"]
CMD ["--help"]
