"""`python -m gui` starts the desktop, like the `freightdesk-gui` entry point."""

from gui.app import main

raise SystemExit(main())
