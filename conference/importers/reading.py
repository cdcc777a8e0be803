"""Fetches a schedule from a path or an http(s) URL and hands it to the JSON or XML reader."""

from pathlib import Path
from urllib.error import URLError
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from .frab_json import parse_json
from .frab_xml import parse_xml
from .schedule import ScheduleError

MAX_BYTES = 20 * 1024 * 1024  # a 3,000-talk congress is about 10 MB of JSON
TIMEOUT_SECONDS = 30
USER_AGENT = "conference-reports import_schedule"


def fetch(location):
    """The bytes at `location`, a file path or an http(s) URL."""
    if urlsplit(location).scheme in ("http", "https"):
        return _download(location)
    try:
        return Path(location).read_bytes()
    except OSError as error:
        raise ScheduleError(f"{location}: cannot read the file: {error.strerror or error}") from error


def _download(url):
    headers = {"User-Agent": USER_AGENT, "Accept": "application/json, application/xml"}
    request = Request(url, headers=headers)  # noqa: S310 - only http(s) URLs get here (see fetch)
    try:
        # The scheme is checked above: only http and https reach urlopen.
        with urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310
            content = response.read(MAX_BYTES + 1)
    except (URLError, OSError, ValueError) as error:
        raise ScheduleError(f"{url}: cannot download the schedule: {error}") from error
    if len(content) > MAX_BYTES:
        raise ScheduleError(f"{url}: larger than {MAX_BYTES // (1024 * 1024)} MB; not a schedule")
    return content


def parse(content, source):
    """JSON or XML, told apart by the first character rather than by the file name."""
    head = content.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head == b"<":
        return parse_xml(content, source)
    if head == b"{":
        return parse_json(content, source)
    raise ScheduleError(f"{source}: neither a JSON nor an XML schedule (it starts with {content[:20]!r})")


def read_schedule(location):
    return parse(fetch(location), location)
