"""A person's deadlines as an iCalendar feed, for Outlook: their open tasks, one all-day event each."""

from datetime import date, datetime, timedelta

from icalendar import Calendar, Event

from workflows.handlers.context import Services
from workflows.handlers.pages.tray import work_tray
from workflows.handlers.users import WebUser


def calendar_feed(services: Services, user: WebUser, today: date, stamp: datetime) -> bytes:
    """The user's open tasks' due dates as iCalendar (case references only, no child details)."""
    cal = Calendar()
    cal.add("prodid", "-//cspr//deadlines//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"cspr deadlines ({user.username})")
    for group in work_tray(services, user, today).values():
        for task in group:
            event = Event()
            party = f"-{task['party']}" if task["party"] else ""
            event.add("uid", f"{task['reference']}-{task['kind']}{party}@cspr")
            event.add("summary", f"{task['reference']}: {task['title']}")
            event.add("dtstart", task["due"])
            event.add("dtend", task["due"] + timedelta(days=1))
            event.add("dtstamp", stamp)
            event.add("description", f"Follow up by {task['follow_up'].isoformat()}. {task['next']}.")
            cal.add_component(event)
    return cal.to_ical()
