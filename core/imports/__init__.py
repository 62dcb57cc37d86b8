"""Importing and exporting clerks' spreadsheets (rate sheets); no database work here:
the services decide what to commit."""
