"""Choosers for speakers and organisations, built on Wagtail's `ChooserViewSet`.

https://docs.wagtail.org/en/stable/extending/generic_views.html#chooserviewset

Registering a viewset also registers its widget for every ForeignKey to its model, so session
participants, award recipients and sponsorships get these choosers instead of the plain page
chooser. Compared with the page chooser they search by any spelling and either name order, show
the photo or logo and the current position, and have a "Create" tab that adds a missing speaker or
organisation as a page under its directory, without leaving the page being edited.
"""

from django.utils.functional import cached_property
from django.utils.text import slugify

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale

from ..models import OrganisationIndexPage, OrganisationPage, SpeakerIndexPage, SpeakerPage
from .columns import CurrentPositionColumn, PublicationColumn, ThumbnailColumn
from .forms import NewOrganisationForm, NewSpeakerForm
from .search import SpellingSearchForm


class PageCreationMixin:
    """The "Create" tab adds a page under the directory page, with the editor's page permissions.

    Like Wagtail's own page creation: a draft with a first revision, published at once only when the
    user may publish in that directory (Moderators); an editor's new speaker waits for a moderator.
    """

    parent_model = None

    @cached_property
    def parent_page(self):
        return self.parent_model.objects.get(locale=Locale.get_default())

    def can_create(self):
        return self.parent_page.permissions_for_user(self.request.user).can_add_subpage()

    def save_form(self, form):
        page = form.save()
        page.slug = find_available_slug(self.parent_page, slugify(page.title, allow_unicode=True) or "page")
        page.live = False
        self.parent_page.add_child(instance=page)
        revision = page.save_revision(user=self.request.user, log_action=True)
        if self.parent_page.permissions_for_user(self.request.user).can_publish_subpage():
            revision.publish(user=self.request.user)
        return page


class SpeakerResultsMixin:
    filter_form_class = SpellingSearchForm

    @property
    def columns(self):
        return [
            ThumbnailColumn("photo", label="Photo", width="60px"),
            self.title_column,
            CurrentPositionColumn("position", label="Current position"),
            PublicationColumn("live", label="Status", width="12%"),
        ]


class OrganisationResultsMixin:
    filter_form_class = SpellingSearchForm

    @property
    def columns(self):
        return [
            ThumbnailColumn("logo", label="Logo", width="60px"),
            self.title_column,
            PublicationColumn("live", label="Status", width="12%"),
        ]


class SpeakerChosenMixin:
    """The chosen speaker's current position and employer travel with the choice, so the session
    form can pre-fill "position as of this session" (static/admin_ext/participant_prefill.js)."""

    def get_chosen_response_data(self, item):
        data = super().get_chosen_response_data(item)
        organisation = item.organisation
        data["position"] = item.position
        data["organisation"] = (
            {
                "id": str(organisation.pk),
                "title": organisation.title,
                "edit_url": AdminURLFinder(user=self.request.user).get_edit_url(organisation),
            }
            if organisation
            else None
        )
        return data


class SpeakerChooseView(SpeakerResultsMixin, PageCreationMixin, chooser_views.ChooseView):
    parent_model = SpeakerIndexPage


class SpeakerChooseResultsView(SpeakerResultsMixin, PageCreationMixin, chooser_views.ChooseResultsView):
    parent_model = SpeakerIndexPage


class SpeakerChosenView(SpeakerChosenMixin, chooser_views.ChosenView):
    pass


class SpeakerChosenMultipleView(SpeakerChosenMixin, chooser_views.ChosenMultipleView):
    pass


class SpeakerCreateView(SpeakerChosenMixin, PageCreationMixin, chooser_views.CreateView):
    parent_model = SpeakerIndexPage


class OrganisationChooseView(OrganisationResultsMixin, PageCreationMixin, chooser_views.ChooseView):
    parent_model = OrganisationIndexPage


class OrganisationChooseResultsView(OrganisationResultsMixin, PageCreationMixin, chooser_views.ChooseResultsView):
    parent_model = OrganisationIndexPage


class OrganisationCreateView(PageCreationMixin, chooser_views.CreateView):
    parent_model = OrganisationIndexPage


class PageModelChooserWidget(BaseChooser):
    """Shows the chosen page's admin title (a draft speaker's name, too)."""

    def get_display_title(self, instance):
        return instance.get_admin_display_title()


class SpeakerChooserViewSet(ChooserViewSet):
    model = SpeakerPage
    icon = "user"
    choose_one_text = "Choose a speaker"
    choose_another_text = "Choose another speaker"
    edit_item_text = "Edit speaker"
    page_title = "Find a speaker by any spelling"
    creation_tab_label = "New speaker"
    create_action_label = "Create speaker"
    creation_form_class = NewSpeakerForm
    per_page = 20
    base_widget_class = PageModelChooserWidget
    choose_view_class = SpeakerChooseView
    choose_results_view_class = SpeakerChooseResultsView
    chosen_view_class = SpeakerChosenView
    chosen_multiple_view_class = SpeakerChosenMultipleView
    create_view_class = SpeakerCreateView

    def get_object_list(self):
        return (
            SpeakerPage.objects.select_related("photo", "organisation")
            .prefetch_related("photo__renditions")
            .order_by("sort_name", "title")
        )


class OrganisationChooserViewSet(ChooserViewSet):
    model = OrganisationPage
    icon = "group"
    choose_one_text = "Choose an organisation"
    choose_another_text = "Choose another organisation"
    edit_item_text = "Edit organisation"
    page_title = "Find an organisation by any spelling"
    creation_tab_label = "New organisation"
    create_action_label = "Create organisation"
    creation_form_class = NewOrganisationForm
    per_page = 20
    base_widget_class = PageModelChooserWidget
    choose_view_class = OrganisationChooseView
    choose_results_view_class = OrganisationChooseResultsView
    create_view_class = OrganisationCreateView

    def get_object_list(self):
        return OrganisationPage.objects.select_related("logo").prefetch_related("logo__renditions").order_by("title")


speaker_chooser_viewset = SpeakerChooserViewSet("speaker_chooser", url_prefix="speakers/choose")
organisation_chooser_viewset = OrganisationChooserViewSet("organisation_chooser", url_prefix="organisations/choose")
