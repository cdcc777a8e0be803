from django.db import models


class NameOrder(models.TextChoices):
    """How a person's name is written: Chinese names put the family name first."""

    FAMILY_FIRST = "family_first", "Family name first (Liang Yonghui)"
    GIVEN_FIRST = "given_first", "Given name first (Yonghui Liang)"
