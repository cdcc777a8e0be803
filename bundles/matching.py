"""Finding the existing page of a speaker or organisation by any of its spellings, for a whole bundle.

The pages' spellings are read once into the name matcher's `SpellingIndex` (`speakers.naming`), so
matching thousands of bundle entries costs two queries, not one per entry. On top of it a bundle
needs to pick one page when several are known by its spellings, and free slugs for new pages.
"""

from speakers.naming import SpellingIndex


class AmbiguousMatch(Exception):
    def __init__(self, slugs):
        self.slugs = slugs
        super().__init__(", ".join(slugs))


class NameIndex:
    """Every page of a queryset (one model, one language's tree) by its spellings, and {page id: slug}.

    One language only: a speaker's translations carry the same names and slug as the speaker's page.
    """

    def __init__(self, queryset):
        self.spellings = SpellingIndex(queryset)
        self.slugs = dict(queryset.values_list("pk", "slug"))
        self.taken_slugs = set(self.slugs.values())

    def add(self, page):
        """A page written during the import, found by later entries."""
        self.spellings.add(page)
        self.slugs[page.pk] = page.slug
        self.taken_slugs.add(page.slug)

    def find(self, spellings, slug):
        """The page known by any of the spellings; when several are, the one with this slug."""
        candidates = self.spellings.find(spellings)
        if len(candidates) <= 1:
            return next(iter(candidates), None)
        same_slug = [pk for pk in candidates if self.slugs[pk] == slug]
        if same_slug:
            return same_slug[0]
        raise AmbiguousMatch(sorted(self.slugs[pk] for pk in candidates))

    def free_slug(self, slug):
        """`slug`, or `slug-2`, `slug-3`... when a different page already has it."""
        candidate, number = slug, 1
        while candidate in self.taken_slugs:
            number += 1
            candidate = f"{slug}-{number}"
        return candidate
