"""An upload's title that only named a refused file is dropped with that file.

Wagtail's admin script fills an empty title from the chosen file's name and never touches a
title that has a value. When an upload is refused, the form comes back with the file input
empty but the title still holding the refused file's name, which the script then takes for the
editor's own and keeps for the next file picked. Clearing it lets the next file name itself; a
title the editor typed differs from the file name and is kept.
"""

import re


def title_from_filename(name):
    """The title Wagtail's script derives from a file name: the name without its last extension."""
    return re.sub(r"\.[^.]+$", "", name)


class RefusedUploadTitleMixin:
    def full_clean(self):
        super().full_clean()
        upload = self.files.get(self.add_prefix("file")) if self.is_bound else None
        title_key = self.add_prefix("title")
        if self.errors and upload and self.data.get(title_key) == title_from_filename(upload.name):
            # Form data is an immutable QueryDict; the re-rendered form reads its values from it.
            self.data = self.data.copy()
            self.data[title_key] = ""
