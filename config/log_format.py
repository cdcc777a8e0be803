"""LOGGING for production and gunicorn: lines for people, or one JSON object a line for a collector.

DJANGO_LOG_FORMAT=json turns every record (Django's, ours, gunicorn's access and error logs) into a
JSON object with time, level, logger and message, plus the traceback under exc_info; python-json-logger
does the formatting. https://nhairs.github.io/python-json-logger/
"""

from django.core.exceptions import ImproperlyConfigured

FIELDS = "%(asctime)s %(levelname)s %(name)s %(message)s"
FORMATTERS = {
    "text": {"format": FIELDS},
    "json": {
        "()": "pythonjsonlogger.json.JsonFormatter",
        "fmt": FIELDS,
        "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
    },
}


def logging_config(log_format, level, loggers=None):
    """A dictConfig with one stderr handler in `log_format` ("text" or "json") for the root logger."""
    if log_format not in FORMATTERS:
        raise ImproperlyConfigured(f"DJANGO_LOG_FORMAT must be text or json, not {log_format!r}.")
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"default": FORMATTERS[log_format]},
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "default"}},
        "root": {"handlers": ["console"], "level": level},
        "loggers": loggers or {},
    }
