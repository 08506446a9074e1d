#!/usr/bin/env python3
"""Compare /api/wallboard for every entity, group and entity+group scope with truth.py.
usage: compare_api.py BOARD_URL DUMP.json ZONE [token]"""
import json, sys, subprocess, urllib.request, itertools, os
board, dump, zone = sys.argv[1:4]; tok = sys.argv[4] if len(sys.argv) > 4 else None
here = os.path.dirname(os.path.abspath(__file__))
def api(q=''):
    sep = '&' if q else ''
    u = f'{board}/api/wallboard?{q}' + (f'{sep}token={tok}' if tok else '')
    try: return json.load(urllib.request.urlopen(u))
    except urllib.error.HTTPError as e: return {'http': e.code}
g = api(); asof = g['asOf']
def truth(*a): return json.loads(subprocess.check_output([sys.executable, f'{here}/truth.py', dump, zone, asof, *a]))
d = json.load(open(dump))
scopes = [()] + [(f'entity={e["id"]}',) for e in d['entities']] + [(f'group={x["id"]}',) for x in d['groups']] + \
    [(f'entity={e["id"]}', f'group={x["id"]}') for e in d['entities'][:4] for x in d['groups'][:4]]
bad = 0
for s in scopes:
    a = api('&'.join(s)); t = truth(*s)
    if 'http' in a:
        if t['total']: print(s, 'HTTP', a['http'], 'but truth', t['total']); bad += 1
        continue
    o = a['open']
    got = dict(total=o['total'], opened=a['today']['opened'], solved=a['today']['solved'], closed=a['today']['closed'],
               late=o['late'], dueSoon=o['dueSoon'], noGroup=o['noGroup'],
               change=a['openChangeSinceYesterday'])
    got['unassigned(no tech)' if any(x.startswith('group') for x in s) else 'unassigned'] = o['unassigned']
    exp = {k: t[k] for k in got if k in t}; exp['change'] = t['total'] - t['openEndYesterday']
    diff = {k: (got[k], exp[k]) for k in exp if got[k] != exp[k]}
    bs = {int(k): v for k, v in o['byStatus'].items() if v}; 
    if bs != {int(k): v for k, v in t['byStatus'].items()}: diff['byStatus'] = (bs, t['byStatus'])
    bg = {int(k): v for k, v in (o['byGroup'] or {}).items() if v}
    if bg != {int(k): v for k, v in t['byGroup'].items()}: diff['byGroup'] = (bg, t['byGroup'])
    if not s:
        own = {}
        for e in a['entities']: own[e['id']] = own.get(e['id'], 0) + e['open']
        if sum(own.values()) != o['total']: diff['entityRowsSum'] = (sum(own.values()), o['total'])
    if diff: bad += 1; print(s, diff)
print('scopes', len(scopes), 'mismatching', bad)
