"""The desk's icons: every SVG sound, tinted to the theme, crisp at 2x, shown in the window."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from gui import icons
from gui.theme import DARK, LIGHT, Role, Themes
from tests.gui.windows import shown_window

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "icons"
SVGS = sorted(FOLDER.glob("*.svg"))
SHOTS = Path(os.environ.get("FREIGHTDESK_SHOTS", "/tmp"))  # where the window grabs go


def opaque_colour(pixmap: QPixmap) -> QColor:
    """The colour of the first fully opaque pixel: the stroke's."""
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255:
                return colour
    raise AssertionError("no opaque pixel: the icon drew nothing")


@pytest.fixture
def light(themes: Themes) -> Themes:
    themes.use("light")
    icons.clear_cache()
    return themes


def test_every_icon_is_packaged_once_and_named() -> None:
    assert {svg.stem for svg in SVGS} == icons.NAMES


@pytest.mark.parametrize("svg", SVGS, ids=lambda svg: svg.stem)
def test_every_svg_parses_as_a_24px_line_icon(qapp: QApplication, svg: Path) -> None:
    source = svg.read_bytes()
    text = source.decode()
    assert 'viewBox="0 0 24 24"' in text
    assert 'stroke="currentColor"' in text and 'stroke-linecap="round"' in text
    widths = {float(width) for width in re.findall(r'stroke-width="([\d.]+)"', text)}
    assert widths and all(1.75 <= width <= 2 for width in widths)
    tinted = source.replace(icons.CURRENT_COLOUR, b"#1f1f1f")
    assert QSvgRenderer(QByteArray(tinted)).isValid()
    assert icons.svg_source(svg.stem) == source


@pytest.mark.parametrize("name", sorted(icons.NAMES))
def test_an_icon_draws_sharp_at_twice_the_pixels(light: Themes, name: str) -> None:
    pixmap = icons.icon(name).pixmap(QSize(20, 20), 2.0)  # the navigation's, on a 2x screen
    assert not pixmap.isNull()
    assert pixmap.size() == QSize(40, 40) and pixmap.devicePixelRatio() == 2.0
    assert opaque_colour(pixmap).name() == LIGHT[Role.Text]


def test_every_size_is_drawn_at_the_size_asked(light: Themes) -> None:
    icon = icons.icon("flights")
    available = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(size, size) for size in icons.SIZES} <= available
    for size in icons.SIZES:
        for ratio in (1.0, 1.5, 2.0):
            pixmap = icon.pixmap(QSize(size, size), ratio)
            assert pixmap.width() == round(size * ratio)


def test_the_dark_theme_tints_the_icons_light(light: Themes) -> None:
    in_light = opaque_colour(icons.icon("bookings").pixmap(QSize(24, 24), 2.0))
    light.use("dark")
    icons.clear_cache()
    in_dark = opaque_colour(icons.icon("bookings").pixmap(QSize(24, 24), 2.0))
    assert (in_light.name(), in_dark.name()) == (LIGHT[Role.Text], DARK[Role.Text])


def test_disabled_and_selected_icons_have_their_own_colours(light: Themes) -> None:
    icon = icons.icon("save")
    disabled = icon.pixmap(QSize(24, 24), 2.0, QIcon.Mode.Disabled)
    selected = icon.pixmap(QSize(24, 24), 2.0, QIcon.Mode.Selected)
    assert opaque_colour(disabled).name() == LIGHT[Role.PlaceholderText]
    assert opaque_colour(selected).name() == LIGHT[Role.HighlightedText]


def test_a_copy_that_is_changed_keeps_drawing(light: Themes) -> None:
    """A QIcon that detaches copies its pixmaps; forgetting the cached one changes nothing."""
    changed = QIcon(icons.icon("print"))
    changed.addPixmap(icons.icon("save").pixmap(16))
    icons.clear_cache()
    assert opaque_colour(changed.pixmap(QSize(24, 24), 2.0)).name() == LIGHT[Role.Text]


def test_an_icon_in_a_given_colour(light: Themes) -> None:
    window_icon = icons.icon("app", "#2f6fbf")
    assert opaque_colour(window_icon.pixmap(QSize(32, 32), 2.0)).name() == "#2f6fbf"


def test_the_navigation_and_menu_show_icons_that_follow_the_theme(
    qtbot, worker, bookings_db, settings, light: Themes
) -> None:
    from gui.data import open_data

    window = shown_window(qtbot, worker, lambda: open_data(bookings_db), settings, themes=light)
    navigation = window.navigation
    assert navigation.iconSize() == QSize(20, 20)
    for row in range(navigation.count()):
        assert not navigation.item(row).icon().isNull(), navigation.item(row).text()
    for action in ("new_booking", "refresh"):
        assert not window.actions_by_name[action].icon().isNull()
    window.resize(1000, 560)
    window.grab().save(str(SHOTS / "icons_light.png"))

    def tint_of_navigation() -> str:
        icon = navigation.item(1).icon()
        return opaque_colour(icon.pixmap(QSize(20, 20), 2.0)).name()

    assert tint_of_navigation() == LIGHT[Role.Text]
    light.use("dark")
    qtbot.waitUntil(lambda: tint_of_navigation() == DARK[Role.Text])
    refresh = window.actions_by_name["refresh"].icon()
    assert opaque_colour(refresh.pixmap(QSize(16, 16), 2.0)).name() == DARK[Role.Text]
    # The navigation has a style sheet, which fixes its palette until polished again.
    assert navigation.palette().color(Role.Base).name() == DARK[Role.Base]


def test_the_window_started_dark_shows_light_icons(
    qtbot, worker, bookings_db, settings, themes: Themes
) -> None:
    from gui.data import open_data

    themes.use("dark")
    icons.clear_cache()
    window = shown_window(qtbot, worker, lambda: open_data(bookings_db), settings, themes=themes)
    window.resize(1000, 560)
    icon = window.navigation.item(0).icon()
    assert opaque_colour(icon.pixmap(QSize(20, 20), 2.0)).name() == DARK[Role.Text]
    window.grab().save(str(SHOTS / "icons_dark.png"))
