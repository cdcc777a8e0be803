"""Schedules that other tools read: iCalendar and the frab schedule in XML and JSON.

Only live, public sessions are exported (`conference.queries.live_sessions`); the routes on
ConferencePage and SessionPage call `views.py`, which delegates to `ical.py` and `frab.py`.
"""
