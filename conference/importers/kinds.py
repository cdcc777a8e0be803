"""Session kinds from the free-text `type` of frab and pretalx events ('Talk', 'Workshop', ...)."""

from ..choices import SessionKind

# Other tools' words for our kinds; our own values and labels ('keynote', 'Keynote speech') work too,
# so an export of this site imports back to the same kind.
ALIASES = {
    "talk": SessionKind.PRESENTATION,
    "lecture": SessionKind.PRESENTATION,
    "lightning talk": SessionKind.PRESENTATION,
    "keynote": SessionKind.KEYNOTE,
    "panel": SessionKind.ROUNDTABLE,
    "panel discussion": SessionKind.ROUNDTABLE,
    "discussion": SessionKind.ROUNDTABLE,
    "podium": SessionKind.ROUNDTABLE,
    "welcome": SessionKind.WELCOME_SPEECH,
    "opening": SessionKind.WELCOME_SPEECH,
    "award": SessionKind.AWARD_CEREMONY,
    "awards": SessionKind.AWARD_CEREMONY,
    "visit": SessionKind.ENTERPRISE_VISIT,
    "tour": SessionKind.ENTERPRISE_VISIT,
    "dinner": SessionKind.DINNER_SPEECH,
    "networking": SessionKind.NETWORKING,
    "registration": SessionKind.NETWORKING,
    "break": SessionKind.NETWORKING,
}


def _known_words():
    words = {value: value for value in SessionKind.values}
    words.update({str(label).casefold(): value for value, label in SessionKind.choices})
    words.update(ALIASES)
    return words


def kind_for_type(type_name):
    """Our SessionKind for an event type; 'other' for types we have no kind for (e.g. 'Workshop')."""
    return _known_words().get(type_name.strip().casefold(), SessionKind.OTHER)
