#!/usr/bin/env python3
"""A hostile GLPI: proxies to an upstream GLPI (the simulator) and misbehaves in one MODE.
usage: hostile_glpi.py PORT UPSTREAM_PORT MODE [CATCHER_PORT]
A catcher (mode 'catch') logs every request it gets, headers and body, to /tmp/trial-host/catch-PORT.log."""
import sys, time, json, re, http.server, socketserver, urllib.request, urllib.error, threading
port, up, mode = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
catcher = int(sys.argv[4]) if len(sys.argv) > 4 else 0
import traceback, socketserver as _s; _s.BaseServer.handle_error = lambda *a: None
log = open(f'/tmp/trial-host/hostile-{port}.log', 'a', buffering=1)
seen = {'n': 0}
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def log_message(self, *a): pass
    def body(self):
        n = int(self.headers.get('Content-Length') or 0)
        return self.rfile.read(n) if n else b''
    def send(self, code, body=b'', headers=()):
        self.send_response(code)
        for k, v in headers: self.send_header(k, v)
        if not any(k.lower() == 'content-length' for k, _ in headers) and not any(k.lower() == 'transfer-encoding' for k, _ in headers):
            self.send_header('Content-Length', str(len(body)))
        self.end_headers(); self.wfile.write(body)
    def upstream(self, method, data):
        req = urllib.request.Request(f'http://127.0.0.1:{up}{self.path}', data=data if method == 'POST' else None, method=method,
                                     headers={k: v for k, v in self.headers.items() if k.lower() not in ('host', 'content-length', 'connection')})
        try:
            r = urllib.request.urlopen(req, timeout=60); return r.status, r.read(), list(r.getheaders())
        except urllib.error.HTTPError as e: return e.code, e.read(), list(e.headers.items())
    def handle_any(self, method):
        data = self.body() if method == 'POST' else None
        seen['n'] += 1
        log.write(f'{time.strftime("%H:%M:%S")} {method} {self.path} auth={self.headers.get("Authorization","")[:16]} body={(data or b"")[:200]!r}\n')
        if mode == 'catch':
            return self.send(200, b'{}', [('Content-Type', 'application/json')])
        p = self.path; is_tickets = '/Assistance/Ticket' in p; is_list = is_tickets or '/Administration/' in p
        first = p.rstrip('/').endswith('/api.php') or p.endswith('/api.php/')
        if mode == 'redirect-first-other-host' and first:
            return self.send(302, b'', [('Location', f'http://localhost:{catcher}/api.php/')])
        if mode == 'redirect-first-other-port' and first:
            return self.send(301, b'', [('Location', f'http://127.0.0.1:{catcher}/api.php/')])
        if mode == 'redirect-first-https' and first:
            return self.send(301, b'', [('Location', f'https://127.0.0.1:{port}/api.php/')])
        if mode == 'redirect-status-other-host' and '/status' in p:
            return self.send(302, b'', [('Location', f'http://localhost:{catcher}{p}')])
        if mode == 'redirect-token-same-origin' and p.endswith('/token'):
            return self.send(308, b'', [('Location', f'http://127.0.0.1:{port}/api.php/v2.2/token')])
        if mode == 'redirect-entity-other-port' and '/Administration/Entity' in p:
            return self.send(303, b'', [('Location', f'http://127.0.0.1:{catcher}{p}')])
        if mode == 'redirect-ticket-relative-other' and is_tickets:
            return self.send(302, b'', [('Location', f'//localhost:{catcher}{p}')])
        if mode.startswith('retry-after-') and is_tickets:
            seen.setdefault('ra', 0); seen['ra'] += 1
            val = {'retry-after-overflow': '99999999999999999999999', 'retry-after-negative': '-30', 'retry-after-junk': 'soon',
                   'retry-after-past-date': 'Wed, 21 Oct 2015 07:28:00 GMT', 'retry-after-float': '1.5'}[mode]
            if seen['ra'] <= 3:
                return self.send(429 if seen['ra'] % 2 else 503, b'{"status":"ERROR"}', [('Retry-After', val), ('Content-Type', 'application/json')])
        if mode == 'token-500-echo' and p.endswith('/token'):
            return self.send(500, b'<html>Internal error: request was ' + (data or b'') + b'</html>', [('Content-Type', 'text/html')])
        if mode == 'token-400-echo' and p.endswith('/token'):
            return self.send(400, json.dumps({'error': 'invalid_request', 'error_description': 'bad request ' + (data or b'').decode(), 'hint': (data or b'').decode()}).encode(), [('Content-Type', 'application/json')])
        if mode == 'list-403-echo-token' and is_tickets:
            return self.send(403, json.dumps({'status': 'ERROR_RIGHT_MISSING', 'title': 'denied', 'detail': 'token ' + self.headers.get('Authorization', '')}).encode(), [('Content-Type', 'application/json')])
        if mode == 'slow-token' and p.endswith('/token'):
            code, b, hs = self.upstream(method, data)
            self.send_response(code); self.send_header('Content-Type', 'application/json'); self.send_header('Content-Length', str(len(b))); self.end_headers()
            for i in range(len(b)):
                self.wfile.write(b[i:i+1]); self.wfile.flush(); time.sleep(0.5)
            return
        if mode == 'token-headers-never' and p.endswith('/token'):
            time.sleep(3600); return
        if mode == 'chunked-forever' and is_tickets:
            self.send_response(206); self.send_header('Content-Type', 'application/json'); self.send_header('Transfer-Encoding', 'chunked')
            self.send_header('Content-Range', '0-499/5000'); self.end_headers()
            try:
                self.wfile.write(b'1\r\n[\r\n')
                while True:
                    c = b' ' * 100; self.wfile.write(b'%x\r\n%s\r\n' % (len(c), c)); self.wfile.flush(); time.sleep(0.05)
            except Exception: return
        if mode == 'huge-body' and is_tickets:
            n = 500 * 1024 * 1024
            self.send_response(200); self.send_header('Content-Type', 'application/json'); self.send_header('Content-Length', str(n))
            self.send_header('Content-Range', '0-0/1'); self.end_headers()
            try:
                self.wfile.write(b'[{"id":1,"name":"'); chunk = b'A' * (1 << 20); sent = 17
                while sent + len(chunk) < n - 3: self.wfile.write(chunk); sent += len(chunk)
                self.wfile.write(b'A' * (n - 3 - sent) + b'"}]')
            except Exception: pass
            return
        code, b, hs = self.upstream(method, data)
        hs = [(k, v) for k, v in hs if k.lower() not in ('content-length', 'transfer-encoding', 'connection', 'date', 'server')]
        if is_list and code in (200, 206) and b.startswith(b'['):
            rows = json.loads(b)
            if mode == 'invalid-utf8' and is_tickets and rows:
                b = json.dumps(rows).encode().replace(b'"name": "', b'"name": "\xff\xfe\xc3(', 1)
                return self.send(code, b, hs)
            if mode == 'duplicate-ids' and is_tickets and len(rows) > 2:
                rows[1] = dict(rows[0]); rows[1]['name'] = 'DUPLICATE'
            if mode == 'range-star' :
                hs = [(k, re.sub(r'/\d+$', '/*', v) if k.lower() == 'content-range' else v) for k, v in hs]
            if mode == 'string-ids' and is_tickets:
                for r in rows: r['id'] = 'T' + str(r['id'])
            if mode == 'float-ids' and is_tickets:
                for r in rows: r['id'] = r['id'] + 0.5
            if mode == 'negative-ids' and is_tickets and rows:
                rows[0]['id'] = -rows[0]['id']
            if mode == 'entity-cycle' and '/Administration/Entity' in p:
                for r in rows:
                    if r['id'] == 0: r['parent'] = {'id': 2, 'name': 'IT Support'}
                    if r['id'] == 3: r['parent'] = {'id': 3, 'name': 'self'}
            if mode == 'root-parent-self' and '/Administration/Entity' in p:
                for r in rows:
                    if r['id'] == 0: r['parent'] = {'id': 0, 'name': 'Root entity'}
            if mode == 'root-parent-minus1' and '/Administration/Entity' in p:
                for r in rows:
                    if r['id'] == 0: r['parent'] = {'id': -1, 'name': None}
            if mode == 'group-cycle' and '/Administration/Group' in p:
                for r in rows:
                    if r['id'] == 1: r['parent'] = {'id': 3, 'name': 'x'}
                    if r['id'] == 4: r['parent'] = {'id': 4, 'name': 'x'}
            if mode == 'dates-other' and is_tickets:
                for i, r in enumerate(rows):
                    if r.get('date'):
                        v = r['date']
                        r['date'] = [v.replace('T', ' ')[:19], v[:19], v.replace('+01:00', 'Z'), '30/11/2026 07:00'][i % 4]
            if mode == 'null-team-members' and is_tickets:
                for r in rows:
                    for m in r.get('team') or []:
                        if m['role'] == 'assigned': m['id'] = None
            if mode == 'entity-missing-fields' and '/Administration/Entity' in p:
                for r in rows: r.pop('completename', None); r['name'] = None
            if mode == 'status-as-int' and is_tickets:
                for r in rows: r['status'] = r['status']['id'] if r.get('status') else None
            b = json.dumps(rows).encode()
        return self.send(code, b, hs)
    def do_GET(self): self.handle_any('GET')
    def do_POST(self): self.handle_any('POST')
class S(socketserver.ThreadingMixIn, http.server.HTTPServer): daemon_threads = True
S(('127.0.0.1', port), H).serve_forever()
