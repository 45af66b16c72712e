"""The view's colours: component styles blended over its background and cached, and row tints
kept distinct where a terminal rounds them to its 256-colour palette."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.color import Color as RichColor
from rich.color import ColorSystem
from rich.style import Style
from textual.color import Color

if TYPE_CHECKING:
    from textual.scroll_view import ScrollView as _Widget
else:
    _Widget = object

TINTED_LABELS = ("paraphrased", "conflict", "unique")
"""Labels whose rows have a background tint that must stay distinct on any terminal."""

TINT_STEPS = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0)
"""How much a row tint may be strengthened to stay distinct in a 256-colour palette."""

GREY_SATURATION = 0.15
"""A palette colour less saturated than this reads as grey, not as a label's tint."""


class DiffStyles(_Widget):
    """Mixin of ``DiffView``: its own style and its ``diffview--*`` parts, resolved once.

    The widget empties ``_style_cache`` when the theme or CSS changes."""

    _style_cache: dict[str | tuple[str, RichColor | None], Style]

    def _base_style(self) -> Style:
        """This widget's own style: ``rich_style`` walks every ancestor's styles on each read
        (three reads a line were ~a third of a line's drawing), so it is kept with the parts."""
        cached = self._style_cache.get("")
        if cached is None:
            cached = self._style_cache[""] = self.rich_style
        return cached

    def _part(self, name: str) -> Style:
        """A component style with its translucent colours blended over this widget's background.

        Rich styles have no alpha, so ``$warning 10%`` must be mixed here to stay a tint.
        """
        cached = self._style_cache.get(name)
        if cached is not None:
            return cached
        styles = self.get_component_styles(f"diffview--{name}")
        _, own_background = self.background_colors
        background = own_background + styles.background if styles.has_rule("background") else None
        if background is not None and name in TINTED_LABELS and self._few_colours():
            background = self._distinct_tint(name, own_background)
        color = None
        if styles.has_rule("color"):
            under = background or own_background
            # `$text-muted` and `$text` are `auto` colours: Textual picks black or white for the
            # background it paints on; blended as they are they were white (60%) on any theme,
            # so on a light one the numbers, site furniture and evidence words all but vanished.
            own = styles.color
            color = readable(under, own.a) if styles.auto_color else under + own
        style = Style(
            color=color.rich_color if color is not None else None,
            bgcolor=background.rich_color if background is not None else None,
        )
        if styles.has_rule("text_style"):
            style += styles.text_style
        self._style_cache[name] = style
        return style

    def _over(self, style: Style, name: str) -> Style:
        """``style + self._part(name)``, the part's colour kept readable on the row ``style``
        paints (the cursor's, a tint): where it falls under :data:`LEAST_CONTRAST` there, an
        ``auto`` colour (``$text-muted``, ``$text``) is picked again for that row and any other
        (a label's marker, a conflict's words) is moved towards black or white until it reads."""
        key = (name, style.bgcolor)  # per row background; looked up for every line drawn
        cached = self._style_cache.get(key)
        if cached is None:
            cached = self._style_cache[key] = self._readable_part(name, style.bgcolor)
        return style + cached

    def _readable_part(self, name: str, row_background: RichColor | None) -> Style:
        """``self._part(name)`` with its colour made readable over ``row_background`` (see
        :meth:`_over`)."""
        part = self._part(name)
        under = part.bgcolor or row_background
        if part.color is None or under is None or not (part.color.triplet and under.triplet):
            return part  # an ANSI theme's colours are the terminal's: left to it
        row = Color.from_rich_color(under)
        shown = Color.from_rich_color(part.color)
        if contrast(shown, row) >= LEAST_CONTRAST:
            return part
        styles = self.get_component_styles(f"diffview--{name}")
        shown = readable(row, styles.color.a) if styles.auto_color else legible(shown, row)
        return part + Style(color=shown.rich_color)

    def _few_colours(self) -> bool:
        """Whether the terminal shows 256 colours or fewer (tints are rounded to a palette)."""
        system = self.app.console.color_system
        return system is not None and system != "truecolor"

    def _distinct_tint(self, name: str, own: Color) -> Color:
        """The row background of label ``name`` as the terminal's 256-colour palette shows it
        (see :func:`distinct_tint`)."""
        tints = {
            label: self.get_component_styles(f"diffview--{label}").background
            for label in TINTED_LABELS
        }
        return distinct_tint(name, own, tints)


LEAST_CONTRAST = 3.0
"""The least contrast the view's numbers, markers and muted words keep against their row."""


def readable(under: Color, alpha: float) -> Color:
    """Textual's ``auto`` text colour at ``alpha`` over ``under`` (black or white, whichever
    reads), made stronger where a mid-tone row (the cursor's) leaves it under
    :data:`LEAST_CONTRAST`."""
    shown = under + under.get_contrast_text(alpha)
    while contrast(shown, under) < LEAST_CONTRAST and alpha < 1:
        alpha = min(1.0, alpha + 0.1)
        shown = under + under.get_contrast_text(alpha)
    return shown


def legible(color: Color, under: Color) -> Color:
    """``color`` (a label's, opaque) moved towards black or white, whichever ``under`` is not,
    just far enough to reach :data:`LEAST_CONTRAST` on it: its hue kept where it can be."""
    target = under.get_contrast_text(1.0)
    for step in range(1, 11):
        shown = color.blend(target, step / 10)
        if contrast(shown, under) >= LEAST_CONTRAST:
            return shown
    return target


def contrast(one: Color, two: Color) -> float:
    """The WCAG 2 contrast ratio of two opaque colours (1 to 21)."""

    def luminance(color: Color) -> float:
        linear = [
            c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
            for c in (color.r / 255, color.g / 255, color.b / 255)
        ]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def distinct_tint(name: str, own: Color, tints: dict[str, Color]) -> Color:
    """The row background of label ``name`` over ``own``, given each label's tint, as the
    terminal's 256-colour palette shows it.

    A 10% tint is rounded to the nearest palette entry, and which entry depends on the last
    percent: over the focused background (focus adds a 3% tint) paraphrased rows rounded to
    olive, over the unfocused one to the dark red of unique rows. So the tint is
    strengthened until its palette entry is nearer in hue to its own label's colour than to
    any other label's, is not grey, and is not taken by the plain background or an earlier
    label (``TINTED_LABELS`` order).
    """
    taken = {_palette_number(own)}
    chosen = own + tints[name]
    for label in TINTED_LABELS:
        tint = tints[label]
        candidate = own + tint
        for strength in TINT_STEPS:
            candidate = own + tint.multiply_alpha(strength)
            shown = _palette_color(candidate)
            if _palette_number(candidate) not in taken and _nearest_hue(shown, tints) == label:
                break
        taken.add(_palette_number(candidate))
        if label == name:
            chosen = candidate
            break
    return chosen


def _palette_number(color: Color) -> int | None:
    """The 256-colour palette entry a terminal shows for ``color``."""
    return color.rich_color.downgrade(ColorSystem.EIGHT_BIT).number


def _palette_color(color: Color) -> Color:
    """``color`` rounded to the 256-colour palette."""
    triplet = color.rich_color.downgrade(ColorSystem.EIGHT_BIT).get_truecolor()
    return Color(triplet.red, triplet.green, triplet.blue)


def _nearest_hue(color: Color, tints: dict[str, Color]) -> str | None:
    """The label whose tint colour is nearest in hue to ``color`` (``None`` for a grey)."""
    hue, saturation, _ = color.hsl
    if saturation < GREY_SATURATION:
        return None

    def distance(label: str) -> float:
        gap = abs(hue - tints[label].hsl.h) % 1.0
        return min(gap, 1.0 - gap)

    return min(tints, key=distance)
