# Reads an .eml file with Python's own MIME parser (email, policy.default)
# and prints what a mail program would take from it, as JSON, with the
# text/calendar part read by python3-icalendar (for invite-eml.test.ts).
# With a folder as second argument, each attachment's decoded bytes are also
# written there (review-send.test.ts reads the attached PDF with pdftotext).
import hashlib
import os
import json
import re
import sys
from email import policy
from email.parser import BytesParser

from icalendar import Calendar

with open(sys.argv[1], 'rb') as f:
    raw = f.read()
msg = BytesParser(policy=policy.default).parsebytes(raw)


def calendar_of(raw):
    cal = Calendar.from_ical(raw)
    events = []
    for ev in cal.walk('VEVENT'):
        attendees = ev.get('ATTENDEE', [])
        if not isinstance(attendees, list):
            attendees = [attendees]
        organizer = ev.get('ORGANIZER')
        events.append({
            'uid': str(ev.get('UID')),
            'sequence': int(ev.get('SEQUENCE', 0)),
            'status': str(ev.get('STATUS', '')),
            'start': ev.decoded('DTSTART').isoformat(),
            'organizer': None if organizer is None else {'cn': str(organizer.params.get('CN')), 'email': str(organizer)},
            'attendees': [{'cn': str(a.params.get('CN')), 'email': str(a)} for a in attendees],
        })
    return {'method': str(cal.get('METHOD')), 'events': events}


attachments = []
calendar_part = None
text = None
for part in msg.walk():
    if part.is_multipart():
        continue
    payload = part.get_payload(decode=True)
    if part.get_content_disposition() == 'attachment':
        attachment = {
            'fileName': part.get_filename(),
            'contentType': part.get_content_type(),
            'sha256': hashlib.sha256(payload).hexdigest(),
        }
        if len(sys.argv) > 2:
            saved = os.path.join(sys.argv[2], 'attachment-%d' % len(attachments))
            with open(saved, 'wb') as out:
                out.write(payload)
            attachment['savedTo'] = saved
        attachments.append(attachment)
    elif part.get_content_type() == 'text/calendar':
        calendar_part = {'partMethod': part.get_param('method'), 'sha256': hashlib.sha256(payload).hexdigest(), **calendar_of(payload)}
    elif part.get_content_type() == 'text/plain' and text is None:
        text = part.get_content()

print(json.dumps({
    'unsent': msg['X-Unsent'],
    'subject': str(msg['Subject']),
    # The header as written, to see it is ASCII with RFC 2047 encoded words.
    'rawSubject': re.search(rb'^Subject: (.*(?:\r\n[ \t].*)*)', raw, re.M).group(1).decode('ascii'),
    'from': [{'name': a.display_name, 'email': a.addr_spec} for a in msg['From'].addresses],
    'to': [{'name': a.display_name, 'email': a.addr_spec} for a in msg['To'].addresses],
    'text': text,
    'attachments': attachments,
    'calendar': calendar_part,
}, ensure_ascii=False))
