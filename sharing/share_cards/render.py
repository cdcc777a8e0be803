"""Draws a 1200 x 630 share card from a CardContent with Pillow, with the toolkit in core/drawing.py.

1200 x 630 is the Open Graph size that Facebook, LinkedIn, X and chat apps show uncropped.
https://pillow.readthedocs.io/en/stable/reference/ImageDraw.html
"""

from PIL import Image, ImageDraw, ImageOps

from core.drawing import draw_lines, ellipsize, fit_text, font_for, initials, text_width, wrap

WIDTH, HEIGHT = 1200, 630
MARGIN = 72
FOOTER_HEIGHT = 104
SUPERSAMPLE = 4

INK = (255, 255, 255)
MUTED = (192, 198, 207)
SILVER = (160, 168, 179)
ACCENT = (226, 176, 74)
BACKGROUND_TOP = (38, 42, 49)
BACKGROUND_BOTTOM = (26, 29, 34)
FOOTER = (18, 20, 24)
AVATAR_FILL = (70, 78, 90)


# --- shapes and pictures --------------------------------------------------------------------------


def vertical_gradient(size, top, bottom):
    width, height = size
    column = Image.new("RGB", (1, height))
    for y in range(height):
        ratio = y / max(1, height - 1)
        column.putpixel((0, y), tuple(round(a + (b - a) * ratio) for a, b in zip(top, bottom, strict=True)))
    return column.resize(size)


def horizontal_fade(width, height, solid_from):
    """A mask from transparent on the left to opaque at `solid_from` of the width, for photo edges."""
    ramp = max(1, round(width * solid_from))
    row = Image.new("L", (width, 1))
    row.putdata([min(255, round(255 * (x / ramp) ** 1.5)) for x in range(width)])
    return row.resize((width, height))


def circle_mask(diameter):
    """An antialiased circular mask, drawn large and scaled down."""
    big = Image.new("L", (diameter * SUPERSAMPLE, diameter * SUPERSAMPLE), 0)
    ImageDraw.Draw(big).ellipse((0, 0, big.width - 1, big.height - 1), fill=255)
    return big.resize((diameter, diameter), Image.Resampling.LANCZOS)


def avatar(photo, name, diameter):
    """A round portrait with a silver ring; the person's initials when there is no photo."""
    ring = max(3, diameter // 32)
    tile = Image.new("RGBA", (diameter, diameter), (0, 0, 0, 0))
    tile.paste(Image.new("RGBA", (diameter, diameter), SILVER + (255,)), (0, 0), circle_mask(diameter))
    inner = diameter - 2 * ring
    if photo is not None:
        face = ImageOps.fit(ImageOps.exif_transpose(photo).convert("RGB"), (inner, inner), centering=(0.5, 0.35))
    else:
        face = Image.new("RGB", (inner, inner), AVATAR_FILL)
        draw = ImageDraw.Draw(face)
        label = initials(name)
        label_font = font_for(label, "bold", inner // 3)
        draw.text((inner / 2, inner / 2), label, font=label_font, fill=INK, anchor="mm")
    tile.paste(face, (ring, ring), circle_mask(inner))
    return tile


def cover(picture, size):
    return ImageOps.fit(ImageOps.exif_transpose(picture).convert("RGB"), size, centering=(0.5, 0.4))


def contain(picture, size):
    """Scale a logo into `size`, keeping its proportions and transparency."""
    logo = ImageOps.exif_transpose(picture).convert("RGBA")
    logo.thumbnail(size, Image.Resampling.LANCZOS)
    return logo


# --- card parts -----------------------------------------------------------------------------------


def draw_header(canvas, content):
    """Brand mark and name on the left, the kind of page as an accent label on the right."""
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((MARGIN, 56, MARGIN + 10, 86), fill=ACCENT)
    brand_font = font_for(content.brand, "bold", 24)
    draw.text(
        (MARGIN + 26, 71), ellipsize(content.brand.upper(), brand_font, 560), font=brand_font, fill=MUTED, anchor="lm"
    )
    if content.kicker:
        kicker_font = font_for(content.kicker, "bold", 22)
        label = content.kicker.upper()
        width = text_width(kicker_font, label) + 36
        left = WIDTH - MARGIN - width
        # Filled, so the label stays legible over a photo.
        draw.rounded_rectangle((left, 52, WIDTH - MARGIN, 90), radius=19, fill=FOOTER, outline=ACCENT, width=2)
        draw.text((left + width / 2, 71), label, font=kicker_font, fill=ACCENT, anchor="mm")


def draw_footer(canvas, content):
    """Conference name on the left and the date on the right, on a dark band."""
    draw = ImageDraw.Draw(canvas)
    top = HEIGHT - FOOTER_HEIGHT
    draw.rectangle((0, top, WIDTH, HEIGHT), fill=FOOTER)
    draw.rectangle((0, top, WIDTH, top + 4), fill=ACCENT)
    middle = top + FOOTER_HEIGHT / 2 + 2
    date_font = font_for(content.date_line, "bold", 28)
    date_width = text_width(date_font, content.date_line)
    draw.text((WIDTH - MARGIN, middle), content.date_line, font=date_font, fill=INK, anchor="rm")
    room = WIDTH - 2 * MARGIN - date_width - (40 if date_width else 0)
    context_font = font_for(content.context_line, "regular", 28)
    if text_width(context_font, content.context_line) > room:
        context_font = font_for(content.context_line, "regular", 24)
    draw.text(
        (MARGIN, middle),
        ellipsize(content.context_line, context_font, room),
        font=context_font,
        fill=MUTED,
        anchor="lm",
    )


def draw_person(canvas, person, left, top, diameter, width):
    """One person: round photo, name, and position with organisation in up to two lines."""
    draw = ImageDraw.Draw(canvas)
    canvas.alpha_composite(avatar(person.photo, person.name, diameter), (left, top))
    text_left = left + diameter + 22
    text_room = width - diameter - 22
    name_font = font_for(person.name, "bold", 28)
    detail_font = font_for(person.detail, "regular", 21)
    detail_lines = wrap(person.detail, detail_font, text_room, 2) if person.detail else []
    block = 34 + len(detail_lines) * 26
    y = top + (diameter - block) / 2
    draw.text((text_left, y), ellipsize(person.name, name_font, text_room), font=name_font, fill=INK)
    draw_lines(draw, (text_left, y + 38), detail_lines, detail_font, MUTED, spacing=1.2)


def draw_group(canvas, people, more, top, diameter):
    """Three or more people: overlapping photos, then their names in a sentence."""
    overlap = diameter // 3
    for index, person in enumerate(people):
        canvas.alpha_composite(
            avatar(person.photo, person.name, diameter), (MARGIN + index * (diameter - overlap), top)
        )
    text_left = MARGIN + len(people) * (diameter - overlap) + overlap + 28
    names = [person.name for person in people]
    sentence = ", ".join(names[:-1]) + (f", {names[-1]}" if more else f" and {names[-1]}")
    if more:
        sentence += f" and {more} more"
    draw = ImageDraw.Draw(canvas)
    names_font = font_for(sentence, "bold", 26)
    lines = wrap(sentence, names_font, WIDTH - MARGIN - text_left, 3)
    y = top + (diameter - len(lines) * 32) / 2
    draw_lines(draw, (text_left, y), lines, names_font, INK, spacing=1.23)


def draw_people(canvas, people, more, top, diameter):
    """One or two people side by side with their titles; a group as a row of photos and names."""
    if len(people) + more >= 3:
        draw_group(canvas, people, more, top, diameter)
        return
    column = (WIDTH - 2 * MARGIN) // len(people)
    for index, person in enumerate(people):
        draw_person(canvas, person, MARGIN + index * column, top, diameter, column - 24)


# --- layouts --------------------------------------------------------------------------------------


def session_layout(canvas, content):
    """Topic first, large; the people under it."""
    draw = ImageDraw.Draw(canvas)
    people_top = HEIGHT - FOOTER_HEIGHT - 150
    area_top, area_bottom = 116, (people_top - 16 if content.people else HEIGHT - FOOTER_HEIGHT - 24)
    # Without people, the teaser (if any) goes under the topic instead.
    subtitle = content.subtitle if not content.people else ""
    subtitle_font = font_for(subtitle, "regular", 30)
    subtitle_lines = wrap(subtitle, subtitle_font, WIDTH - 2 * MARGIN, 2) if subtitle else []
    max_lines = 3 if content.people or subtitle_lines else 4
    title_font, lines = fit_text(content.title, "bold", WIDTH - 2 * MARGIN, max_lines, (64, 58, 52, 46, 42))
    # Centre the topic in the space between the header and the people.
    line_height = round(title_font.size * 1.16)
    block = len(lines) * line_height + (24 + len(subtitle_lines) * 40 if subtitle_lines else 0)
    top = area_top + max(0, (area_bottom - area_top - block) / 2)
    y = draw_lines(draw, (MARGIN, top), lines, title_font, INK, spacing=1.16)
    draw_lines(draw, (MARGIN, y + 24), subtitle_lines, subtitle_font, MUTED, spacing=1.32)
    if content.people:
        draw_people(canvas, content.people, content.more_people, people_top, 112)


def hero_layout(canvas, content):
    """A conference: its photo on the right fading into the card, the name and place on the left."""
    text_right = WIDTH - MARGIN
    if content.picture is not None:
        photo_width = 500
        photo = cover(content.picture, (photo_width, HEIGHT)).convert("RGBA")
        canvas.paste(photo, (WIDTH - photo_width, 0), horizontal_fade(photo_width, HEIGHT, solid_from=0.55))
        text_right = WIDTH - photo_width + 40
    draw = ImageDraw.Draw(canvas)
    width = text_right - MARGIN
    title_font, lines = fit_text(content.title, "bold", width, 4, (60, 54, 48, 44, 40))
    y = draw_lines(draw, (MARGIN, 140), lines, title_font, INK, spacing=1.14)
    if content.subtitle:
        subtitle_font = font_for(content.subtitle, "regular", 30)
        draw.text((MARGIN, y + 18), ellipsize(content.subtitle, subtitle_font, width), font=subtitle_font, fill=MUTED)


def portrait_layout(canvas, content):
    """A speaker: a large round photo on the left, name and position on the right."""
    diameter = 300
    top = (HEIGHT - FOOTER_HEIGHT - diameter) // 2 + 30
    canvas.alpha_composite(avatar(content.picture, content.title, diameter), (MARGIN, top))
    draw = ImageDraw.Draw(canvas)
    left = MARGIN + diameter + 56
    width = WIDTH - MARGIN - left
    name_font, name_lines = fit_text(content.title, "bold", width, 2, (64, 56, 48))
    subtitle_font = font_for(content.subtitle, "regular", 30)
    subtitle_lines = wrap(content.subtitle, subtitle_font, width, 3) if content.subtitle else []
    block = len(name_lines) * round(name_font.size * 1.14) + 20 + len(subtitle_lines) * 38
    y = top + (diameter - block) / 2
    y = draw_lines(draw, (left, y), name_lines, name_font, INK, spacing=1.14)
    draw_lines(draw, (left, y + 20), subtitle_lines, subtitle_font, MUTED, spacing=1.26)


def logo_layout(canvas, content):
    """An organisation: its logo on a white tile, the name beside it."""
    tile = 300
    top = (HEIGHT - FOOTER_HEIGHT - tile) // 2 + 30
    draw = ImageDraw.Draw(canvas)
    draw.rounded_rectangle((MARGIN, top, MARGIN + tile, top + tile), radius=24, fill=INK)
    if content.picture is not None:
        logo = contain(content.picture, (tile - 60, tile - 60))
        canvas.alpha_composite(logo, (MARGIN + (tile - logo.width) // 2, top + (tile - logo.height) // 2))
    else:
        label = initials(content.title)
        draw.text(
            (MARGIN + tile / 2, top + tile / 2),
            label,
            font=font_for(label, "bold", 110),
            fill=BACKGROUND_TOP,
            anchor="mm",
        )
    left = MARGIN + tile + 56
    width = WIDTH - MARGIN - left
    name_font, name_lines = fit_text(content.title, "bold", width, 3, (56, 50, 44, 40))
    subtitle_font = font_for(content.subtitle, "regular", 26)
    subtitle_lines = wrap(content.subtitle, subtitle_font, width, 3) if content.subtitle else []
    block = len(name_lines) * round(name_font.size * 1.14) + 20 + len(subtitle_lines) * 34
    y = top + (tile - block) / 2
    y = draw_lines(draw, (left, y), name_lines, name_font, INK, spacing=1.14)
    draw_lines(draw, (left, y + 20), subtitle_lines, subtitle_font, MUTED, spacing=1.3)


def plain_layout(canvas, content):
    """Any other page: its title and a line of introduction."""
    draw = ImageDraw.Draw(canvas)
    title_font, lines = fit_text(content.title, "bold", WIDTH - 2 * MARGIN, 3, (84, 72, 64, 56))
    y = draw_lines(draw, (MARGIN, 190), lines, title_font, INK, spacing=1.12)
    if content.subtitle:
        subtitle_font = font_for(content.subtitle, "regular", 32)
        subtitle_lines = wrap(content.subtitle, subtitle_font, WIDTH - 2 * MARGIN, 3)
        draw_lines(draw, (MARGIN, y + 24), subtitle_lines, subtitle_font, MUTED, spacing=1.3)


LAYOUTS = {
    "session": session_layout,
    "hero": hero_layout,
    "portrait": portrait_layout,
    "logo": logo_layout,
    "plain": plain_layout,
}


def render_card(content):
    """The finished card as an RGB Pillow image of 1200 x 630."""
    canvas = vertical_gradient((WIDTH, HEIGHT), BACKGROUND_TOP, BACKGROUND_BOTTOM).convert("RGBA")
    LAYOUTS[content.layout](canvas, content)
    draw_header(canvas, content)
    draw_footer(canvas, content)
    return canvas.convert("RGB")
