#!/usr/bin/env python3
"""Fetch every ticket, entity and group from a GLPI API v2 (e.g. the demo simulator) and dump JSON.
usage: glpi_fetch.py BASE_URL(.../api.php) OUT.json [client_id secret user password]"""
import json, sys, urllib.request, urllib.parse
base = sys.argv[1].rstrip('/'); out = sys.argv[2]
cid, sec, user, pw = (sys.argv[3:7] if len(sys.argv) > 6 else ('wallboard-demo', 'demo-secret', 'glpi-sync', 'demo-password'))
data = urllib.parse.urlencode(dict(grant_type='password', client_id=cid, client_secret=sec, username=user, password=pw, scope='api')).encode()
tok = json.load(urllib.request.urlopen(urllib.request.Request(base + '/token', data=data)))['access_token']
def lst(path):
    rows, last = [], -1
    while True:
        q = urllib.parse.urlencode(dict(filter=f'id=gt={last}', sort='id:asc', limit=500, start=0))
        r = urllib.request.Request(f'{base}/v2.2{path}?{q}', headers={'Authorization': 'Bearer ' + tok, 'Accept': 'application/json'})
        page = json.load(urllib.request.urlopen(r))
        if not page: return rows
        rows += page; last = page[-1]['id']
json.dump(dict(tickets=lst('/Assistance/Ticket'), entities=lst('/Administration/Entity'), groups=lst('/Administration/Group')), open(out, 'w'))
