#!/usr/bin/env python3
"""Dump every sheet of an .xlsx as rows of cell values (strings, numbers; formulas shown with '=').
usage: xlsx_dump.py FILE.xlsx [SHEET]"""
import sys, zipfile, re, xml.etree.ElementTree as ET
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}
z = zipfile.ZipFile(sys.argv[1])
ss = []
if 'xl/sharedStrings.xml' in z.namelist():
    for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns):
        ss.append(''.join(t.text or '' for t in si.iter('{%s}t' % ns['m'])))
wb = ET.fromstring(z.read('xl/workbook.xml'))
rels = {r.get('Id'): r.get('Target') for r in ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))}
def sheet(name):
    for s in wb.find('m:sheets', ns):
        if s.get('name') == name:
            t = rels[s.get('{%s}id' % ns['r'])]; t = t.lstrip('/'); t = t if t.startswith('xl/') else 'xl/' + t
            rows = []
            for row in ET.fromstring(z.read(t)).iter('{%s}row' % ns['m']):
                vals = []
                for c in row.findall('m:c', ns):
                    v = c.find('m:v', ns); f = c.find('m:f', ns); typ = c.get('t')
                    if typ == 's': val = ss[int(v.text)]
                    elif typ == 'inlineStr': val = ''.join(x.text or '' for x in c.iter('{%s}t' % ns['m']))
                    else: val = v.text if v is not None else None
                    if f is not None: val = f'={f.text} -> {val}'
                    vals.append((c.get('r'), val))
                rows.append(vals)
            return rows
names = [s.get('name') for s in wb.find('m:sheets', ns)]
for n in ([sys.argv[2]] if len(sys.argv) > 2 else names):
    print('##', n)
    for r in sheet(n)[:int(__import__("os").environ.get("ROWS", "60"))]: print(' | '.join(f'{k}={v}' for k, v in r))
