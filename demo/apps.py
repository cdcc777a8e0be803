from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo conference and `manage.py load_demo`."""

    name = "demo"
    verbose_name = "Demo"
