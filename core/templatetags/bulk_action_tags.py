"""Bulk action buttons offered only to users who may use them.

Wagtail's `bulk_action_choices` tag lists every registered action to everyone and refuses
afterwards, page by page; it has no hook to filter by user, so the listing footer calls this tag
instead (templates/wagtailadmin/bulk_actions/footer.html).
"""

from django import template
from django.urls import reverse

from wagtail.admin.templatetags.wagtailadmin_tags import bulk_action_choices
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

register = template.Library()

# Page bulk actions that need the publish permission: Wagtail checks it per page on use.
PUBLISHING_ACTIONS = ("publish", "unpublish")


def refused_action_urls(user, app_label, model_name):
    """The bulk action URLs of this listing that the user may use on no object at all."""
    opts = Page._meta
    if (app_label, model_name) != (opts.app_label, opts.model_name):
        return set()
    if PagePermissionPolicy().user_has_permission(user, "publish"):
        return set()
    return {reverse("wagtail_bulk_action", args=[app_label, model_name, action]) for action in PUBLISHING_ACTIONS}


@register.inclusion_tag("wagtailadmin/shared/buttons.html", takes_context=True)
def permitted_bulk_action_choices(context, app_label, model_name):
    choices = bulk_action_choices(context, app_label, model_name)
    refused = refused_action_urls(context["request"].user, app_label, model_name)
    choices["buttons"] = [button for button in choices["buttons"] if button.url not in refused]
    return choices
