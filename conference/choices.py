from django.db import models
from django.utils.translation import pgettext_lazy


class SessionKind(models.TextChoices):
    WELCOME_SPEECH = "welcome_speech", pgettext_lazy("session kind", "Welcome speech")
    KEYNOTE = "keynote", pgettext_lazy("session kind", "Keynote speech")
    PRESENTATION = "presentation", pgettext_lazy("session kind", "Presentation")
    ROUNDTABLE = "roundtable", pgettext_lazy("session kind", "Roundtable")
    AWARD_CEREMONY = "award_ceremony", pgettext_lazy("session kind", "Award ceremony")
    ENTERPRISE_VISIT = "enterprise_visit", pgettext_lazy("session kind", "Enterprise visit")
    DINNER_SPEECH = "dinner_speech", pgettext_lazy("session kind", "Dinner speech")
    NETWORKING = "networking", pgettext_lazy("session kind", "Registration and networking")
    OTHER = "other", pgettext_lazy("session kind", "Other")


class ParticipantRole(models.TextChoices):
    SPEAKER = "speaker", pgettext_lazy("participant role", "Speaker")
    MODERATOR = "moderator", pgettext_lazy("participant role", "Moderator")
    PANELIST = "panelist", pgettext_lazy("participant role", "Panelist")
    HOST = "host", pgettext_lazy("participant role", "Host")
    PRESENTER = "presenter", pgettext_lazy("participant role", "Award presenter")
    GUEST = "guest", pgettext_lazy("participant role", "Guest")


class SponsorRole(models.TextChoices):
    """Listed on the conference page in this order."""

    HOST = "host", pgettext_lazy("sponsor role", "Host")
    CO_ORGANISER = "co_organiser", pgettext_lazy("sponsor role", "Co-organiser")
    SPONSOR = "sponsor", pgettext_lazy("sponsor role", "Sponsor")
    SUPPORTER = "supporter", pgettext_lazy("sponsor role", "Supporter")
    MEDIA_PARTNER = "media_partner", pgettext_lazy("sponsor role", "Media partner")


# A group of sponsors is headed by the plural when it has more than one.
SPONSOR_ROLE_PLURALS = {
    SponsorRole.HOST: pgettext_lazy("sponsor role", "Hosts"),
    SponsorRole.CO_ORGANISER: pgettext_lazy("sponsor role", "Co-organisers"),
    SponsorRole.SPONSOR: pgettext_lazy("sponsor role", "Sponsors"),
    SponsorRole.SUPPORTER: pgettext_lazy("sponsor role", "Supporters"),
    SponsorRole.MEDIA_PARTNER: pgettext_lazy("sponsor role", "Media partners"),
}
