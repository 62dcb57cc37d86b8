"""The dashboard's calls into core.services, run on the worker thread (rule 6).

Core is imported inside the function, so building the page loads no SQLAlchemy; what
comes back is the frozen DashboardView, which the UI thread may keep.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.services.dashboard import DashboardView
    from gui.data import DataAccess


def load_dashboard(data: DataAccess, today: date, weeks: int) -> DashboardView:
    from core.services.dashboard import office_dashboard

    return office_dashboard(data.units().reading(), today=today, weeks=weeks)
