"""Lines of styled text drawn as Rich draws a recorded console: an SVG terminal window.

:func:`terminal_svg` is Rich's ``Console.export_svg`` (the same template, theme, metrics and
markup: MIT-licensed Rich, adapted) fed with lines laid out by the caller instead of a console's
recording, so a long report is written without building Rich renderables for every row.
"""

from __future__ import annotations

from html import escape
from math import ceil

from rich.cells import cell_len
from rich.color import blend_rgb
from rich.console import CONSOLE_SVG_FORMAT
from rich.style import Style
from rich.terminal_theme import SVG_EXPORT_THEME

Run = tuple[str, Style | None]
"""Some text of one line and its style (``None``: the terminal's own colours)."""

CHAR_HEIGHT = 20
FONT_ASPECT = 0.61
"""Fira Code's width to height, as in Rich (the fonts asked for are alike)."""


def _escape(text: str) -> str:
    """XML-escaped, spaces as no-break spaces (so runs of them are kept)."""
    return escape(text).replace(" ", "&#160;")


def _number(value: float) -> str:
    return format(value, "g") if isinstance(value, float) else str(value)


def _tag(name: str, content: str | None = None, **attributes: object) -> str:
    attrs = " ".join(
        f'{key.lstrip("_").replace("_", "-")}="{_number(value)}"'  # type: ignore[arg-type]
        for key, value in attributes.items()
    )
    return f"<{name} {attrs}>{content}</{name}>" if content else f"<{name} {attrs}/>"


def terminal_svg(
    lines: list[list[Run]],
    *,
    width: int,
    title: str,
    unique_id: str,
    template: str = CONSOLE_SVG_FORMAT,
) -> str:
    """The ``lines`` (each a list of runs, at most ``width`` cells) as an SVG document.

    ``template`` is Rich's ``CONSOLE_SVG_FORMAT`` or a variant of it (other fonts).
    """
    theme = SVG_EXPORT_THEME
    char_width = CHAR_HEIGHT * FONT_ASPECT
    line_height = CHAR_HEIGHT * 1.22
    css_of: dict[Style | None, str] = {}
    seen: dict[Style | None, tuple[str, str | None]] = {}
    classes: dict[str, int] = {}
    backgrounds: list[str] = []
    texts: list[str] = []

    def css(style: Style | None) -> str:
        found = css_of.get(style)
        if found is not None:
            return found
        plain = style or Style()
        color = (
            theme.foreground_color
            if plain.color is None or plain.color.is_default
            else plain.color.get_truecolor(theme)
        )
        bgcolor = (
            theme.background_color
            if plain.bgcolor is None or plain.bgcolor.is_default
            else plain.bgcolor.get_truecolor(theme)
        )
        if plain.reverse:
            color, bgcolor = bgcolor, color
        if plain.dim:
            color = blend_rgb(color, bgcolor, 0.4)
        rules = [f"fill: {color.hex}"]
        if plain.bold:
            rules.append("font-weight: bold")
        if plain.italic:
            rules.append("font-style: italic;")
        if plain.underline:
            rules.append("text-decoration: underline;")
        if plain.strike:
            rules.append("text-decoration: line-through;")
        css_of[style] = found = ";".join(rules)
        return found

    y = 0
    height = f"{line_height + 0.25:g}"
    for y, line in enumerate(lines):
        x = 0
        top = f"{y * line_height + 1.5:g}"
        baseline = f"{y * line_height + CHAR_HEIGHT:g}"
        clip = f'clip-path="url(#{unique_id}-line-{y})"'
        for text, style in line:
            length = len(text) if text.isascii() else cell_len(text)
            known = seen.get(style)
            if known is None:
                known = seen[style] = (
                    f"{unique_id}-r{classes.setdefault(css(style), len(classes) + 1)}",
                    _background(style),
                )
            name, background = known
            if background is None and not text.strip(" "):
                x += length
                continue
            if background is not None:
                backgrounds.append(
                    f'<rect fill="{background}" x="{x * char_width:g}" y="{top}"'
                    f' width="{char_width * length:g}" height="{height}"'
                    ' shape-rendering="crispEdges"/>'
                )
            if text.strip(" "):
                texts.append(
                    f'<text class="{name}" x="{x * char_width:g}" y="{baseline}"'
                    f' textLength="{char_width * len(text):g}" {clip}>{_escape(text)}</text>'
                )
            x += length
    line_width = f"{char_width * width:g}"
    clips = "\n".join(
        f"""<clipPath id="{unique_id}-line-{number}">
    <rect x="0" y="{number * line_height + 1.5:g}" width="{line_width}" height="{height}"/>
            </clipPath>"""
        for number in range(y)
    )
    styles = "\n".join(f".{unique_id}-r{number} {{ {rules} }}" for rules, number in classes.items())
    terminal_width = ceil(width * char_width + 16)
    terminal_height = (y + 1) * line_height + 48
    chrome = _tag(
        "rect",
        fill=theme.background_color.hex,
        stroke="rgba(255,255,255,0.35)",
        stroke_width="1",
        x=1,
        y=1,
        width=terminal_width,
        height=terminal_height,
        rx=8,
    )
    if title:
        chrome += _tag(
            "text",
            _escape(title),
            _class=f"{unique_id}-title",
            fill=theme.foreground_color.hex,
            text_anchor="middle",
            x=terminal_width // 2,
            y=1 + CHAR_HEIGHT + 6,
        )
    chrome += """
            <g transform="translate(26,22)">
            <circle cx="0" cy="0" r="7" fill="#ff5f57"/>
            <circle cx="22" cy="0" r="7" fill="#febc2e"/>
            <circle cx="44" cy="0" r="7" fill="#28c840"/>
            </g>
        """
    return template.format(
        unique_id=unique_id,
        char_width=char_width,
        char_height=CHAR_HEIGHT,
        line_height=line_height,
        terminal_width=char_width * width - 1,
        terminal_height=(y + 1) * line_height - 1,
        width=terminal_width + 2,
        height=terminal_height + 2,
        terminal_x=1 + 8,
        terminal_y=1 + 40,
        styles=styles,
        chrome=chrome,
        backgrounds="".join(backgrounds),
        matrix="".join(texts),
        lines=clips,
    )


def _background(style: Style | None) -> str | None:
    """The fill behind a run, or ``None`` when it is the terminal's own background."""
    theme = SVG_EXPORT_THEME
    if style is None:
        return None
    if style.reverse:
        return (
            theme.foreground_color.hex
            if style.color is None
            else style.color.get_truecolor(theme).hex
        )
    if style.bgcolor is None or style.bgcolor.is_default:
        return None
    return style.bgcolor.get_truecolor(theme).hex
