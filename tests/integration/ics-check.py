# Reads an iCalendar file with Debian's python3-icalendar and prints what a
# calendar program would take from it, as JSON (for tests/integration/calendar-ics.test.ts).
import json
import sys
from datetime import timezone

from icalendar import Calendar

raw = open(sys.argv[1], 'rb').read()
cal = Calendar.from_ical(raw)
events = []
for ev in cal.walk('VEVENT'):
    start = ev.decoded('DTSTART')
    end = ev.decoded('DTEND')
    attendees = ev.get('ATTENDEE', [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    organizer = ev.get('ORGANIZER')
    events.append({
        'uid': str(ev.get('UID')),
        'sequence': int(ev.get('SEQUENCE', 0)),
        'startUtc': start.astimezone(timezone.utc).isoformat(),
        'endUtc': end.astimezone(timezone.utc).isoformat(),
        'tzid': start.tzinfo is not None and str(ev['DTSTART'].params.get('TZID')),
        'summary': str(ev.get('SUMMARY')),
        'location': str(ev.get('LOCATION', '')),
        'description': str(ev.get('DESCRIPTION', '')),
        'url': str(ev.get('URL', '')),
        'status': str(ev.get('STATUS', '')),
        'organizer': None if organizer is None else {'cn': str(organizer.params.get('CN')), 'email': str(organizer)},
        'attendees': [{'cn': str(a.params.get('CN')), 'email': str(a)} for a in attendees],
    })
print(json.dumps({
    'method': str(cal.get('METHOD')),
    'timezones': [str(tz.get('TZID')) for tz in cal.walk('VTIMEZONE')],
    'events': events,
}, ensure_ascii=False))
