"""Admin views for the report of one conference: its progress, its scheduled publication, its next edition.

Each is an ordinary Django view inside the Wagtail admin (registered through `register_admin_urls`,
so only signed-in admin users reach it) and checks the page permissions that match its action:
editing the conference to see its progress, publishing every page to schedule them, adding a page
beside it to copy it as the next edition, starting translations (and editing it) to translate it,
editing a translated page to submit its translation for review.
https://docs.wagtail.org/en/stable/extending/admin_views.html
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.views.generic import FormView, TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page

from ..models import ConferencePage
from .access import can_follow_reports
from .copying import copy_as_next_edition
from .forms import NextEditionForm, ScheduleReportForm, TranslateReportForm
from .progress import report_progress
from .report_translation import can_translate_report, plan_report_translation, translate_report
from .scheduling import can_schedule, pages_to_schedule, schedule_pages
from .translation_progress import add_translation_statuses
from .translation_review import can_submit_translation, submit_translation_for_review, synced_translation


class ReportIndexView(WagtailAdminTemplateMixin, TemplateView):
    """Every edition, newest first, each linking to its progress page."""

    page_title = "Conference reports"
    header_icon = "calendar-alt"
    template_name = "conference/admin/report_index.html"

    def get_breadcrumbs_items(self):
        # Without its own item the header would be titled by the last one: "Home".
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def dispatch(self, request, *args, **kwargs):
        if not can_follow_reports(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Translations are followed in the language columns of the original's progress page.
        context["conferences"] = ConferencePage.objects.filter(locale=Locale.get_default()).order_by(
            "-start_date", "-pk"
        )
        return context


class ConferenceToolMixin(WagtailAdminTemplateMixin):
    """Loads the conference from the URL and refuses users who lack `permission_required`."""

    header_icon = "calendar-alt"

    @cached_property
    def conference(self):
        return get_object_or_404(ConferencePage, pk=self.kwargs["pk"])

    def has_permission(self, user):
        raise NotImplementedError

    def dispatch(self, request, *args, **kwargs):
        if not self.has_permission(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.conference.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("conference_editing:index"), "label": "Conference reports"},
            {"url": reverse("wagtailadmin_pages:edit", args=(self.conference.pk,)), "label": self.get_page_subtitle()},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["conference"] = self.conference
        return context


class ReportProgressView(ConferenceToolMixin, TemplateView):
    page_title = "Report progress"
    template_name = "conference/admin/report_progress.html"

    def has_permission(self, user):
        return self.conference.permissions_for_user(user).can_edit()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["progress"] = add_translation_statuses(report_progress(self.conference), self.request.path)
        context["can_schedule"] = self.conference.permissions_for_user(self.request.user).can_publish()
        context["can_translate"] = can_translate_report(self.request.user, self.conference)
        return context


class ScheduleReportView(ConferenceToolMixin, FormView):
    page_title = "Schedule the report"
    template_name = "conference/admin/schedule_report.html"
    form_class = ScheduleReportForm

    @cached_property
    def pages(self):
        return pages_to_schedule(self.conference)

    def has_permission(self, user):
        return self.conference.permissions_for_user(user).can_publish() and can_schedule(user, self.pages)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["pages"] = self.pages
        return context

    def form_valid(self, form):
        go_live_at = form.cleaned_data["go_live_at"]
        revisions = schedule_pages(self.pages, go_live_at, self.request.user)
        messages.success(
            self.request, f"{len(revisions)} pages will go live at {go_live_at:%Y-%m-%d %H:%M} ({go_live_at:%Z})."
        )
        return redirect("conference_editing:progress", pk=self.conference.pk)


class NextEditionView(ConferenceToolMixin, FormView):
    page_title = "Copy as the next edition"
    template_name = "conference/admin/next_edition.html"
    form_class = NextEditionForm

    def has_permission(self, user):
        permissions = self.conference.permissions_for_user(user)
        return permissions.can_copy() and permissions.can_copy_to(self.conference.get_parent())

    def get_initial(self):
        return NextEditionForm.suggestions(self.conference)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "conference": self.conference}

    def form_valid(self, form):
        next_edition = copy_as_next_edition(self.conference, user=self.request.user, **form.cleaned_data)
        messages.success(self.request, f"'{next_edition.title}' created as a draft, without sessions.")
        return redirect("wagtailadmin_pages:edit", next_edition.pk)


class TranslateReportView(ConferenceToolMixin, FormView):
    """Asks which language, shows what will be translated into each, and translates on POST."""

    page_title = "Translate the report"
    template_name = "conference/admin/translate_report.html"
    form_class = TranslateReportForm

    def has_permission(self, user):
        return can_translate_report(user, self.conference)

    def get_form_kwargs(self):
        locales = Locale.objects.exclude(pk=self.conference.locale_id).order_by("language_code")
        return {**super().get_form_kwargs(), "locales": locales}

    def get_initial(self):
        return {"locale": Locale.objects.exclude(pk=self.conference.locale_id).order_by("language_code").first()}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["plans"] = [
            plan_report_translation(self.conference, locale) for locale in context["form"].fields["locale"].queryset
        ]
        return context

    def form_valid(self, form):
        locale = form.cleaned_data["locale"]
        plan = plan_report_translation(self.conference, locale)
        made = translate_report(plan, self.request.user)
        language = locale.get_display_name()
        if made:
            message = (
                f"{len(made)} pages are now drafts in {language}, ready in the translation editor: "
                f"{plan.to_translate_summary}."
            )
        else:
            message = f"Every page of the report already has a {language} translation."
        if plan.translated:
            message += f" Left as they were, already translated: {plan.translated_summary}."
        messages.success(self.request, message)
        return redirect("conference_editing:progress", pk=self.conference.pk)


class SubmitTranslationView(WagtailAdminTemplateMixin, TemplateView):
    """Confirms, then (POST) saves a page's translation as a draft and submits it to its workflow."""

    page_title = "Submit the translation for review"
    header_icon = "globe"
    template_name = "conference/admin/submit_translation.html"

    @cached_property
    def page(self):
        return get_object_or_404(Page, pk=self.kwargs["page_id"]).specific

    @cached_property
    def translation(self):
        if (translation := synced_translation(self.page)) is None:
            raise Http404("This page is not a translation made in the translation editor.")
        return translation

    def dispatch(self, request, *args, **kwargs):
        if not can_submit_translation(request.user, self.page):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailadmin_pages:edit", args=(self.page.pk,)), "label": self.get_page_subtitle()},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        total, translated = self.translation.get_progress()
        context.update(
            page=self.page,
            translation=self.translation,
            workflow=self.page.get_workflow(),
            total=total,
            untranslated=total - translated,
        )
        return context

    def post(self, request, *args, **kwargs):
        submit_translation_for_review(self.translation, self.page, request.user)
        messages.success(
            request,
            f"'{self.page.get_admin_display_title()}' was submitted to {self.page.get_workflow().name}.",
        )
        return redirect("wagtailadmin_pages:edit", self.page.pk)
