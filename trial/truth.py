#!/usr/bin/env python3
"""Compute the board's figures from a glpi_fetch.py dump, as README 'What the numbers mean' defines them.
usage: truth.py DUMP.json ZONE ASOF_ISO [entity=ID] [group=ID]"""
import json, sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo
d = json.load(open(sys.argv[1])); zone = ZoneInfo(sys.argv[2]); asof = datetime.fromisoformat(sys.argv[3].replace('Z', '+00:00'))
args = dict(a.split('=') for a in sys.argv[4:])
ent_parent = {e['id']: (e['parent'] or {}).get('id') for e in d['entities']}
def under(eid, root):
    seen = set()
    while eid is not None and eid not in seen:
        if eid == root: return True
        seen.add(eid); eid = ent_parent.get(eid)
    return False
def dt(s): return datetime.fromisoformat(s) if s else None
today = asof.astimezone(zone).date()
def day(s): return dt(s).astimezone(zone).date() if s else None
ts = [t for t in d['tickets'] if not t.get('is_deleted')]
if 'entity' in args: ts = [t for t in ts if t.get('entity') and under(t['entity']['id'], int(args['entity']))]
def groups(t): return {m['id'] for m in (t.get('team') or []) if m['role'] == 'assigned' and m['type'] == 'Group'}
def assigned(t): return [m for m in (t.get('team') or []) if m['role'] == 'assigned' and m['type'] in ('User', 'Group', 'Supplier')]
if 'group' in args: ts = [t for t in ts if int(args['group']) in groups(t)]
isopen = lambda t: (t.get('status') or {}).get('id') not in (5, 6)
op = [t for t in ts if isopen(t)]
res = dict(total=len(op), opened=sum(day(t['date']) == today for t in ts), solved=sum(day(t['date_solve']) == today for t in ts),
           closed=sum(day(t['date_close']) == today for t in ts))
if 'group' in args:
    res['unassigned(no tech)'] = sum(not any(m['type'] == 'User' for m in assigned(t)) for t in op)
else:
    res['unassigned'] = sum(not assigned(t) for t in op)
res['late'] = sum(bool(t.get('resolution_date')) and dt(t['resolution_date']) < asof for t in op)
res['dueSoon'] = sum(bool(t.get('resolution_date')) and asof <= dt(t['resolution_date']) < asof + timedelta(hours=24) for t in op)
from collections import Counter
res['byStatus'] = dict(sorted(Counter((t.get('status') or {}).get('id', 0) for t in op).items()))
res['byPriority'] = dict(sorted(Counter(t.get('priority') or 0 for t in op).items()))
res['byEntityOwn'] = dict(sorted(Counter((t.get('entity') or {}).get('id') for t in op).items(), key=str))
res['byGroup'] = dict(sorted(Counter(g for t in op for g in groups(t)).items()))
res['noGroup'] = sum(not groups(t) for t in op)
# open at end of yesterday (reconstruction rule)
eod = datetime.combine(today, datetime.min.time(), zone)
res['openEndYesterday'] = sum(dt(t['date']) < eod and not ((t.get('date_solve') and dt(t['date_solve']) < eod) or (t.get('date_close') and dt(t['date_close']) < eod)) for t in ts)
print(json.dumps(res))
