"""Create the first admin account if there is none, and print how to log in.

The login comes from DJANGO_ADMIN_USERNAME / DJANGO_ADMIN_PASSWORD / DJANGO_ADMIN_EMAIL when set;
otherwise a random password is generated once and kept in `.admin-login` (ignored by git) so that
`make run` can print it again on every start.
"""

import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

LOGIN_FILE = Path(settings.BASE_DIR) / ".admin-login"


class Command(BaseCommand):
    help = "Create a superuser if none exists and print the admin login."

    def handle(self, *args, **options):
        user_model = get_user_model()
        username = os.environ.get("DJANGO_ADMIN_USERNAME", "admin")
        password = os.environ.get("DJANGO_ADMIN_PASSWORD")
        email = os.environ.get("DJANGO_ADMIN_EMAIL", "admin@example.com")

        if not user_model.objects.filter(is_superuser=True).exists():
            password = password or secrets.token_urlsafe(12)
            user_model.objects.create_superuser(username=username, email=email, password=password)
            if "DJANGO_ADMIN_PASSWORD" not in os.environ:
                LOGIN_FILE.write_text(f"{username}\n{password}\n")
                LOGIN_FILE.chmod(0o600)
            self.stdout.write(self.style.SUCCESS(f"Created the admin user '{username}'."))
        elif password is None and LOGIN_FILE.exists():
            username, password = LOGIN_FILE.read_text().split("\n")[:2]

        shown = password or "(the password you set earlier)"
        self.stdout.write(f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/  user: {username}  password: {shown}")
