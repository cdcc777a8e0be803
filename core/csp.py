"""The content security policy: strict on public pages, loosened for the Wagtail admin only.

django-csp builds the header from `CONTENT_SECURITY_POLICY`; this middleware adds the admin's
extra sources (`CONTENT_SECURITY_POLICY_ADMIN_UPDATE` and `_REPLACE`) to responses under the admin's
URL, where Wagtail still needs inline scripts and styles.
https://django-csp.readthedocs.io/en/latest/configuration.html
"""

from csp.middleware import CSPMiddleware

from django.conf import settings

from delivery.url_prefixes import url_prefix


def admin_prefix():
    return url_prefix("wagtailadmin_home")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        # A view's own csp_update/csp_replace decorator wins over the admin defaults.
        if not report_only and request.path_info.startswith(admin_prefix()):
            if parts.update is None:
                parts.update = settings.CONTENT_SECURITY_POLICY_ADMIN_UPDATE
            if parts.replace is None:
                parts.replace = settings.CONTENT_SECURITY_POLICY_ADMIN_REPLACE
        return parts
