#!/usr/bin/env python3
"""Compare the tiles of live boards (/, /board/E, /board/group/G) and static board files with /api/wallboard.
usage: compare_html.py BOARD_URL STATIC_DIR [token]"""
import json, sys, re, html, urllib.request, os
board, static = sys.argv[1:3]; tok = sys.argv[3] if len(sys.argv) > 3 else None
def get(path):
    u = board + path + (('&' if '?' in path else '?') + 'token=' + tok if tok else '')
    try: return urllib.request.urlopen(u).read().decode()
    except urllib.error.HTTPError as e: return e.read().decode()
def text(s):
    s = re.sub(r'<style.*?</style>', '', s, flags=re.S)
    return html.unescape(re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', ' ', s)))
def tiles(t):
    r = {}
    for k, lab in [('total', 'Open now'), ('opened', 'New today'), ('solved', 'Solved today'), ('change', 'Backlog vs yesterday'),
                   ('unassigned', 'Unassigned'), ('unassigned', 'No technician'), ('late', 'Late'), ('dueSoon', 'Due in 24 h')]:
        m = re.search(re.escape(lab) + r' ([+\-−–]?[\d,]+|—|–|-)', t)
        if m: r[k] = m.group(1)
    return r
def norm(v):
    if v is None: return None
    try: return int(str(v).replace('−', '-').replace('+', '').replace(',', ''))
    except ValueError: return v
def want(a):
    o = a['open']
    return dict(total=o['total'], opened=a['today']['opened'], solved=a['today']['solved'], change=a['openChangeSinceYesterday'],
                unassigned=o['unassigned'], late=o['late'], dueSoon=o['dueSoon'])
def api(q):
    return json.loads(get('/api/wallboard' + q))
g = api('')
pages = [('/', '', 'index.html')] + [(f'/board/{e["id"]}', f'?entity={e["id"]}', f'entity-{e["id"]}.html') for e in g['entities'] if e['id'] is not None and e['id'] >= 0] \
    + [(f'/board/group/{x["id"]}', f'?group={x["id"]}', f'group-{x["id"]}.html') for x in g['groups']]
bad = 0
for path, q, f in pages:
    a = want(api(q)); live = {k: norm(v) for k, v in tiles(text(get(path))).items()}
    d = {k: (live.get(k), a[k]) for k in a if live.get(k) != a[k] and not (a[k] is None and live.get(k) in ('—', '–', '-', None))}
    fp = os.path.join(static, f)
    if os.path.exists(fp):
        st = {k: norm(v) for k, v in tiles(text(open(fp, encoding='utf-8').read())).items()}
        ds = {k: (st.get(k), a[k]) for k in a if st.get(k) != a[k] and not (a[k] is None and st.get(k) in ('—', '–', '-', None))}
        if ds: d['static'] = ds
    else: d['static'] = 'missing ' + f
    if d: bad += 1; print(path, d)
print('pages', len(pages), 'mismatching', bad)
