"""What the bundle importer remembers of each page it wrote."""

from django.db import models


class ImportedPage(models.Model):
    """The fingerprint of the bundle data a page was last imported from, per conference bundle.

    A re-import compares each page's fingerprint with the one stored here and leaves the page alone
    when they are equal: no save, no revision. Fingerprints are kept per bundle (`source`, the
    conference slug) because one speaker or organisation appears in the bundles of several editions:
    re-importing an unchanged 2024 bundle after the 2025 one must not write the 2024 data again.
    """

    source = models.CharField(max_length=255, help_text="The slug of the conference whose bundle wrote the page.")
    fingerprint = models.CharField(max_length=64, help_text="SHA-256 of the page's data in that bundle.")
    imported_at = models.DateTimeField(auto_now=True)
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = "imported page"
        constraints = [models.UniqueConstraint(fields=["page", "source"], name="imported_page_once_per_source")]

    def __str__(self):
        return f"{self.page_id} from {self.source}"
