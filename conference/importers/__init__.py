"""Reads frab and pretalx schedules (JSON or XML) into a conference: `manage.py import_schedule`.

`reading.py` fetches and tells the format apart, `frab_json.py` and `frab_xml.py` check and parse into
the objects of `schedule.py`, and `apply.py` writes them in one transaction.
"""
