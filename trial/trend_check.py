#!/usr/bin/env python3
"""Check the workbook's Trend sheet (reconstructed days) against ticket dates in ZONE.
usage: trend_check.py DUMP.json ZONE WORKBOOK.xlsx"""
import json, sys, subprocess, os
from datetime import datetime, date, timedelta
from zoneinfo import ZoneInfo
d = json.load(open(sys.argv[1])); zone = ZoneInfo(sys.argv[2])
out = subprocess.check_output([sys.executable, os.path.dirname(__file__) + '/xlsx_dump.py', sys.argv[3], 'Trend'], env=dict(os.environ, ROWS='100000')).decode()
ts = [t for t in d['tickets'] if not t['is_deleted']]
dt = lambda s: datetime.fromisoformat(s) if s else None
def day(s): return dt(s).astimezone(zone).date() if s else None
bad = 0
for line in out.splitlines()[2:]:
    c = dict(x.split('=', 1) for x in line.split(' | '))
    k = {x[0]: v for x, v in c.items()}
    dd = date(1899, 12, 30) + timedelta(days=int(float(k['A'])))
    eod = datetime.combine(dd + timedelta(days=1), datetime.min.time(), zone)
    op = sum(dt(t['date']) < eod and not ((t['date_solve'] and dt(t['date_solve']) < eod) or (t['date_close'] and dt(t['date_close']) < eod)) for t in ts)
    o = sum(day(t['date']) == dd for t in ts); s = sum(day(t['date_solve']) == dd for t in ts); cl = sum(day(t['date_close']) == dd for t in ts)
    got = (int(float(k['B'])), int(float(k['C'])), int(float(k['D'])), int(float(k['E'])))
    if k.get('F') == 'yes' and got != (op, o, s, cl): bad += 1; print(dd, 'got', got, 'want', (op, o, s, cl))
    last = (dd, got, (op, o, s, cl), k.get('F'))
print('last row', last, 'mismatching reconstructed days', bad)
