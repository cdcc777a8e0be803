"""The interface strings static/js/site.js writes into pages, in the page's language.

Given to the script as a JSON data block (not executed, so the content security policy is unchanged),
since the script itself is the same file for every language.
"""

from django import template
from django.utils.html import json_script
from django.utils.translation import gettext

register = template.Library()


@register.simple_tag
def script_strings():
    return json_script(
        {
            "photoViewer": gettext("Photo viewer"),
            "previousPhoto": gettext("Previous photo"),
            "nextPhoto": gettext("Next photo"),
            "close": gettext("Close"),
            "filterAgenda": gettext("Filter the agenda"),
            "filterPlaceholder": gettext("Topic, speaker or company"),
            # %(shown)s and %(total)s are filled in by the script.
            "filterStatus": gettext("%(shown)s of %(total)s sessions"),
        },
        "script-strings",
    )
