"""Template context that costs nothing until a template reads it.

Pages whose body is kept in the fragment cache (delivery/templatetags/fragment_tags.py) should not run
their queries before the template finds out whether the cached body is there.
"""

import operator
from functools import partial

from django.utils.functional import SimpleLazyObject


def lazy_context(build, keys):
    """`build()`'s dict as lazy values under `keys`: the first one read runs `build`, once."""
    built = SimpleLazyObject(build)
    return {key: SimpleLazyObject(partial(operator.getitem, built, key)) for key in keys}
