"""Reads an archive folder written by "Arkivera" the way an archivist would,
without Anteckna: metadata.json's checksums recomputed with hashlib, the
PDF/A's identification (pdfaid part and conformance) and issue id read with
pikepdf, from both the document information and the XMP. Prints JSON for
tests/integration/archive-copy.test.ts to assert on.

Usage: /usr/bin/python3 archive-check.py FOLDER
"""

import hashlib
import json
import os
import sys

import pikepdf

folder = sys.argv[1]
with open(os.path.join(folder, 'metadata.json'), encoding='utf-8') as f:
    metadata = json.load(f)

files = []
for entry in metadata['files']:
    with open(os.path.join(folder, entry['name']), 'rb') as f:
        data = f.read()
    files.append({
        'name': entry['name'],
        'checksumType': entry['checksumType'],
        'listed': entry['checksum'],
        'actual': hashlib.sha256(data).hexdigest(),
        'listedSize': entry['size'],
        'actualSize': len(data),
    })

pdf_name = next(e['name'] for e in metadata['files'] if e['kind'] == 'archive-pdfa')
with pikepdf.open(os.path.join(folder, pdf_name)) as pdf:
    meta = pdf.open_metadata()
    info_id = pdf.docinfo.get('/AntecknaIssueId')
    xmp_id = meta.get('{https://anteckna.example/ns/issue/1.0/}IssueId')
    xmp_title = meta.get('dc:title')
    pdfa = meta.pdfa_status

print(json.dumps({
    'folderEntries': sorted(os.listdir(folder)),
    'files': files,
    'pdf': {'pdfa': pdfa, 'infoIssueId': str(info_id) if info_id is not None else None, 'xmpIssueId': xmp_id, 'title': xmp_title},
    'metadata': metadata,
}, ensure_ascii=False))
