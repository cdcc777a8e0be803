"""RSS and Atom feeds of the session reports, site-wide and per conference."""
