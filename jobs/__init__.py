"""The background worker (`manage.py run_worker`) and the periodic jobs it runs.

`tasks` holds the periodic jobs as tasks, `schedule` decides when each is due, and
`management/commands/run_worker.py` runs django-tasks-db's worker with the schedule beside it.
Imports none of the project's apps, so it sits outside their layering.
"""
