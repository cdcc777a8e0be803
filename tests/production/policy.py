"""The public content security policy as the tests expect it, and a parser for the header."""

PUBLIC_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; "
    "font-src 'self'; connect-src 'self'; "
    "frame-src https://www.youtube-nocookie.com https://www.youtube.com https://player.vimeo.com; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)


def policy_directives(header):
    return dict(part.strip().split(" ", 1) for part in header.split(";"))
