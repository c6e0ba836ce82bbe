"""The one settings module: everything comes from the environment (12-factor).

FOIDESK_ENV=production refuses to start without SECRET_KEY and ALLOWED_HOSTS.
DATABASE_URL=postgres://... switches from the embedded SQLite database with no code change.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
# Runtime data (SQLite file, uploaded files) lives outside the package, in ./var by default.
DATA_DIR = Path(os.environ.get("FOIDESK_DATA_DIR", Path.cwd() / "var")).resolve()

ENVIRONMENT = os.environ.get("FOIDESK_ENV", "development")
PRODUCTION = ENVIRONMENT == "production"
TESTING = os.environ.get("FOIDESK_TESTING") == "1" or "pytest" in sys.modules

if PRODUCTION:
    SECRET_KEY = os.environ.get("SECRET_KEY", "")
    if not SECRET_KEY:
        raise ImproperlyConfigured("FOIDESK_ENV=production needs SECRET_KEY in the environment.")
    DEBUG = False
    ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("FOIDESK_ENV=production needs ALLOWED_HOSTS in the environment.")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
else:
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret-foidesk")  # noqa: S105
    DEBUG = os.environ.get("DEBUG", "1") == "1" and not TESTING
    ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "testserver"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_forms_gds",
    "ninja",  # serves Swagger UI from its own static files, never a CDN
    "django_tasks",
    "django_tasks_db",
    "foidesk.accounts",
    "foidesk.authorities",
    "foidesk.cases",
    "foidesk.disclosure",
    "foidesk.portal",
    "foidesk.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "foidesk.project.urls"
WSGI_APPLICATION = "foidesk.project.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "foidesk.project.branding.site",
            ],
        },
    },
]

_default_db = f"sqlite:///{DATA_DIR / 'foidesk.sqlite3'}"
if "DATABASE_URL" not in os.environ and not TESTING:
    # SQLite cannot create its file in a folder that does not exist yet (a fresh checkout).
    DATA_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", _default_db), conn_max_age=60, conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let the web server and the task worker share the file safely.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DATABASE_IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
if TESTING:
    # live_server threads must not keep connections open, or the test database cannot be dropped.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
if os.environ.get("FOIDESK_TEST_DB_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["FOIDESK_TEST_DB_NAME"]}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
AUTHENTICATION_BACKENDS = ["foidesk.accounts.backends.EmailBackend"]
MAGIC_LINK_MAX_AGE = int(os.environ.get("FOIDESK_MAGIC_LINK_MAX_AGE", str(30 * 60)))
LOGIN_URL = "/accounts/sign-in/"
LOGIN_REDIRECT_URL = "/"

LANGUAGE_CODE = "en-gb"
LANGUAGES = [("en", "English"), ("cy", "Cymraeg")]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "staticfiles"
# GOV.UK Frontend and htmx come from npm (package.json, installed by `make install`) and are
# served straight from node_modules: no copy step to forget. Without them pages still render,
# unstyled, so tests need no compiled assets.
NODE_MODULES = Path(os.environ.get("FOIDESK_NODE_MODULES", BASE_DIR.parent.parent / "node_modules"))
_FRONTEND_DIRS = [
    ("govuk", NODE_MODULES / "govuk-frontend" / "dist" / "govuk"),
    ("htmx", NODE_MODULES / "htmx.org" / "dist"),
]
FRONTEND_ASSETS_PRESENT = all(d.is_dir() for _, d in _FRONTEND_DIRS)
STATICFILES_DIRS: list[Path | tuple[str, Path]] = [BASE_DIR / "static"]
STATICFILES_DIRS += [(prefix, d) for prefix, d in _FRONTEND_DIRS if d.is_dir()]
MEDIA_ROOT = Path(os.environ.get("FOIDESK_MEDIA_ROOT", DATA_DIR / "media"))
MEDIA_URL = "/media-not-served/"  # files are only ever served through permission-checked views
WHITENOISE_USE_FINDERS = True

CRISPY_ALLOWED_TEMPLATE_PACKS = ["gds"]
CRISPY_TEMPLATE_PACK = "gds"
CRISPY_GDS_FRONTEND_VERSION = "5.8.0"  # the govuk-frontend pinned in package.json
FOIDESK_SITE_NAME = os.environ.get("FOIDESK_SITE_NAME", "foidesk")

TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "FOIDESK_TASKS_BACKEND",
            "django_tasks.backends.immediate.ImmediateBackend"
            if TESTING
            else "django_tasks_db.DatabaseBackend",
        )
    }
}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "127.0.0.1")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "1025"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "0") == "1"
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "foidesk <no-reply@foidesk.example.org>")
if not PRODUCTION and "EMAIL_BACKEND" not in os.environ and not TESTING:
    # make run has no mail server: print mail to the console instead of failing.
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

SITE_URL = os.environ.get("FOIDESK_SITE_URL", "http://127.0.0.1:8000")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
