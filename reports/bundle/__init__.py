"""The conference bundle: one conference in a JSON file, with its images beside it.

`read_bundle(path)` validates a file, `import_bundle(bundle)` creates or updates its pages in one
transaction, and `export_conference(page, path)` writes one back. The format is described in
docs/conference-bundle.md and checked by conference-bundle.schema.json.
"""

from .errors import BundleError, Problem
from .exporter import ExportError, export_conference, find_conference
from .importer import ImportResult, import_bundle
from .reader import Bundle, parse, read_bundle

__all__ = [
    "Bundle",
    "BundleError",
    "ExportError",
    "ImportResult",
    "Problem",
    "export_conference",
    "find_conference",
    "import_bundle",
    "parse",
    "read_bundle",
]
