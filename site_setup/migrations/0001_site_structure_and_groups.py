"""The site's fixed skeleton, and the Editors and Moderators groups that work in it.

Wagtail's own migrations create a welcome page, a default site and the two groups with rights on the
whole tree. This replaces the welcome page with our home page and its three sections, narrows
Editors to creating and editing in those sections (no publishing), keeps publishing with
Moderators, and puts the events section under a moderation workflow.

This migration was the former `reports` app's first one. A database built before that app was split
has the skeleton already, with editors' work on top: there it records itself and changes nothing.
"""

import uuid

from django.db import migrations
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

SECTIONS = [
    ("conference", "conferenceindexpage", "Events", "events"),
    ("speakers", "speakerindexpage", "Speakers", "speakers"),
    ("speakers", "organisationindexpage", "Organisations", "organisations"),
]
PAGE_PERMISSIONS = {
    "add_page": "Can add page",
    "change_page": "Can change page",
    "publish_page": "Publish any page",
    "lock_page": "Lock/unlock pages you've locked",
    "unlock_page": "Unlock any page",
}
EDITOR_CODENAMES = ["add_page", "change_page", "lock_page"]
MODERATOR_CODENAMES = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]


def create_page(apps, app_label, model, *, title, slug, path, depth, numchild, url_path, locale, show_in_menus):
    ContentType = apps.get_model("contenttypes.ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    now = timezone.now()
    return apps.get_model(app_label, model).objects.create(
        title=title,
        draft_title=title,
        slug=slug,
        content_type=content_type,
        path=path,
        depth=depth,
        numchild=numchild,
        url_path=url_path,
        locale=locale,
        live=True,
        show_in_menus=show_in_menus,
        first_published_at=now,
        last_published_at=now,
        translation_key=uuid.uuid4(),
    )


def built_before_the_split(connection):
    return ("reports", "0001_site_structure_and_groups") in MigrationRecorder(connection).applied_migrations()


def build_site(apps, schema_editor):
    if built_before_the_split(schema_editor.connection):
        return
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")

    page_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    Page.objects.filter(content_type=page_type, depth=2, slug="home").delete()
    locale = Locale.objects.order_by("pk").first()

    home = create_page(
        apps, "core", "homepage", title="Conference Reports", slug="home", path="00010001",
        depth=2, numchild=len(SECTIONS), url_path="/home/", locale=locale, show_in_menus=False,
    )
    for position, (app_label, model, title, slug) in enumerate(SECTIONS, start=1):
        create_page(
            apps, app_label, model, title=title, slug=slug, path=f"00010001{position:04d}",
            depth=3, numchild=0, url_path=f"/home/{slug}/", locale=locale, show_in_menus=True,
        )
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page_id=home.pk, is_default_site=True, site_name="Conference Reports"
    )
    set_up_groups(apps, home)


def set_up_groups(apps, home):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    Page = apps.get_model("wagtailcore.Page")

    page_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    permissions = {
        codename: Permission.objects.get_or_create(
            content_type=page_type, codename=codename, defaults={"name": name}
        )[0]
        for codename, name in PAGE_PERMISSIONS.items()
    }
    editors, _ = Group.objects.get_or_create(name="Editors")
    moderators, _ = Group.objects.get_or_create(name="Moderators")
    GroupPagePermission.objects.filter(group__in=[editors, moderators]).delete()

    sections = Page.objects.filter(depth=3, path__startswith=home.path)
    for section in sections:
        for codename in EDITOR_CODENAMES:
            GroupPagePermission.objects.create(group=editors, page=section, permission=permissions[codename])
    for codename in MODERATOR_CODENAMES:
        GroupPagePermission.objects.create(group=moderators, page=home, permission=permissions[codename])

    create_events_workflow(apps, sections.get(slug="events"), moderators)


def create_events_workflow(apps, events, moderators):
    ContentType = apps.get_model("contenttypes.ContentType")
    Workflow = apps.get_model("wagtailcore.Workflow")
    WorkflowTask = apps.get_model("wagtailcore.WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore.WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore.GroupApprovalTask")

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.create(name="Moderator review", content_type=task_type, active=True)
    task.groups.set([moderators])
    workflow = Workflow.objects.create(name="Conference report review", active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=events, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0002_initial_data"),
        ("wagtaildocs", "0002_initial_data"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("core", "0001_initial"),
        ("speakers", "0001_initial"),
        ("conference", "0002_initial"),
        ("awards", "0003_initial"),
    ]

    # No reverse: unapplying would have to guess what editors built on top of the skeleton.
    operations = [migrations.RunPython(build_site, migrations.RunPython.noop)]
