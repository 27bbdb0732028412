// `import BaocaoKit` gives a library user every module whose types the API takes or returns:
// the extractor and its stages, the document values, ingestion options, the writers.
@_exported import DocumentModel
@_exported import Figures
@_exported import Ingest
@_exported import Output
@_exported import Pipeline
