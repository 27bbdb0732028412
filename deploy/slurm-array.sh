#!/usr/bin/env bash
# baocao over an archive as a Slurm job array: task i takes shard i of the array's size.
#   sbatch deploy/slurm-array.sh /shared/archive /shared/out
#   (after the array finishes)
#   baocao merge /shared/out/shard-* --csv /shared/out/figures.csv --manifest /shared/out/manifest.jsonl
# Resubmitting the same array resumes: each shard skips what its manifest says is done.
#SBATCH --job-name=baocao
#SBATCH --array=0-15
#SBATCH --cpus-per-task=2
#SBATCH --mem=4G
#SBATCH --time=12:00:00
#SBATCH --output=baocao-%A_%a.log
set -euo pipefail
archive="${1:?archive directory}"
out="${2:?output directory}"
# The Dockerfile's image through Apptainer (the usual container runtime of Slurm clusters),
# or a baocao on PATH (make install) with BAOCAO=baocao.
baocao=(${BAOCAO:-apptainer exec docker://registry.example.org/baocao:latest baocao})
# baocao reads SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_MIN and SLURM_ARRAY_TASK_COUNT itself.
exec "${baocao[@]}" extract "$archive" --out "$out/shard-${SLURM_ARRAY_TASK_ID}" \
  --format json,csv --jobs "${SLURM_CPUS_PER_TASK:-2}"
