"""Finding the existing page of a speaker or organisation by any of its spellings.

Every page stores the keys of all its spellings as '|k1|k2|' (`speakers.naming.pack_keys`). The
index loads them once, so matching thousands of bundle entries costs one query, not one per entry.
"""

from collections import defaultdict


class AmbiguousMatch(Exception):
    def __init__(self, slugs):
        self.slugs = slugs
        super().__init__(", ".join(slugs))


class NameIndex:
    """{spelling key: page ids} and {page id: slug} for every page of one model."""

    def __init__(self, model, key_function):
        self.key_function = key_function
        self.pages_by_key = defaultdict(set)
        self.slugs = {}
        self.taken_slugs = set()
        for pk, slug, packed in model.objects.values_list("pk", "slug", "name_keys"):
            self.add(pk, slug, packed.strip("|").split("|"))

    def add(self, pk, slug, keys):
        self.slugs[pk] = slug
        self.taken_slugs.add(slug)
        for key in keys:
            if key:
                self.pages_by_key[key].add(pk)

    def keys(self, spellings):
        return {self.key_function(name) for name in spellings} - {""}

    def find(self, spellings, slug):
        """The page known by any of the spellings; when several are, the one with this slug."""
        candidates = set()
        for key in self.keys(spellings):
            candidates |= self.pages_by_key.get(key, set())
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
