"""The save dialog: choose a format and a file, never overwrite silently, say where it went.

Push it with the comparison on screen, and (for SVG) the app's screenshot taken *before* the
dialog opens, so the picture shows the comparison rather than the dialog::

    self.app.push_screen(SaveDialog(comparison, svg=self.app.export_screenshot()))

The dialog dismisses with the saved path, or ``None`` when cancelled (escape). Rendering and
writing run in a thread worker (group ``save``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.css.query import NoMatches
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from newsdiff.app.screens.save_names import (
    folder_line,
    has_extension,
    is_folder,
    loaded_article,
    with_extension,
)
from newsdiff.app.widgets.choice_button import ChoiceButton, FormatRow
from newsdiff.core.models import Comparison
from newsdiff.core.sanitize import visible
from newsdiff.export.atomic import (
    SaveError,
    TargetExistsError,
    describe,
    next_free_name,
    write_atomic,
)
from newsdiff.export.common import default_filename
from newsdiff.export.render import EXTENSIONS, SAVE_FORMATS, format_of_path, render


class SaveDialog(ModalScreen[Path | None]):
    """Save the comparison as HTML, SVG, Markdown or JSON.

    A subclass saves something else (the story: :class:`~newsdiff.app.screens.story_save.
    StorySaveDialog`) by its :attr:`FORMATS`, :attr:`TITLE`, :meth:`file_name`,
    :meth:`render_report` and :meth:`describe_format`; choosing, asking and writing are this
    class's.

    Args:
        comparison: What to save.
        svg: The app's screenshot (SVG text) to save for the SVG format; when ``None``, a Rich
            rendering of the rows is saved instead.
        folder: Where the default file name points (default: the current working directory).
        fmt: The format selected at first (``html``, ``svg``, ``md`` or ``json``).
        now: The date written in report headers (default: the moment of saving).
        protected: Files never to write over (the articles loaded in the app); the two
            compared articles are always protected.
    """

    FORMATS: ClassVar[dict[str, str]] = SAVE_FORMATS
    """The formats offered, with their display names."""
    TITLE: ClassVar[str] = "Save this comparison"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", tooltip="Close without saving", id="save-cancel"),
        Binding(
            "ctrl+o",
            "overwrite",
            "Overwrite",
            tooltip="Replace the existing file (only once the dialog has asked)",
            priority=True,
            id="save-overwrite",
        ),
    ]

    DEFAULT_CSS = """
    SaveDialog {
        align: center middle;
        background: $background 60%;
        & > #save-box {
            width: 84;
            max-width: 100%;
            height: auto;
            padding: 1 2;
            border: thick $primary 60%;
            background: $surface;
        }
        & #save-title { text-style: bold; margin-bottom: 1; }
        & #save-format { width: 100%; layout: horizontal; margin-bottom: 1; }
        & #save-folder { width: 100%; }
        & #save-path { margin-bottom: 1; }
        & #save-message { height: auto; margin-bottom: 1; color: $text-muted; }
        & #save-message.-error { color: $text-error; }
        & #save-message.-warning { color: $text-warning; }
        & #save-buttons { height: auto; align-horizontal: right; }
        & #save-buttons Button { margin-left: 1; }
    }
    """

    def __init__(
        self,
        comparison: Comparison,
        svg: str | None = None,
        *,
        folder: Path | None = None,
        fmt: str = "html",
        now: datetime | None = None,
        protected: Sequence[str] = (),
    ) -> None:
        super().__init__()
        self.comparison = comparison
        self.svg = svg
        self._start(
            (comparison.left.article.path, comparison.right.article.path, *protected),
            folder,
            fmt,
            now,
        )

    def _start(
        self, protected: Sequence[str], folder: Path | None, fmt: str, now: datetime | None
    ) -> None:
        """What every save dialog keeps: the files never written over, the folder, the format
        first offered, the time in the reports, and the state of the question it asks."""
        self.protected = tuple(protected)
        if fmt not in self.FORMATS:
            raise ValueError(f"unknown save format {fmt!r}")
        self.folder = folder if folder is not None else Path.cwd()
        self.fmt = fmt
        self.now = now
        self._confirmed: Path | None = None
        """The existing file the user agreed to overwrite (by pressing Overwrite)."""
        self._busy = False
        """A save is running in the worker."""
        self._following_name = False
        """The format is being switched to follow the extension typed in the name."""
        self._hinting = False
        """The message line says which extension a save adds to the typed name."""

    def compose(self) -> ComposeResult:
        """The format choice, the path, a message line and the buttons."""
        with Vertical(id="save-box"):
            yield Label(self.TITLE, id="save-title")
            with FormatRow(id="save-format"):
                for fmt, name in self.FORMATS.items():
                    yield ChoiceButton(name, value=fmt == self.fmt, id=f"save-format-{fmt}")
            folder = self.folder_line(str(self.default_path(self.fmt)))
            yield Label(folder, id="save-folder", markup=False)
            yield Input(
                value=str(self.default_path(self.fmt)), id="save-path", select_on_focus=False
            )
            yield Static(self.describe_format(), id="save-message", markup=False)
            with Horizontal(id="save-buttons"):
                yield Button("New name", id="save-rename")
                yield Button("No, keep it", id="save-keep")
                yield Button("Save", variant="primary", id="save")
                yield Button("Cancel", id="save-close")

    def on_mount(self) -> None:
        """Focus the path, cursor at the end; hide the rename button until it is needed."""
        self.query_one("#save-rename", Button).display = False
        self.query_one("#save-keep", Button).display = False
        path_input = self.query_one("#save-path", Input)
        path_input.cursor_blink = False
        path_input.focus()
        self._show_end(path_input)
        # The format row's keyboard cursor starts on the offered format, not on the first one
        # (RadioSet puts it on the first), so shift+tab and → move on from what is shown.
        formats = self.query_one("#save-format", RadioSet)
        for _ in range(max(formats.pressed_index, 0)):
            formats.action_next_button()

    def _show_end(self, path_input: Input) -> None:
        """Cursor at the end, scrolled so the file name and its extension are in view."""
        path_input.cursor_position = len(path_input.value)

        def scroll_to_end() -> None:
            # Input scrolls to its cursor on changes, but not for the value it starts with.
            path_input.scroll_to(x=path_input.max_scroll_x, animate=False, immediate=True)

        self.call_after_refresh(scroll_to_end)

    def folder_line(self, typed: str) -> str:
        """``File (in /tmp/x/):``, the folder's start cut (``…/x/``) to fit the dialog."""
        try:
            room = self.query_one("#save-folder", Label).content_size.width or 74
        except NoMatches:  # not composed yet: the dialog's width at 80 columns
            room = 74
        return folder_line(self.folder, typed, room)

    def _show_folder(self) -> None:
        typed = self.query_one("#save-path", Input).value
        self.query_one("#save-folder", Label).update(self.folder_line(typed))

    def on_resize(self) -> None:
        """Fit the folder line to the dialog's new width."""
        self.call_after_refresh(self._show_folder)

    def default_path(self, fmt: str) -> Path:
        """``<folder>/newsdiff-<left>-vs-<right>.<ext>``, from the two titles."""
        return self.folder / self.file_name(EXTENSIONS[fmt])

    def file_name(self, extension: str) -> str:
        """The file name offered in the dialog's folder (or a folder typed in it)."""
        return default_filename(self.comparison, extension)

    # ------------------------------------------------------------------ events

    @on(RadioSet.Changed, "#save-format")
    def _format_changed(self, event: RadioSet.Changed) -> None:
        button_id = event.pressed.id or ""
        self.fmt = button_id.removeprefix("save-format-")
        if self._following_name:
            # The radio followed the extension typed in the name: leave the name alone.
            self._following_name = False
            self._reset(self.describe_format())
            return
        path_input = self.query_one("#save-path", Input)
        current = Path(path_input.value.strip() or str(self.default_path(self.fmt)))
        if self._named_format(current.name) is not None:
            path_input.value = str(current.with_suffix(f".{EXTENSIONS[self.fmt]}"))
        elif not has_extension(current.name):
            path_input.value = str(self._with_extension(current))
        self._reset(self.describe_format())
        self._show_final_name(path_input.value)
        row = self.query_one("#save-format", FormatRow)
        if row.stepping:  # chosen by an arrow: the row keeps the keys (→ → goes on)
            row.stepping = False
            self._show_end(path_input)  # the new extension in view (`….jso` was cut)
            return
        # Back to the file name, so Enter saves right after choosing the format.
        path_input.focus()
        self._show_end(path_input)

    @on(FormatRow.Done, "#save-format")
    def _format_done(self) -> None:
        """``enter`` or ``space`` on the format row: back to the file name, to save."""
        path_input = self.query_one("#save-path", Input)
        path_input.focus()
        self._show_end(path_input)

    def _named_format(self, name: str) -> str | None:
        """The save format the extension of ``name`` asks for (``a.htm`` → html), or None."""
        fmt = format_of_path(name)
        return fmt if fmt in self.FORMATS else None

    @on(Input.Changed, "#save-path")
    def _path_changed(self, event: Input.Changed) -> None:
        named = self._named_format(Path(event.value.strip()).name)
        if named is not None and named != self.fmt:
            # Typing `report.md` means Markdown, as `-o report.md` does on the command line.
            self.fmt = named
            self._following_name = True
            self.query_one(f"#save-format-{named}", RadioButton).value = True
            self._reset(self.describe_format())
        elif self._confirmed is not None:
            self._reset(self.describe_format())
        self._show_final_name(event.value)
        self._show_folder()

    @on(Input.Submitted, "#save-path")
    def _enter_in_name(self) -> None:
        """Enter in the name saves; while the dialog asks about an existing file, Enter is No."""
        if self._confirmed is not None:
            self._keep()
            return
        self.save()

    @on(Button.Pressed, "#save")
    def _save_requested(self) -> None:
        self.save()

    @on(Button.Pressed, "#save-keep")
    def _keep(self) -> None:
        """Do not replace the existing file: back to the name, to change it."""
        kept = self._confirmed
        self._reset(
            f"Kept {kept.name}; nothing was written. Type another name, or press New name."
            if kept is not None
            else self.describe_format()
        )
        # the message offers New name: it stays (until the name changes), as it says
        self.query_one("#save-rename", Button).display = kept is not None
        path_input = self.query_one("#save-path", Input)
        path_input.focus()
        self._show_end(path_input)

    def action_overwrite(self) -> None:
        """Replace the existing file the dialog asked about (ctrl+o); otherwise nothing."""
        if self._confirmed is None:
            return
        self.save()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """ctrl+o exists only while the dialog asks whether to replace a file."""
        if action == "overwrite":
            return self._confirmed is not None
        return True

    @on(Button.Pressed, "#save-rename")
    def _rename(self) -> None:
        target = self.target()
        if target is None:
            return
        try:
            free = next_free_name(target)
        except (SaveError, OSError) as error:
            self._show(str(error), "-error")
            return
        self.query_one("#save-path", Input).value = str(free)
        self._reset(f"New name: {free.name}. Press Save to write it.")

    @on(Button.Pressed, "#save-close")
    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)

    # ------------------------------------------------------------------ saving

    def target(self) -> Path | None:
        """The path typed in the dialog (``~`` expanded, relative to the folder), or ``None``."""
        raw = self.query_one("#save-path", Input).value.strip()
        if not raw:
            self._show("Type a file name to save to.", "-error")
            return None
        try:
            path = Path(raw).expanduser()
        except RuntimeError:  # ~name of a user that does not exist
            user = raw.split("/", 1)[0]
            self._show(f"{raw}: there is no user {user[1:]!r} for {user} to stand for.", "-error")
            return None
        if not path.is_absolute():
            path = self.folder / path
        try:
            if path.is_dir():
                path = path / self.file_name(EXTENSIONS[self.fmt])
        except OSError as error:
            self._show(f"{path}: {describe(error)}", "-error")
            return None
        except ValueError:
            self._show(f"{raw}: not a file name (it contains a NUL character).", "-error")
            return None
        return self._with_extension(path)

    def _with_extension(self, path: Path) -> Path:
        """``path`` with the chosen format's extension added when its name has none."""
        return with_extension(path, EXTENSIONS[self.fmt])

    def _show_final_name(self, typed: str) -> None:
        """Say which name a save writes when it is not the typed one with a save format's
        extension: the extension is added, or a name with another one is kept as typed."""
        name = Path(typed.strip()).name if typed.strip() else ""
        fmt = self.FORMATS[self.fmt]
        folder = is_folder(self.folder, typed.strip())
        if not name or self._named_format(name) is not None or folder:
            if self._hinting:
                self._hinting = False
                self._show(self.describe_format(), "")
            return
        if has_extension(name):
            self._show(f"Saves {fmt} as {name}, the name as typed.", "")
        else:
            final = self._with_extension(Path(name)).name
            self._show(f"Saves as {final}: the {fmt} extension is added.", "")
        self._hinting = True

    def save(self) -> None:
        """Check the target, ask before replacing an existing file, then write it in a worker.

        Rendering and writing run in a thread so a long comparison never freezes the app; the
        outcome comes back as a notification (and the dialog closes) or as a message here.
        """
        if self._busy:
            return
        target = self.target()
        if target is None:
            return
        article = loaded_article(target, self.protected)
        if article is not None:
            self._show(
                f"{target} is {article}, an article loaded in newsdiff; it is never written "
                "over. Choose another file.",
                "-error",
            )
            return
        overwrite = self._confirmed == target
        try:
            exists = target.exists()
        except OSError:
            exists = False
        if exists and not overwrite:
            self._ask_overwrite(target)
            return
        # The extension typed decides the format, even before the radio has caught up.
        self.fmt = self._named_format(target.name) or self.fmt
        self._set_busy(True)
        self._show(f"Saving {self.FORMATS[self.fmt]}…", "")
        # The app owns the worker, so closing the dialog does not abandon a save half-way.
        self.app.run_worker(
            partial(self._write, self.app, target, self.fmt, overwrite),
            name="save",
            group="save",
            thread=True,
            exit_on_error=False,
        )

    def render_report(self, fmt: str) -> str:
        """The report in ``fmt`` (run in the save worker)."""
        return render(self.comparison, fmt, svg=self.svg, now=self.now)

    def _write(self, app: App[object], target: Path, fmt: str, overwrite: bool) -> None:
        """Render and write (in a thread worker); report back on the UI thread."""
        try:
            text = self.render_report(fmt)
        except Exception as error:  # noqa: BLE001 - shown to the user, the app keeps running
            message = f"Could not render the {self.FORMATS[fmt]} report: {error}"
            app.call_from_thread(self._failed, app, message)
            return
        try:
            written = write_atomic(target, text, overwrite=overwrite)
        except TargetExistsError:
            app.call_from_thread(self._exists, app, target)
            return
        except SaveError as error:
            message = f"Not saved: {error}. Any previous file is unchanged."
            app.call_from_thread(self._failed, app, message)
            return
        except Exception as error:  # noqa: BLE001 - the dialog must never spin forever
            message = f"Not saved: unexpected {type(error).__name__}: {error}"
            app.call_from_thread(self._failed, app, message)
            return
        app.call_from_thread(self._saved, app, written, fmt)

    def _saved(self, app: App[object], written: Path, fmt: str) -> None:
        # The notification always tells where the file went, even if the dialog was closed.
        app.notify(f"Saved {self.FORMATS[fmt]} to {written}", title="Saved", markup=False)
        if self.is_attached and self.is_current:
            self._set_busy(False)
            self.dismiss(written)

    def _failed(self, app: App[object], message: str) -> None:
        app.notify(message, title="Save failed", severity="error", markup=False)
        if self.is_attached and self.is_current:
            self._set_busy(False)
            self._show(message, "-error")

    def _exists(self, app: App[object], target: Path) -> None:
        if not (self.is_attached and self.is_current):
            app.notify(
                f"Not saved: {target} already exists.",
                title="Save failed",
                severity="error",
                markup=False,
            )
            return
        self._set_busy(False)
        self._ask_overwrite(target)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.query_one("#save", Button).disabled = busy
        self.query_one("#save-rename", Button).disabled = busy

    # ------------------------------------------------------------------ display

    def _ask_overwrite(self, target: Path) -> None:
        self._confirmed = target
        self._show(
            f"{target.name} already exists in {target.parent}. Replace it? "
            "ctrl+o or the Overwrite button replaces it; Enter keeps it (No); "
            "New name keeps both.",
            "-warning",
        )
        save = self.query_one("#save", Button)
        save.label = "Overwrite (^o)"
        save.variant = "error"
        self.query_one("#save-rename", Button).display = True
        keep = self.query_one("#save-keep", Button)
        keep.display = True
        keep.focus()  # No is the default: Enter, Enter never replaces a file
        self.refresh_bindings()

    def _reset(self, message: str) -> None:
        self._confirmed = None
        self._hinting = False
        save = self.query_one("#save", Button)
        save.label = "Save"
        save.variant = "primary"
        self.query_one("#save-rename", Button).display = False
        self.query_one("#save-keep", Button).display = False
        self._show(message, "")
        self.refresh_bindings()

    def _show(self, message: str, kind: str) -> None:
        line = self.query_one("#save-message", Static)
        line.update(Content(visible(" ".join(message.split()))))
        line.set_class(kind == "-error", "-error")
        line.set_class(kind == "-warning", "-warning")

    def describe_format(self) -> str:
        """One line on what the selected format gives."""
        return {
            "html": "One self-contained page: both articles aligned, colours, quotes. "
            "Opens in any browser and prints well.",
            "svg": "A picture of the comparison as shown"
            + (" on screen." if self.svg is not None else " in a terminal."),
            "md": "A Markdown report: counts, sentences by label, changed words, quotes.",
            "json": "The full comparison as data; reopen it with `newsdiff open FILE`.",
        }[self.fmt]
