"""Reads a PDF with pikepdf (Debian's python3-pikepdf) and prints, as JSON,
what PDF/UA-1 asks of its tags, for tests/integration/export-pdf-ua.test.ts
to assert on: the catalog's flags, the XMP metadata, the structure tree
(types, role map, heading order, list items, tables), the link annotations,
and every mark on every page outside tagged content or an artifact.

Usage: /usr/bin/python3 pdf-ua-check.py FILE.pdf
"""

import json
import sys
import xml.etree.ElementTree as ET

import pikepdf

# ISO 32000-1, 14.8.4: the standard structure types of PDF 1.7.
STANDARD = {
    'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index',
    'NonStruct', 'Private', 'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl',
    'LBody', 'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot', 'Span', 'Quote', 'Note',
    'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu',
    'WT', 'WP', 'Figure', 'Formula', 'Form',
}
PAINTING = {'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'Tj', 'TJ', "'", '"', 'Do', 'sh', 'BI', 'INLINE IMAGE'}

NS = {
    'rdf': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
    'dc': 'http://purl.org/dc/elements/1.1/',
    'pdfuaid': 'http://www.aiim.org/pdfua/ns/id/',
}


def name(obj):
    return str(obj)[1:] if isinstance(obj, pikepdf.Name) else None


def kids(elem):
    k = elem.get('/K')
    if k is None:
        return []
    return list(k) if isinstance(k, pikepdf.Array) else [k]


def is_elem(obj):
    return isinstance(obj, pikepdf.Dictionary) and '/S' in obj


def walk(pdf):
    root = pdf.Root.StructTreeRoot
    role_map = {str(k)[1:]: name(v) for k, v in root.get('/RoleMap', pikepdf.Dictionary()).items()}
    types, headings, list_items, tables = [], [], [], []

    def visit(elem):
        s = name(elem.S)
        types.append(s)
        children = [k for k in kids(elem) if is_elem(k)]
        if s in ('H1', 'H2', 'H3', 'H4', 'H5', 'H6'):
            headings.append(int(s[1]))
        if s == 'LI':
            list_items.append([name(k.S) for k in children])
        if s == 'Table':
            cells = []
            def cell_types(e):
                for k in kids(e):
                    if is_elem(k):
                        t = name(k.S)
                        if t in ('TH', 'TD'):
                            cells.append(t)
                        else:
                            cell_types(k)
            cell_types(elem)
            tables.append({'TH': cells.count('TH'), 'TD': cells.count('TD')})
        for k in children:
            visit(k)

    for k in kids(root):
        if is_elem(k):
            visit(k)
    unmapped = sorted({t for t in types if t not in STANDARD and role_map.get(t) not in STANDARD})
    return {
        'types': sorted(set(types)),
        'roleMap': role_map,
        'nonStandardUnmapped': unmapped,
        'headings': headings,
        'listItems': list_items,
        'tables': tables,
    }


def xmp(pdf):
    if '/Metadata' not in pdf.Root:
        return None
    tree = ET.fromstring(pdf.Root.Metadata.read_bytes())
    part = tree.find('.//pdfuaid:part', NS)
    if part is None:
        desc = tree.find('.//rdf:Description', NS)
        part_text = desc.get('{%s}part' % NS['pdfuaid']) if desc is not None else None
    else:
        part_text = part.text
    title = tree.find('.//dc:title/rdf:Alt/rdf:li', NS)
    return {'pdfuaidPart': part_text, 'dcTitle': title.text if title is not None else None}


def pages(pdf):
    out = []
    for number, page in enumerate(pdf.pages, start=1):
        depth, artifact_depth, outside, artifact_text = 0, [], [], 0
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ('BDC', 'BMC'):
                depth += 1
                if operands and name(operands[0]) == 'Artifact':
                    artifact_depth.append(depth)
            elif op == 'EMC':
                if artifact_depth and artifact_depth[-1] == depth:
                    artifact_depth.pop()
                depth -= 1
            elif op in PAINTING:
                if depth == 0:
                    outside.append(op)
                elif artifact_depth and op in ('Tj', 'TJ'):
                    artifact_text += 1
        links = []
        for annot in page.get('/Annots', []):
            if annot.get('/Subtype') == pikepdf.Name('/Link'):
                contents = annot.get('/Contents')
                links.append({
                    'contents': str(contents) if contents is not None else None,
                    'structParent': '/StructParent' in annot,
                })
        out.append({
            'page': number,
            'untaggedMarks': outside,
            'artifactTextRuns': artifact_text,
            'tabsS': page.get('/Tabs') == pikepdf.Name('/S'),
            'links': links,
        })
    return out


def main(path):
    with pikepdf.open(path) as pdf:
        root = pdf.Root
        prefs = root.get('/ViewerPreferences', pikepdf.Dictionary())
        report = {
            'version': pdf.pdf_version,
            'lang': str(root.get('/Lang', '')),
            'marked': bool(root.get('/MarkInfo', pikepdf.Dictionary()).get('/Marked', False)),
            'displayDocTitle': bool(prefs.get('/DisplayDocTitle', False)),
            'infoTitle': str(pdf.docinfo.get('/Title', '')),
            'xmp': xmp(pdf),
            'structure': walk(pdf) if '/StructTreeRoot' in root else None,
            'pages': pages(pdf),
        }
    json.dump(report, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main(sys.argv[1])
