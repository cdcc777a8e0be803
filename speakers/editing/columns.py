"""Chooser table columns: a thumbnail, a person's current position, a page's publication state."""

from wagtail.admin.ui.tables import Column


class ThumbnailColumn(Column):
    """A small square of the image in `accessor` (a speaker's photo, an organisation's logo)."""

    cell_template_name = "speakers/admin/thumbnail_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["image"] = getattr(instance, self.accessor)
        return context


class CurrentPositionColumn(Column):
    """'Deputy General Manager, SMM': what the person does now, to tell namesakes apart."""

    cell_template_name = "speakers/admin/position_cell.html"


class PublicationColumn(Column):
    """Live or draft: a draft speaker is not yet visible on the public site."""

    cell_template_name = "speakers/admin/publication_cell.html"
