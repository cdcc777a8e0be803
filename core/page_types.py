"""Page types whose children are the types that name them as parent, so a lower app need not name a higher one.

Wagtail's `subpage_types` lists a page's child types by name; the home page and the conference
would have to name apps above them (speakers, conference, awards). Left unset, Wagtail allows every
page type, the bare `Page` included. With this mixin a page allows exactly the types whose own
`parent_page_types` name it: each child declares where it belongs, the parent names nothing.
https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.subpage_types
"""

from wagtail.models import get_page_models


class ChildTypesNameTheirParent:
    @classmethod
    def clean_subpage_models(cls):
        if cls._clean_subpage_models is None:
            cls._clean_subpage_models = [
                model
                for model in get_page_models()
                if getattr(model, "parent_page_types", None) is not None and cls in model.clean_parent_page_models()
            ]
        return cls._clean_subpage_models
