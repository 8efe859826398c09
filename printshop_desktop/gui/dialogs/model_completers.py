"""Completion for the model dialog: categories (a tree written ``Creatures/Dragons``) and tags
(a comma-separated list, completed one tag at a time)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


def category_paths(categories: Iterable[str]) -> list[str]:
    """Every category and every parent of one (``Creatures``, ``Creatures/Dragons``), sorted."""
    paths: set[str] = set()
    for category in categories:
        parts = [p.strip() for p in category.split("/") if p.strip()]
        paths.update("/".join(parts[: n + 1]) for n in range(len(parts)))
    return sorted(paths, key=str.casefold)


def split_tags(text: str) -> tuple[str, ...]:
    """``"dragon, Fantasy ,,"`` → ``("dragon", "fantasy")`` (lower case, no repeats)."""
    seen: dict[str, None] = {}
    for raw in text.replace(";", ",").split(","):
        tag = raw.strip().lower()
        if tag:
            seen[tag] = None
    return tuple(seen)


def category_completer(edit: QLineEdit, categories: Iterable[str]) -> QCompleter:
    """Suggest known categories (and their parents) anywhere in the text, ignoring case."""
    completer = QCompleter(category_paths(categories), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)
    return completer


class TagCompleter(QCompleter):
    """Completes the tag after the last comma, keeping the tags before it."""

    def __init__(self, tags: Iterable[str], edit: QLineEdit) -> None:
        super().__init__(edit)
        self.setModel(QStringListModel(sorted(set(tags)), self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setWidget(edit)
        self._edit = edit
        edit.textEdited.connect(self._on_edited)
        self.activated[str].connect(self._insert)  # type: ignore[index]

    def _on_edited(self, text: str) -> None:
        prefix = text.rsplit(",", 1)[-1].strip()
        self.setCompletionPrefix(prefix)
        if prefix and self.completionCount():
            self.complete()
            return
        popup = self.popup()
        if popup is not None:
            popup.hide()

    def _insert(self, completion: str) -> None:
        done = self._edit.text().rsplit(",", 1)
        head = f"{done[0]}, " if len(done) > 1 else ""
        self._edit.setText(f"{head}{completion}, ")
