"""The screens of the main window, each built the first time it is needed.

The screen shown first is built before the first paint; the others right after it (the
window calls ``build_all`` before it opens the database), so start-up pays for one screen
and every screen still has its data by the time the clerk turns to it. A screen built
later gets the column layout remembered for it and the data, if already open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QSizePolicy, QStackedWidget

from gui.screen import Screen

if TYPE_CHECKING:
    from core.services.changes import ChangeSet
    from gui.data import DataAccess

CONTEXT = "MainWindow"  # titles are translated with the window's texts


class ScreenKind(NamedTuple):
    name: str  # the screen's objectName, and its key in the settings
    title: str  # source text, marked with QT_TRANSLATE_NOOP("MainWindow", ...)
    make: Callable[[], Screen]


class Screens(QObject):
    built = Signal(object)  # the Screen just built

    def __init__(
        self,
        kinds: Sequence[ScreenKind],
        stack: QStackedWidget,
        settings: QSettings,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.kinds = tuple(kinds)
        self._stack = stack
        self._settings = settings
        self._built: dict[int, Screen] = {}
        self._data: DataAccess | None = None
        self.closing = False  # the window is closing: build nothing more

    @property
    def names(self) -> list[str]:
        return [kind.name for kind in self.kinds]

    def title(self, index: int) -> str:
        return QCoreApplication.translate(CONTEXT, self.kinds[index].title)

    def get(self, index: int) -> Screen:
        """The screen at ``index`` (in the navigation's order), built if it is not yet."""
        screen = self._built.get(index)
        if screen is None:
            screen = self._build(index)
        return screen

    def show(self, index: int) -> Screen:
        """Bring the screen at ``index`` forward. Only it sizes the stack: the widest hidden
        screen would otherwise set the window's minimum width for all of them."""
        screen = self.get(index)
        self._stack.setCurrentWidget(screen)
        for built in self._built.values():
            policy = QSizePolicy.Policy.Preferred if built is screen else QSizePolicy.Policy.Ignored
            built.setSizePolicy(policy, policy)
        self._stack.updateGeometry()
        return screen

    def index_of(self, screen: Screen) -> int:
        return next(i for i, built in self._built.items() if built is screen)

    def build_all(self) -> None:
        for index in range(len(self.kinds)):
            self.get(index)

    def build_the_rest_later(self) -> None:
        """Build the screens not yet built, one per turn of the event loop: the screen on
        view paints its data first, and the window never stops answering for all of them."""
        missing = [i for i in range(len(self.kinds)) if i not in self._built]
        if missing and not self.closing:
            self.get(missing[0])
            QTimer.singleShot(0, self, self.build_the_rest_later)

    def built_screens(self) -> list[Screen]:
        return [self._built[i] for i in sorted(self._built)]

    def attach(self, data: DataAccess) -> None:
        self._data = data
        for screen in self.built_screens():
            screen.attach(data)

    def on_changes(self, changes: ChangeSet) -> None:
        for screen in self.built_screens():
            screen.on_changes(changes)

    def save_layouts(self) -> None:
        for screen in self.built_screens():
            screen.save_layout(self._settings)

    def _build(self, index: int) -> Screen:
        kind = self.kinds[index]
        screen = kind.make()
        screen.setObjectName(kind.name)
        if self._stack.count():  # a screen built behind the current one sizes nothing yet
            screen.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        screen.restore_layout(self._settings)
        self._built[index] = screen
        self._stack.addWidget(screen)
        self.built.emit(screen)
        if self._data is not None:
            screen.attach(self._data)
        return screen
