"""The content security policy: strict on public pages, loosened for the Wagtail admin only.

django-csp builds the header from `CONTENT_SECURITY_POLICY`; this middleware adds the admin's
extra sources (`CONTENT_SECURITY_POLICY_ADMIN_UPDATE` and `_REPLACE`) to responses under the admin's
URL, where Wagtail still needs inline scripts and styles.
https://django-csp.readthedocs.io/en/latest/configuration.html

A preview is a page rendered for the admin: Wagtail builds a dummy request for the page's public
URL, runs it through the middleware and marks it `is_dummy` for middleware to recognise
(`wagtail.models.preview.PreviewableMixin.make_preview_request`). Its response is served inside the
admin's preview panel, so it takes the admin's policy (framed by the admin; the userbar's checks).
"""

from csp.middleware import CSPMiddleware

from django.conf import settings

from delivery.url_prefixes import url_prefix


def admin_prefix():
    return url_prefix("wagtailadmin_home")


def is_for_admin(request):
    return getattr(request, "is_dummy", False) or request.path_info.startswith(admin_prefix())


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        # A view's own csp_update/csp_replace decorator wins over the admin defaults.
        if not report_only and is_for_admin(request):
            if parts.update is None:
                parts.update = settings.CONTENT_SECURITY_POLICY_ADMIN_UPDATE
            if parts.replace is None:
                parts.replace = settings.CONTENT_SECURITY_POLICY_ADMIN_REPLACE
        return parts
