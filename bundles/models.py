"""The bundle importer keeps no model of its own: what it imported is in core's record (core/imports.py)."""
