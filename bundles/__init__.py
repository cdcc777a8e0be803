"""The conference bundle: one conference in a JSON file, with its images beside it.

`reader.read_bundle(path)` validates a file, `importer.import_bundle(bundle)` creates or updates its
pages in one transaction, and `exporter.export_conference(page, path)` writes one back. The format is
described in docs/conference-bundle.md and checked by conference-bundle.schema.json.
"""
