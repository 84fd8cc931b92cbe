"""The one settings module. Every deployment differs only by environment variables.

`.env.example` lists each variable this module reads. Secrets have no default outside
development: with DJANGO_DEBUG off, a missing DJANGO_SECRET_KEY stops the start-up.
"""

from __future__ import annotations

import os
import warnings
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", default=True)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is false.")
    SECRET_KEY = "django-insecure-local-development-only"

ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"] if DEBUG else []
)

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.messages",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    "eligibility",
    "webapp",
    "workspace",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After static files: no-store on every answer, and 503 while the database is away.
    "webapp.middleware.SecurityRules",
    "webapp.middleware.DatabaseUnavailable",
    # The API's requests leave here for API_MIDDLEWARE; pages go on.
    "webapp.middleware.ApiStack",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # Last: it reads the outcome of the login views (django-axes' rule).
    "axes.middleware.AxesMiddleware",
]
# The API sets and reads no cookie, takes no form and renders no HTML: after the rules above
# it needs only its language, the host check (CommonMiddleware) and the 503.
API_MIDDLEWARE = [
    "webapp.middleware.DatabaseUnavailable",
    "webapp.middleware.ApiLanguage",
    "django.middleware.common.CommonMiddleware",
]
# HTML pages under /api/ (the API's docs page and its script): they get the pages' stack.
API_PAGES = ["/api/v1/docs/"]

ROOT_URLCONF = "webapp.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "webapp.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The cache holds the rate limits and the count of short-code misses. With REDIS_URL
# (redis://host:6379/0) every process and server shares one Redis, so each limit holds
# per client however many workers answer; without it each process counts on its own
# (fine for one `runserver`; with N processes a limit lets through up to N times as much).
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "eligibility"),
            # A Redis that does not answer fails the request within a second, not a minute.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Days an anonymous saved check is kept after its last save; `manage.py purge_checks`
# deletes the expired ones.
_retention = (os.environ.get("CHECK_RETENTION_DAYS") or "30").strip()
if not _retention.isdigit() or int(_retention) < 1:
    raise ImproperlyConfigured("CHECK_RETENTION_DAYS must be a whole number of days, 1 or more.")
CHECK_RETENTION_DAYS = int(_retention)

# Who runs this site, for the contact page and the privacy statement (optional; without
# them the pages name the executing agencies only).
SITE_OPERATOR = os.environ.get("SITE_OPERATOR", "").strip()
SITE_CONTACT_EMAIL = os.environ.get("SITE_CONTACT_EMAIL", "").strip()
SITE_CONTACT_PHONE = os.environ.get("SITE_CONTACT_PHONE", "").strip()

# Dutch first, English second (see STYLE.md: English code, Dutch law).
LANGUAGE_CODE = "nl"
LANGUAGES = [
    ("nl", _("Dutch")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"

# Static files (the API docs page's Swagger UI) are served by WhiteNoise straight from
# the installed packages: no collectstatic step, no CDN.
WHITENOISE_USE_FINDERS = True
# It also serves STATIC_ROOT once `collectstatic` has filled it; without that step the
# folder does not exist, which needs no warning on every start.
warnings.filterwarnings("ignore", message="No directory at", module="whitenoise.base")

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": [],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "EXCEPTION_HANDLER": "eligibility.api.errors.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # Rate limits of the public API per client address (anonymous) or per account; an empty
    # value switches that limit off. Counted in the cache (shared with REDIS_URL set), one
    # increment per request (eligibility.api.throttling).
    "DEFAULT_THROTTLE_CLASSES": [
        "eligibility.api.throttling.AnonWindowThrottle",
        "eligibility.api.throttling.UserWindowThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": os.environ.get("API_THROTTLE_ANON", "300/minute").strip() or None,
        "user": os.environ.get("API_THROTTLE_USER", "1200/minute").strip() or None,
    },
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Regelingencheck API",
    "DESCRIPTION": "Eligibility for Dutch labour-market schemes: the schemes, one evaluation, "
    "a screening across schemes and bulk evaluation. Errors have one shape: "
    '{"errors": [{"field", "code", "message"}]}, in the language of Accept-Language '
    "(nl or en; Dutch by default).",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # The compact screening answer shares these choice sets with the full result.
    "ENUM_NAME_OVERRIDES": {
        "AvailabilityStatusEnum": ["open", "closed", "not_yet_open", "unknown"],
        "ResultStatusEnum": ["eligible", "not_eligible", "undetermined"],
    },
}


def env_positive_int(name: str, default: int) -> int:
    value = (os.environ.get(name) or str(default)).strip()
    if not value.isdigit() or int(value) < 1:
        raise ImproperlyConfigured(f"{name} must be a whole number, 1 or more.")
    return int(value)


# Bulk evaluation and screening: records and bytes one request may carry (413 above
# either). 100,000 people with every fact of the adviser audience answered take 89 MB.
EVALUATION_BULK_MAX_RECORDS = env_positive_int("EVALUATION_BULK_MAX_RECORDS", 100_000)
EVALUATION_BULK_MAX_BYTES = env_positive_int("EVALUATION_BULK_MAX_BYTES", 128 * 1024 * 1024)


def env_whole_number(name: str, default: int) -> int:
    value = (os.environ.get(name) or str(default)).strip()
    if not value.isdigit():
        raise ImproperlyConfigured(f"{name} must be a whole number, 0 or more.")
    return int(value)


# Adviser workspace ----------------------------------------------------------------------

AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses a locked-out login before any password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "workspace:login"
LOGIN_REDIRECT_URL = "workspace:case_list"
LOGOUT_REDIRECT_URL = "workspace:login"
# Invitation links (set your password) stay valid this long.
PASSWORD_RESET_TIMEOUT = 3 * 24 * 3600

# Login throttling (django-axes): after AXES_FAILURE_LIMIT failed logins for one account,
# or from one address, logins stop for AXES_COOLOFF_MINUTES. The failures are kept in the
# database, so every server counts them together. A successful login does not wipe them:
# otherwise someone with an account of their own could go on guessing others' passwords
# from one address for ever, signing in between rounds; they age out after the cool-off.
AXES_FAILURE_LIMIT = env_positive_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_positive_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = False
AXES_LOCKOUT_TEMPLATE = "workspace/locked_out.html"
AXES_USERNAME_CALLABLE = "workspace.auth.lockout_username"
# Behind a reverse proxy, the number of proxies that add to X-Forwarded-For (0: none, use
# the connection's address). Login throttling, the API's rate limits and the limit on
# short-code guesses all count per client address found this way; with 0, a client's own
# X-Forwarded-For header is ignored, so it cannot pose as many clients.
PROXY_COUNT = env_whole_number("DJANGO_PROXY_COUNT", 0)
REST_FRAMEWORK["NUM_PROXIES"] = PROXY_COUNT
# Login throttling finds the client by the same rule (django-ipware would otherwise trust
# the left-most, client-written entry of X-Forwarded-For).
AXES_CLIENT_IP_CALLABLE = "eligibility.clients.login_address"

# Short codes of saved checks that one client address may try and miss per hour, in the
# questionnaire and the API together; above it, further codes are refused for the hour.
CHECK_CODE_MISSES_PER_HOUR = env_positive_int("CHECK_CODE_MISSES_PER_HOUR", 20)
# A browser that showed the code form first has the limit above for itself; its address
# then has this higher one, so that many people behind one address (a leerwerkloket) are
# not locked out by one person's mistakes.
CHECK_CODE_MISSES_PER_HOUR_PER_ADDRESS = env_positive_int(
    "CHECK_CODE_MISSES_PER_HOUR_PER_ADDRESS", 200
)
# In the workspace's "add a saved check" form the misses count per adviser (the limit
# above) and for all advisers of one loket together (this one).
CHECK_CODE_MISSES_PER_HOUR_PER_LOKET = env_positive_int("CHECK_CODE_MISSES_PER_HOUR_PER_LOKET", 100)

# Handover PDFs one client address may ask for per minute (429 above it).
PDF_PER_MINUTE = env_positive_int("PDF_PER_MINUTE", 6)

# Cases are deleted this many months after their last activity (`manage.py purge_cases`).
RETENTION_CASE_MONTHS = env_positive_int("RETENTION_CASE_MONTHS", 12)

# Security headers --------------------------------------------------------------------------

# Content Security Policy (django-csp 4): only this site's own files; inline <style> and
# <script> only with the per-response nonce (`nonce="{{ request.csp_nonce }}"`).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# An adviser's session ends after a working day without a request (default 9 hours), and
# when the browser closes.
SESSION_COOKIE_AGE = 60 * env_positive_int("SESSION_IDLE_MINUTES", 9 * 60)
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

if not DEBUG:
    # Production: HTTPS only. Behind a TLS-terminating proxy set DJANGO_SECURE_PROXY_SSL_HEADER
    # so Django sees the original scheme (the proxy must set X-Forwarded-Proto).
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = env_whole_number("DJANGO_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=True)
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", default=True)
    if env_bool("DJANGO_SECURE_PROXY_SSL_HEADER", default=False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Logging: to standard error, at DJANGO_LOG_LEVEL. Log lines carry no personal data and
# no secret: no answers, no client references or search terms (query strings are dropped),
# no check tokens, short codes or invitation tokens (`webapp.redaction`). gunicorn's access
# log is redacted the same way by deploy/gunicorn.conf.py.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"no_secrets": {"()": "webapp.redaction.RedactSecrets"}},
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["no_secrets"],
            "formatter": "plain",
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL") or "INFO"},
    "loggers": {
        # Django's own handlers are replaced: every record goes to the root handler.
        "django": {"handlers": [], "level": "INFO", "propagate": True},
        "django.server": {"handlers": [], "level": "INFO", "propagate": True},
    },
}
