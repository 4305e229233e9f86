"""Dagster wiring: assets, checks, schedules and resources. No business logic lives here."""
