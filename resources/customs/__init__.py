"""Editable customs data: destination countries and description terms (core.domain.customs_data)."""
