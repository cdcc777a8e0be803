"""Settings shared by every environment.

Safe for production on its own: DEBUG is off and everything that differs between machines comes
from the environment. `dev.py` and `test.py` opt into conveniences; `production.py` adds the
deployment pieces (S3 media, Redis, security headers).
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_EVAL, UNSAFE_INLINE

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    """A comma-separated environment variable as a list, blanks dropped."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")

INSTALLED_APPS = [
    # Ours, in dependency order (tests/test_architecture.py): archive -> demo -> site_setup -> bundles -> feeds
    # -> sharing -> awards -> conference -> speakers -> core -> delivery.
    "archive",
    "demo",
    "site_setup",
    "bundles",
    "feeds",
    "sharing",
    "awards",
    "conference",
    "speakers",
    "core",
    "delivery",
    # The background worker and its scheduled jobs (`run_worker`); imports none of the apps above.
    "jobs",
    # Wagtail
    # Translation of pages in the admin (docs/translation.md): synchronised trees per locale, and its
    # locale management in place of wagtail.locales.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    # Purges a CDN on publish; inert until WAGTAILFRONTENDCACHE is set (production).
    "wagtail.contrib.frontend_cache",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    # Django's task framework (backport) and its database queue, read by `run_worker`.
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # Load-balancer probes by IP address: /healthz and /readyz answered before host validation.
    "core.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # A NUL byte in the path or query string is a 400, never a database error (core/security.py).
    "core.security.RejectNulBytesMiddleware",
    "core.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions: a cached page is answered without touching the session or the database.
    "delivery.page_cache.PageCacheMiddleware",
    # Inside the page cache: admin, previews, search and restricted pages marked private first.
    "core.security.PrivateCacheControlMiddleware",
    # Wagtail's site lookup answered from memory under the content version (delivery/sites.py).
    "delivery.sites.RememberedSiteMiddleware",
    # The language comes from the path alone (/zh-hans/… or English), never from a cookie or header.
    "core.languages.PathLanguageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so it is the first to see a view's exception: a lost database or media store is a 503.
    "delivery.outages.OutageMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# dj-database-url syntax; without DATABASE_URL, SQLite in the project root.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The site in English (the default, today's URLs) and Simplified Chinese under /zh-hans/
# (docs/architecture.md, "Languages"). Interface strings: locale/<language>/LC_MESSAGES/django.po.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("zh-hans", "简体中文")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Wagtail's page editor posts many fields for a conference with dozens of participants.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
# Whole pages for anonymous readers (delivery/page_cache.py); off unless production turns it on.
PAGE_CACHE_SECONDS = 0
CDN_CACHE_SECONDS = 0

# --- Background tasks (django-tasks, the backport of Django 6's task framework) --------------------
# Tasks are rows in the database, run by `manage.py run_worker` (jobs/). Wagtail enqueues its own
# search-index and reference-index updates here too, so publishing does not wait for them; with no
# worker running they wait in the queue. Tests run tasks at once (test.py).
# https://docs.djangoproject.com/en/6.0/topics/tasks/ https://github.com/RealOrangeOne/django-tasks-db
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}

# --- Content security policy (django-csp 4) ------------------------------------------------------
# Public pages carry no inline script or style, so the policy needs no nonce and a cached page or a
# CDN copy can be served to anyone. JSON-LD (`type="application/ld+json"`) is a data block that
# browsers never execute, so script-src does not apply to it. https://django-csp.readthedocs.io/
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "media-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": env_list(
            "DJANGO_CSP_FRAME_SRC",
            "https://www.youtube-nocookie.com,https://www.youtube.com,https://player.vimeo.com",
        ),
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# The Wagtail admin still relies on inline scripts and styles, eval in some choosers, data and blob
# images while uploading, Gravatar avatars and an iframe of its own for previews (the preview panel
# and the Checks panel, which reads that frame): core/csp.py loosens the policy this far under the
# admin's URL only; public pages still frame nothing but the video hosts.
CONTENT_SECURITY_POLICY_ADMIN_UPDATE = {
    "script-src": [UNSAFE_INLINE, UNSAFE_EVAL],
    "frame-src": [SELF],
    "style-src": [UNSAFE_INLINE],
    "img-src": ["blob:", "https://www.gravatar.com"],
    "connect-src": ["https://releases.wagtail.org"],
}
CONTENT_SECURITY_POLICY_ADMIN_REPLACE = {"frame-ancestors": [SELF]}

# --- Wagtail -------------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Conference Reports"
# The one public address, e.g. https://reports.example.org: `migrate` writes it into the default Site,
# from which Wagtail builds every absolute URL (core/site_url.py). Empty leaves the Site as it is.
SITE_URL = os.environ.get("DJANGO_SITE_URL", "").strip().rstrip("/")
# Links in the admin's notification e-mails; WAGTAILADMIN_BASE_URL still overrides for a separate admin host.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or SITE_URL or None
# No Gravatar: editors' e-mail hashes stay here, and avatars do not break offline.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A page submitted for translation starts as a draft, even when its source is live: otherwise the
# untranslated English copy would be published under /zh-hans/ (docs/translation.md).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}

# Editors are warned when someone else saved the page since they opened it.
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_MODERATION_ENABLED = True

# Upload limits: Wagtail caps images but leaves documents unlimited unless told.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 25 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
# Documents are served by Django so privacy rules apply, with a download disposition.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Uploads are refused with a form error while the media storage is unreachable (core/media_forms.py),
# and images over the pixel limit are refused from their header before any decoding (core/uploads.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.uploads.UploadCheckedImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.media_forms.StorageCheckedDocumentForm"

# Renditions may live apart from originals (production: a public-read location; core/storage.py).
WAGTAILIMAGES_RENDITION_STORAGE = "core.storage.rendition_storage"

WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "bmp": "png", "webp": "webp"}

WAGTAILEMBEDS_RESPONSIVE_HTML = True

# A renamed or moved page leaves a 301 from its old URL (Wagtail's default, stated so it stays on).
# https://docs.wagtail.org/en/stable/reference/contrib/redirects.html#automatic-redirect-creation
WAGTAILREDIRECTS_AUTO_CREATE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}
