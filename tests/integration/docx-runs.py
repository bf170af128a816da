"""The text runs of a DOCX's word/document.xml with their marks, read with a real unzip and XML parser.

Prints JSON: [{"text": ..., "strike": bool, "underline": "double" | "single" | null}] in document order.
"""
import json
import sys
import zipfile
import xml.etree.ElementTree as ET

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'

with zipfile.ZipFile(sys.argv[1]) as docx:
    root = ET.fromstring(docx.read('word/document.xml'))

runs = []
for run in root.iter(W + 'r'):
    text = ''.join(t.text or '' for t in run.iter(W + 't'))
    if not text:
        continue
    props = run.find(W + 'rPr')
    strike = props is not None and props.find(W + 'strike') is not None and props.find(W + 'strike').get(W + 'val', 'true') not in ('false', '0')
    u = props.find(W + 'u') if props is not None else None
    underline = None if u is None else u.get(W + 'val', 'single')
    runs.append({'text': text, 'strike': bool(strike), 'underline': underline})
print(json.dumps(runs, ensure_ascii=False))
