"""Hostile files for the upload tests, built in memory: bombs, disguised markup, odd names."""

import io
import struct
import zlib

from PIL import Image

BOUNDARY = "----security-suite-boundary"


def png_header_only(width, height):
    """A valid PNG signature and header claiming width x height, with one tiny data chunk.

    Anything that reads only the header sees the claimed size; decoding would need
    width x height pixels of memory (20000 x 20000 is 400 million).
    """

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def animated_gif(width, height, frames):
    """A GIF of `frames` different frames; each frame alone is under any sane pixel limit."""
    images = [Image.new("RGB", (width, height), color=(index * 30 % 256, 0, 0)) for index in range(frames)]
    buffer = io.BytesIO()
    images[0].save(buffer, format="GIF", save_all=True, append_images=images[1:], duration=40, loop=0)
    return buffer.getvalue()


def small_png():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), color="silver").save(buffer, format="PNG")
    return buffer.getvalue()


SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b'<script>alert("svg")</script><rect width="10" height="10"/></svg>'
)
HTML_WITH_SCRIPT = b'<!doctype html><html><body><script>alert("html")</script></body></html>'


def multipart(fields, file_field, file_name, file_content, content_type="application/octet-stream"):
    """A multipart body with the file name sent exactly as given.

    Django's test client strips the directory part of a file name before sending it; a hostile
    client does not, so the body is built by hand.
    """
    lines = []
    for name, value in fields.items():
        lines += [
            f"--{BOUNDARY}".encode(),
            f'Content-Disposition: form-data; name="{name}"'.encode(),
            b"",
            str(value).encode(),
        ]
    lines += [
        f"--{BOUNDARY}".encode(),
        f'Content-Disposition: form-data; name="{file_field}"; filename="'.encode()
        + file_name.encode("utf-8", "surrogatepass")
        + b'"',
        f"Content-Type: {content_type}".encode(),
        b"",
        file_content,
        f"--{BOUNDARY}--".encode(),
        b"",
    ]
    return b"\r\n".join(lines), f"multipart/form-data; boundary={BOUNDARY}"
