"""Prints, as JSON, the headings of an HTML file in document order:
[[level, text], …]. Used to read LibreOffice's HTML of our DOCX and our own
HTML export with Python's own HTML parser.

Usage: /usr/bin/python3 html-headings.py FILE.html
"""

import json
import sys
from html.parser import HTMLParser

HEADINGS = {'h1': 1, 'h2': 2, 'h3': 3, 'h4': 4, 'h5': 5, 'h6': 6}


class Headings(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []
        self.open = None

    def handle_starttag(self, tag, attrs):
        if tag in HEADINGS:
            self.open = [HEADINGS[tag], '']

    def handle_endtag(self, tag):
        if tag in HEADINGS and self.open is not None:
            self.open[1] = ' '.join(self.open[1].split())
            self.found.append(self.open)
            self.open = None

    def handle_data(self, data):
        if self.open is not None:
            self.open[1] += data


parser = Headings()
with open(sys.argv[1], encoding='utf-8', errors='replace') as f:
    parser.feed(f.read())
json.dump(parser.found, sys.stdout, ensure_ascii=False)
