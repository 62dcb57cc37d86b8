"""The main window: navigation between the screens, menus, shortcuts and a status bar.

It holds the shell only: each screen gets the worker and, once the database is open, the
data it needs (rule 8); the window never knows what a screen lists. Geometry, the current
screen and every table's columns are remembered in QSettings. Screens are built when first
needed (gui.screens): the first one before the first paint, the rest right after it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from gui import icons
from gui.data_controller import DataController
from gui.errors import ErrorPresenter
from gui.i18n import LANGUAGES, Languages
from gui.navigation import Desk, screen_kinds
from gui.navigation_list import NavigationList
from gui.screen import Screen
from gui.screens import Screens
from gui.theme import Theme, Themes, repolish
from gui.worker import BackgroundWorker

if TYPE_CHECKING:
    from core.services.views import FlightView
    from gui.booking_editor import BookingEditor
    from gui.bookings_page import BookingsPage
    from gui.data import DataAccess
    from gui.flights_page import FlightsPage

ERROR_STYLE = "color: #ffffff; background: #b3261e; padding: 0 6px;"
DEFAULT_SIZE = (1200, 700)
ACTION_ICONS = {"new_booking": "new", "refresh": "refresh", "find": "search"}


def login_name() -> str:
    """The clerk, as the operating system knows them (until FreightDesk has users)."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return os.environ.get("USERNAME", "")


class MainWindow(QMainWindow):
    def __init__(
        self,
        worker: BackgroundWorker,
        open_data: Callable[[], DataAccess],
        settings: QSettings,
        *,
        languages: Languages | None = None,
        themes: Themes | None = None,
        errors: ErrorPresenter | None = None,
        today: Callable[[], date] = date.today,
        page_size: int | None = None,  # bookings fetched at a time; None: the list's own
        user: str | None = None,
        jobs: BackgroundWorker | None = None,  # long work; None: the window starts its own
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._owns_jobs = False
        self.booking_editor: BookingEditor | None = None  # the last one opened
        self.settings = settings
        self.languages, self.themes = languages, themes
        self.worker = worker
        self.jobs = jobs if jobs is not None else self._own_jobs()
        self.desk = Desk(worker, self.jobs, today, page_size, languages)
        self.database = DataController(worker, open_data, self)
        self.stack = QStackedWidget()
        self.screens = Screens(screen_kinds(self.desk), self.stack, settings, self)
        self.navigation = NavigationList(self.screens.names)
        self.screens.built.connect(self._on_screen_built)
        self.errors = errors if errors is not None else ErrorPresenter(parent=self)
        if self.errors.dialog_parent is None:
            self.errors.dialog_parent = self
        self.errors.watch(worker)
        self.errors.watch(self.jobs)
        self.user = login_name() if user is None else user
        self.setCentralWidget(self._build_centre())
        self.status_label, self.office_label, self.location_label, self.user_label = (
            self._build_status_bar()
        )
        self.actions_by_name: dict[str, QAction] = {}
        self._build_menus()
        self._connect(worker)
        self._office = ""
        self._location = ""
        self.retranslate()
        self._restore()

    # -- life --------------------------------------------------------------------------
    def start(self) -> None:
        """After the first paint: open the database on the worker, and build the other
        screens once the current one has what it shows (building them meanwhile would hold
        the interpreter the worker's imports need); a screen asked for sooner is built then.
        """
        self.show_message(self.tr("Opening database…"))
        self.current_screen.loaded.connect(
            self._build_the_rest, Qt.ConnectionType.SingleShotConnection
        )
        self.database.open()
        self._tint_icons()  # drawn after the first paint (~40 ms of SVG), the worker started

    def _build_the_rest(self) -> None:
        QTimer.singleShot(0, self.screens, self.screens.build_the_rest_later)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.screens.closing = True
        self._save()
        self.database.close()
        if self._owns_jobs:
            self.jobs.shutdown()
        super().closeEvent(event)

    def _own_jobs(self) -> BackgroundWorker:
        self._owns_jobs = True
        return BackgroundWorker(name="jobs", parent=self)

    @property
    def current_screen(self) -> Screen:
        return self.screens.get(max(0, self.navigation.currentRow()))

    @property
    def flights(self) -> FlightsPage:
        return cast("FlightsPage", self.screens.get(0))

    @property
    def bookings(self) -> BookingsPage:
        return cast("BookingsPage", self.screens.get(1))

    def show_screen(self, index: int) -> None:
        if 0 <= index < len(self.screens.kinds):
            self.navigation.setCurrentRow(index)

    def refresh(self) -> None:
        self.current_screen.refresh()

    def new_booking(self, flight: FlightView | None = None) -> None:
        """Open a booking editor (on ``flight``'s lane, if given); several may be open."""
        data = self.database.data
        if data is None:
            self.show_message(self.tr("The database is still opening; try again in a moment."))
            return
        from gui.booking_editor import BookingEditor

        editor = BookingEditor(self.worker, self.jobs, data, self, flight=flight)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.destroyed.connect(lambda: setattr(self, "booking_editor", None))
        self.booking_editor = editor
        editor.show()

    def focus_search(self) -> None:
        self.current_screen.focus_search()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(ERROR_STYLE if error else "")

    # -- building ------------------------------------------------------------------------
    def _build_centre(self) -> QWidget:
        self.navigation.currentRowChanged.connect(self._on_screen_chosen)
        centre = QWidget()
        layout = QHBoxLayout(centre)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.navigation)
        # A window narrower than a screen's filters scrolls sideways instead of refusing to
        # shrink: a clerk may put FreightDesk beside another window on a small screen.
        room = QScrollArea()
        room.setObjectName("screen_room")
        room.setWidgetResizable(True)
        room.setFrameShape(QFrame.Shape.NoFrame)
        room.setWidget(self.stack)
        layout.addWidget(room, 1)
        return centre

    def _build_status_bar(self) -> tuple[QLabel, QLabel, QLabel, QLabel]:
        status, office, location, user = QLabel(), QLabel(), QLabel(), QLabel()
        location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status.setContentsMargins(4, 0, 4, 0)
        self.statusBar().addWidget(status, 1)
        for label in (office, location, user):
            separator = QFrame()
            separator.setFrameShape(QFrame.Shape.VLine)
            separator.setFrameShadow(QFrame.Shadow.Sunken)
            label.setContentsMargins(6, 0, 6, 0)
            self.statusBar().addPermanentWidget(separator)
            self.statusBar().addPermanentWidget(label)
        return status, office, location, user

    def _action(
        self, name: str, slot: Callable[[], object], keys: QKeySequence | None = None
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(keys)
        # A slot of no arguments: QAction.triggered would pass ``checked`` to one that takes any.
        action.triggered.connect(lambda: slot())
        self.actions_by_name[name] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        new = QKeySequence(QKeySequence.StandardKey.New)
        self.file_menu.addAction(self._action("new_booking", self.new_booking, new))
        self.file_menu.addSeparator()
        self.file_menu.addAction(self._action("refresh", self.refresh, QKeySequence(Qt.Key.Key_F5)))
        self.file_menu.addSeparator()
        self.file_menu.addAction(self._action("quit", self.close, QKeySequence("Ctrl+Q")))
        self.edit_menu = bar.addMenu("")
        find = self._action("find", self.focus_search, QKeySequence(QKeySequence.StandardKey.Find))
        self.edit_menu.addAction(find)
        self.view_menu = bar.addMenu("")
        for n, kind in enumerate(self.screens.kinds, start=1):
            go = self._action(f"screen_{kind.name}", self._going_to(n - 1))
            go.setShortcut(QKeySequence(f"Ctrl+{n}"))
            self.view_menu.addAction(go)
        self.view_menu.addSeparator()
        self.theme_menu = self.view_menu.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self._build_theme_menu()
        self._build_language_menu()
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self._action("about", self._about))
        self.help_menu.addAction(self._action("about_qt", QApplication.aboutQt))

    def _build_theme_menu(self) -> None:
        group = QActionGroup(self)
        for theme in Theme:
            action = self._action(f"theme_{theme.value}", partial(self._use_theme, theme))
            action.setCheckable(True)
            action.setChecked(self.themes is not None and self.themes.current == theme)
            group.addAction(action)
            self.theme_menu.addAction(action)
        self.theme_menu.setEnabled(self.themes is not None)

    def _build_language_menu(self) -> None:
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = self._action(f"language_{code}", partial(self._use_language, code))
            action.setText(name)  # in its own language, never translated
            action.setCheckable(True)
            action.setChecked(self.languages is not None and self.languages.current == code)
            group.addAction(action)
            self.language_menu.addAction(action)
        self.language_menu.setEnabled(self.languages is not None)

    def _connect(self, worker: BackgroundWorker) -> None:
        self.database.opened.connect(self._on_opened)
        self.errors.message.connect(lambda text: self.show_message(text, error=True))
        worker.changed.connect(self.screens.on_changes)
        self.jobs.changed.connect(self.screens.on_changes)

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("FreightDesk"))
        self.navigation.set_titles([self.screens.title(n) for n in range(len(self.screens.kinds))])
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        self.language_menu.setTitle(self.tr("&Language"))
        texts = {
            "new_booking": self.tr("&New booking…"),
            "refresh": self.tr("&Refresh"),
            "quit": self.tr("&Quit"),
            "find": self.tr("&Find"),
            "theme_system": self.tr("As the &system"),
            "theme_light": self.tr("&Light"),
            "theme_dark": self.tr("&Dark"),
            "about": self.tr("&About FreightDesk"),
            "about_qt": self.tr("About &Qt"),
        }
        for n, kind in enumerate(self.screens.kinds, start=1):
            texts[f"screen_{kind.name}"] = f"&{n} {self.screens.title(n - 1)}"
        for name, text in texts.items():
            self.actions_by_name[name].setText(text)
        self._show_places()

    def _tint_icons(self) -> None:
        """The screens' and actions' icons, in the palette's colours."""
        self.navigation.tint()
        for action, name in ACTION_ICONS.items():
            self.actions_by_name[action].setIcon(icons.icon(name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            icons.clear_cache()  # the old theme's colours
            repolish(self)  # widgets with a style sheet keep the old palette until polished
            self._tint_icons()
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # The screens hear of the change after the window: read theirs once they have.
            QTimer.singleShot(0, self, self._retranslate_status)
        super().changeEvent(event)

    def _retranslate_status(self) -> None:
        screen = self.current_screen
        if not self.status_label.styleSheet():  # an error stays until something replaces it
            self.show_message(screen.status_text, error=screen.status_is_error)

    def _show_places(self) -> None:
        self.office_label.setText(self.tr("Office: {airport}").format(airport=self._office or "—"))
        location = self._location or "—"
        self.location_label.setText(self.tr("Database: {location}").format(location=location))
        self.location_label.setToolTip(location)
        self.user_label.setText(self.tr("User: {name}").format(name=self.user or "—"))

    # -- reactions ----------------------------------------------------------------------------
    def _on_opened(self, data: DataAccess) -> None:
        self._office, self._location = data.office_airport, data.location
        self._show_places()
        self.screens.attach(data)

    def _on_screen_built(self, screen: Screen) -> None:
        screen.status_changed.connect(
            lambda text, error: self._on_screen_status(screen, text, error)
        )
        screen.book_requested.connect(self.new_booking)
        screen.language_chosen.connect(lambda code: self.settings.setValue("view/language", code))

    def _on_screen_chosen(self, row: int) -> None:
        screen = self.screens.show(row)
        if screen.status_text or self.database.data is not None:
            self.show_message(screen.status_text, error=screen.status_is_error)

    def _on_screen_status(self, screen: Screen, text: str, error: bool) -> None:
        if screen is self.stack.currentWidget():
            self.show_message(text, error=error)

    def _going_to(self, index: int) -> Callable[[], None]:
        def go() -> None:
            self.show_screen(index)
            self.focus_search()

        return go

    def _use_theme(self, theme: Theme) -> None:
        if self.themes is not None:
            self.themes.use(theme)
            self.settings.setValue("view/theme", theme.value)

    def _use_language(self, code: str) -> None:
        if self.languages is not None:
            self.languages.use(code)
            self.settings.setValue("view/language", code)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About FreightDesk"),
            self.tr(
                "<h3>FreightDesk</h3><p>Booking and documents for cross-border e-commerce "
                "air freight, offline at the forwarder's desk.</p>"
            ),
        )

    # -- remembered between sessions ------------------------------------------------------
    def _save(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/screen", self.current_screen.objectName())
        self.screens.save_layouts()
        self.settings.sync()

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(geometry)):
            self.resize(*DEFAULT_SIZE)
        names = self.screens.names
        chosen = self.settings.value("window/screen")
        self.show_screen(names.index(str(chosen)) if chosen in names else 0)
