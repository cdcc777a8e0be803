from django.db import models


class SessionKind(models.TextChoices):
    WELCOME_SPEECH = "welcome_speech", "Welcome speech"
    KEYNOTE = "keynote", "Keynote speech"
    PRESENTATION = "presentation", "Presentation"
    ROUNDTABLE = "roundtable", "Roundtable"
    AWARD_CEREMONY = "award_ceremony", "Award ceremony"
    ENTERPRISE_VISIT = "enterprise_visit", "Enterprise visit"
    DINNER_SPEECH = "dinner_speech", "Dinner speech"
    NETWORKING = "networking", "Registration and networking"
    OTHER = "other", "Other"


class ParticipantRole(models.TextChoices):
    SPEAKER = "speaker", "Speaker"
    MODERATOR = "moderator", "Moderator"
    PANELIST = "panelist", "Panelist"
    HOST = "host", "Host"
    PRESENTER = "presenter", "Award presenter"
    GUEST = "guest", "Guest"


class SponsorRole(models.TextChoices):
    """Listed on the conference page in this order."""

    HOST = "host", "Host"
    CO_ORGANISER = "co_organiser", "Co-organiser"
    SPONSOR = "sponsor", "Sponsor"
    SUPPORTER = "supporter", "Supporter"
    MEDIA_PARTNER = "media_partner", "Media partner"
