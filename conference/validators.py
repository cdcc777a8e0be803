import zoneinfo

from django.core.exceptions import ValidationError


def validate_time_zone(value):
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            "'%(value)s' is not a time zone name; use one like 'Asia/Shanghai' or 'Europe/London'.",
            params={"value": value},
        )
