"""Placeholder artwork for the demo, drawn with Pillow so nothing is downloaded or committed.

Each image of the bundle is drawn according to what uses it: a speaker's photo becomes a portrait
with initials, an organisation's logo a wordmark, the conference's hero an abstract silver piece,
highlights small illustrations of the scene in the caption, and figures the charts of the numbers
the talks gave. Everything is deterministic (no randomness, Pillow's own font), so the same bundle
always gives byte-identical files and a second import finds every image already stored.
"""

import math
import zlib
from pathlib import Path

from PIL import Image, ImageDraw, ImageOps

from core import drawing

# One palette for everything: slate and silver, with teal and a warm bronze for accents.
SLATE = (30, 41, 59)
SLATE_MID = (51, 65, 85)
SILVER = (203, 213, 225)
SILVER_LIGHT = (241, 245, 249)
GREY = (100, 116, 139)
TEAL = (15, 118, 110)
BRONZE = (161, 98, 7)
WHITE = (255, 255, 255)
PORTRAIT_COLOURS = [SLATE_MID, TEAL, (30, 64, 110), (120, 63, 30), (76, 52, 110)]


def font(size):
    """Pillow's bundled font: the same on every machine, so the images are too."""
    return drawing.font(drawing.BUNDLED, size)


def _pick(seed, options):
    return options[zlib.crc32(seed.encode("utf-8")) % len(options)]


def _gradient(size, top, bottom):
    # Kept here rather than shared with the share cards' gradient: the two round differently, and
    # drawing this one the cards' way would change the bytes of every demo image already stored.
    ramp = Image.linear_gradient("L").resize(size)
    return ImageOps.colorize(ramp, black=top, white=bottom).convert("RGB")


def _darker(colour, factor=0.55):
    return tuple(int(channel * factor) for channel in colour)


# --- people and organisations -----------------------------------------------------------------


def portrait(name, size=600):
    colour = _pick(name, PORTRAIT_COLOURS)
    image = _gradient((size, size), colour, _darker(colour))
    draw = ImageDraw.Draw(image)
    inset = size // 10
    draw.ellipse((inset, inset, size - inset, size - inset), outline=SILVER, width=max(2, size // 120))
    draw.text((size / 2, size / 2), drawing.initials(name), font=font(size // 3), fill=SILVER_LIGHT, anchor="mm")
    return image


def wordmark(name, short_name, width=800, height=400):
    image = Image.new("RGB", (width, height), WHITE)
    draw = ImageDraw.Draw(image)
    label = short_name or name
    mark = height // 3
    top = (height - mark) // 2 - 30
    draw.rounded_rectangle((48, top, 48 + mark, top + mark), radius=mark // 6, fill=_pick(name, [TEAL, SLATE_MID]))
    draw.text((48 + mark / 2, top + mark / 2), drawing.initials(label), font=font(mark // 2), fill=WHITE, anchor="mm")
    left = 48 + mark + 32
    room = width - left - 40
    label_font, label_lines = drawing.fit_text(label, drawing.BUNDLED, room, 1, range(64, 13, -2))
    draw.text((left, top + mark / 2), label_lines[0], font=label_font, fill=SLATE, anchor="lm")
    small = font(22)
    drawing.draw_lines(
        draw, (48, top + mark + 36), drawing.wrap(name, small, width - 96)[:2], small, GREY, spacing=30 / 22
    )
    draw.rectangle((0, height - 10, width, height), fill=SILVER)
    return image


# --- the conference ---------------------------------------------------------------------------


def hero(width=1920, height=800):
    image = _gradient((width, height), SLATE_MID, SLATE).convert("RGBA")
    layer = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for band in range(14):
        amplitude = 60 + band * 9
        offset = height * 0.32 + band * 26
        phase = band * 0.45
        alpha = 40 + band * 11
        points = [
            (x, offset + amplitude * math.sin(x / width * 2.4 * math.pi + phase)) for x in range(0, width + 20, 20)
        ]
        draw.line(points, fill=(*SILVER, min(alpha, 200)), width=3)
    draw.ellipse((width * 0.72, height * 0.1, width * 0.72 + 260, height * 0.1 + 260), outline=(*TEAL, 160), width=6)
    return Image.alpha_composite(image, layer).convert("RGB")


def _figure(draw, x, y, scale=1.0, colour=SILVER):
    head = 22 * scale
    draw.ellipse((x - head, y - 3 * head, x + head, y - head), fill=colour)
    draw.rounded_rectangle((x - 1.6 * head, y - 0.8 * head, x + 1.6 * head, y + 2.6 * head), radius=head, fill=colour)


def highlight(kind, width=1600, height=1000):
    image = _gradient((width, height), (226, 232, 240), (148, 163, 184))
    draw = ImageDraw.Draw(image)
    floor = int(height * 0.62)
    draw.rectangle((0, floor, width, height), fill=(100, 116, 139))
    if kind == "registration":
        draw.rectangle((260, 120, width - 260, 260), fill=SLATE)
        draw.rectangle((320, floor - 150, width - 320, floor + 40), fill=TEAL)
        for index in range(5):
            _figure(draw, 420 + index * 190, floor + 160, 1.3, SLATE_MID)
    elif kind == "forum":
        draw.rectangle((360, 80, width - 360, 420), fill=SLATE)
        draw.rectangle((420, 130, width - 420, 370), fill=SILVER)
        for row in range(4):
            y = floor + 40 + row * 80
            inset = 160 - row * 40
            for seat in range(12):
                x = inset + seat * (width - 2 * inset) / 12
                draw.rounded_rectangle((x, y, x + 70, y + 50), radius=10, fill=SLATE_MID)
    elif kind == "roundtable":
        draw.rectangle((200, 90, width - 200, 380), fill=SLATE)
        draw.rectangle((0, floor - 40, width, floor), fill=SLATE_MID)
        for index in range(5):
            _figure(draw, 330 + index * 235, floor - 80, 1.5, SILVER_LIGHT if index else BRONZE)
    else:  # dinner
        draw.rectangle((width / 2 - 40, floor - 260, width / 2 + 40, floor), fill=BRONZE)
        _figure(draw, width / 2, floor - 300, 1.3, SLATE)
        for index in range(4):
            x = 160 + index * 360
            draw.ellipse((x, floor + 80, x + 300, floor + 200), fill=WHITE, outline=SLATE_MID, width=4)
    return image


def award(kind, width=1200, height=900):
    image = _gradient((width, height), SLATE, SLATE_MID)
    draw = ImageDraw.Draw(image)
    centre = width / 2
    if kind == "trophy":
        draw.polygon([(centre - 170, 180), (centre + 170, 180), (centre + 110, 440), (centre - 110, 440)], fill=SILVER)
        draw.rectangle((centre - 30, 440, centre + 30, 560), fill=SILVER)
        draw.rectangle((centre - 150, 560, centre + 150, 620), fill=BRONZE)
        draw.arc((centre - 260, 200, centre - 120, 360), 90, 270, fill=SILVER, width=18)
        draw.arc((centre + 120, 200, centre + 260, 360), 270, 90, fill=SILVER, width=18)
    else:  # medal
        draw.polygon([(centre - 130, 80), (centre - 40, 80), (centre + 40, 380), (centre - 50, 380)], fill=TEAL)
        draw.polygon([(centre + 130, 80), (centre + 40, 80), (centre - 40, 380), (centre + 50, 380)], fill=BRONZE)
        draw.ellipse((centre - 180, 320, centre + 180, 680), fill=SILVER, outline=SILVER_LIGHT, width=10)
        draw.ellipse((centre - 120, 380, centre + 120, 620), outline=GREY, width=6)
        draw.text((centre, 500), "Ag", font=font(110), fill=SLATE, anchor="mm")
    return image


# --- charts -------------------------------------------------------------------------------------


def _chart_canvas(title, width=1600, height=900):
    image = Image.new("RGB", (width, height), WHITE)
    draw = ImageDraw.Draw(image)
    draw.text((80, 60), title, font=font(44), fill=SLATE)
    draw.rectangle((80, 128, 200, 134), fill=TEAL)
    return image, draw


def bar_chart(title, bars, unit="", width=1600, height=900):
    """Vertical bars, negative values below a zero line; `bars` is [(label, value, caption)]."""
    image, draw = _chart_canvas(title, width, height)
    top, bottom = 220, height - 220
    highest = max(max(value for _, value, _ in bars), 0)
    lowest = min(min(value for _, value, _ in bars), 0)
    scale = (bottom - top) / ((highest - lowest) or 1)
    zero = top + highest * scale
    draw.line((80, zero, width - 80, zero), fill=GREY, width=3)
    slot = (width - 160) / len(bars)
    for index, (label, value, caption) in enumerate(bars):
        left = 80 + index * slot + slot * 0.25
        right = left + slot * 0.5
        end = zero - value * scale
        draw.rectangle((left, min(zero, end), right, max(zero, end)), fill=TEAL if value >= 0 else BRONZE)
        above = min(zero, end) - 40 if value >= 0 else max(zero, end) + 40
        draw.text(((left + right) / 2, above), caption or f"{value:g}{unit}", font=font(36), fill=SLATE, anchor="mm")
        draw.text(((left + right) / 2, height - 80), label, font=font(32), fill=GREY, anchor="mm")
    return image


def curve_chart(title, x_label, y_label, width=1600, height=900):
    """A schematic rising curve with labelled axes and no scale: a shape, not data."""
    image, draw = _chart_canvas(title, width, height)
    left, top, right, bottom = 160, 200, width - 120, height - 160
    draw.line((left, top, left, bottom, right, bottom), fill=GREY, width=4)
    points = []
    for step in range(101):
        x = step / 100
        points.append((left + x * (right - left), bottom - (math.exp(4 * x) - 1) / (math.exp(4) - 1) * (bottom - top)))
    draw.line(points, fill=BRONZE, width=8)
    draw.text(((left + right) / 2, height - 90), x_label, font=font(32), fill=GREY, anchor="mm")
    label = Image.new("RGBA", (700, 60), (0, 0, 0, 0))
    ImageDraw.Draw(label).text((350, 30), y_label, font=font(32), fill=GREY, anchor="mm")
    image.paste(label.rotate(90, expand=True), (70, (top + bottom) // 2 - 350), label.rotate(90, expand=True))
    draw.text((right, top), "schematic", font=font(28), fill=GREY, anchor="ra")
    return image


CHARTS = {
    "chart-silver-balance-2025": lambda: bar_chart(
        "Silver market in 2025: expected change",
        [("Demand", -1, "-1%"), ("Total supply", 2, "+2%"), ("Deficit", -21, "-21% (117.6 Moz)")],
    ),
    "chart-discarded-pv-modules": lambda: bar_chart(
        "Cumulative discarded PV modules in China (GW)", [("By 2030", 18, "about 18 GW"), ("By 2050", 253, "253 GW")]
    ),
    "chart-paste-tradeoff": lambda: curve_chart(
        "Less silver per cell, more reliability risk", "Silver per cell, falling to the right", "Reliability risk"
    ),
}


# --- choosing what to draw ------------------------------------------------------------------------


def _uses(bundle):
    """{image id: function that draws it}, from where the bundle uses each image."""
    uses = {}
    if bundle["conference"].get("hero_image"):
        uses[bundle["conference"]["hero_image"]] = hero
    for highlight_entry in bundle["conference"].get("highlights", []):
        kind = highlight_entry["image"].removeprefix("highlight-")
        uses[highlight_entry["image"]] = lambda kind=kind: highlight(kind)
    for organisation in bundle.get("organisations", []):
        if organisation.get("logo"):
            uses[organisation["logo"]] = lambda o=organisation: wordmark(o["name"], o.get("short_name", ""))
    for speaker in bundle.get("speakers", []):
        if speaker.get("photo"):
            order = speaker.get("name_order", "family_first")
            parts = [speaker.get("family_name", ""), speaker["given_name"]]
            name = " ".join(parts if order == "family_first" else parts[::-1]).strip()
            uses[speaker["photo"]] = lambda name=name: portrait(name)
    for award_entry in bundle.get("awards", []):
        for photo in award_entry.get("photos", []):
            shape = "trophy" if "Glory" in award_entry.get("series", "") else "medal"
            uses[photo["image"]] = lambda shape=shape: award(shape)
    uses.update(CHARTS)
    return uses


def render_images(bundle, target_dir):
    """Draw every image the bundle lists into `target_dir`, at the paths the bundle gives."""
    uses = _uses(bundle)
    for entry in bundle.get("images", []):
        draw = uses.get(entry["id"]) or (lambda entry=entry: wordmark(entry["title"], ""))
        path = Path(target_dir) / entry["file"]
        path.parent.mkdir(parents=True, exist_ok=True)
        draw().save(path, format="PNG")
