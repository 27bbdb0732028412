// The Ingest stage of baocao; see README.md for where it stands in the pipeline.
