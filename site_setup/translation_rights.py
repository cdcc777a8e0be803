"""The groups' page rights and the moderation workflows, shared with every translation of a page.

Wagtail attaches group page permissions and workflows to pages and applies them to the pages below.
Each language has its own tree under Root, so the rights set on the English home page and sections
(site_setup/migrations/0001_…) do not reach the Chinese ones. Here every translation of a page that
carries rights or a workflow in the default language gets the same: Editors may add and edit in the
Chinese sections, Moderators publish anywhere under the Chinese home page, and the Chinese events
section runs the "Conference report review" workflow. What a translation has already is kept.

It takes an app registry so that data migrations (historical models) and the running site share it:
migration 0003 applies it to existing databases, and a `copy_for_translation_done` receiver (see
apps.py) applies it to each page translated later, by `translate_skeleton` or in the admin.
"""

from collections import defaultdict

from django.conf import settings

# The right to start translations (wagtail-localize's "Translate this page" and the report's
# "Translate the report"), given to both groups.
TRANSLATORS = ["Editors", "Moderators"]


def share_rights_with_translations(apps, translation_keys=None):
    """Copy missing group page permissions and workflows from default-language pages to their
    translations, for the pages with `translation_keys` (all when None); the number of rows made."""
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")

    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if default is None:
        return 0
    in_default = {"page__locale": default}
    if translation_keys is not None:
        in_default["page__translation_key__in"] = translation_keys
    permissions = defaultdict(set)
    for key, group_id, permission_id in GroupPagePermission.objects.filter(**in_default).values_list(
        "page__translation_key", "group_id", "permission_id"
    ):
        permissions[key].add((group_id, permission_id))
    workflows = dict(WorkflowPage.objects.filter(**in_default).values_list("page__translation_key", "workflow_id"))

    made = 0
    translations = Page.objects.filter(translation_key__in=set(permissions) | set(workflows)).exclude(locale=default)
    for page_id, key in translations.values_list("pk", "translation_key"):
        for group_id, permission_id in permissions.get(key, ()):
            made += GroupPagePermission.objects.get_or_create(
                page_id=page_id, group_id=group_id, permission_id=permission_id
            )[1]
        if key in workflows:
            made += WorkflowPage.objects.get_or_create(page_id=page_id, defaults={"workflow_id": workflows[key]})[1]
    return made


def let_groups_translate(apps):
    """Give Editors and Moderators wagtail-localize's `submit_translation` permission."""
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    permission = Permission.objects.filter(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    ).first()
    if permission is None:
        return
    for group in Group.objects.filter(name__in=TRANSLATORS):
        group.permissions.add(permission)
