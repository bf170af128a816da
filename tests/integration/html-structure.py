"""Prints, as JSON, what a public web page is made of, read with Python's own
HTML parser: the lang of <html>, the title, the headings in order, every id,
every href and src, the text of the body and of each block (paragraph,
list item, heading, table cell) on its own, the script and style elements, the elements that load
something from outside (src, link href, url() in style), and the labels of
<nav> elements.

Usage: /usr/bin/python3 html-structure.py FILE.html
"""

import json
import re
import sys
from html.parser import HTMLParser

BLOCKS = {'p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'blockquote', 'ul', 'ol', 'div', 'nav', 'main', 'header', 'table', 'tr'}
HEADINGS = {'h1': 1, 'h2': 2, 'h3': 3, 'h4': 4, 'h5': 5, 'h6': 6}


class Structure(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = {'lang': None, 'title': '', 'headings': [], 'ids': [], 'hrefs': [], 'srcs': [],
                    'scripts': 0, 'links': 0, 'styleUrls': 0, 'navLabels': [], 'eventHandlers': 0,
                    'text': '', 'blocks': []}
        self.in_body = False
        self.block = []
        self.heading = None
        self.in_title = False
        self.in_style = False

    def end_block(self):
        self.out['text'] += ' '
        text = ' '.join(''.join(self.block).split())
        if text:
            self.out['blocks'].append(text)
        self.block = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'body':
            self.in_body = True
        if tag in BLOCKS or tag == 'br':
            self.end_block()
        if tag == 'html':
            self.out['lang'] = a.get('lang')
        if tag == 'title':
            self.in_title = True
        if tag == 'script':
            self.out['scripts'] += 1
        if tag == 'link':
            self.out['links'] += 1
        if tag == 'style':
            self.in_style = True
        if tag == 'nav':
            self.out['navLabels'].append(a.get('aria-label'))
        if tag in HEADINGS:
            self.heading = [HEADINGS[tag], '']
        for name, value in attrs:
            if name == 'id':
                self.out['ids'].append(value)
            if name == 'href':
                self.out['hrefs'].append(value)
            if name == 'src':
                self.out['srcs'].append(value)
            if name.startswith('on'):
                self.out['eventHandlers'] += 1
            if name == 'style' and value and 'url(' in value:
                self.out['styleUrls'] += 1

    def handle_endtag(self, tag):
        if tag in BLOCKS:
            self.end_block()
        if tag == 'title':
            self.in_title = False
        if tag == 'style':
            self.in_style = False
        if tag in HEADINGS and self.heading is not None:
            self.heading[1] = ' '.join(self.heading[1].split())
            self.out['headings'].append(self.heading)
            self.heading = None

    def handle_data(self, data):
        if self.in_body and not self.in_style:
            self.out['text'] += data
            self.block.append(data)
        if self.in_title:
            self.out['title'] += data
        if self.in_style:
            self.out['styleUrls'] += len(re.findall(r'url\(|@import', data))
        if self.heading is not None:
            self.heading[1] += data


parser = Structure()
with open(sys.argv[1], encoding='utf-8') as f:
    parser.feed(f.read())
json.dump(parser.out, sys.stdout, ensure_ascii=False)
