#!/bin/bash
# usage: tv_pages.sh BASE_URL [token]: every page a TV can land on must be HTML that reloads itself
B=$1; T=${2:+token=$2}
for p in "/" "/board/999" "/board/abc" "/board/-1" "/board/99999999999999999999999" "/board/group/999" "/board/group/abc" "/board/group/-1" \
  "/board/group/" "/board/" "/board//" "/nope" "/error" "/runs" "/board/0/extra" "/api" "/favicon.ico" "/board/%00" "/board/..%2f..%2fetc" \
  "/?rotate=all,,group:abc,-1,999999999999999999999" "/?rotate=all,,group:abc,-1,999999999999999999999&interval=10" \
  "/?rotate=,,,&interval=10" "/?rotate=group:999,999&interval=5" "/?interval=-5&rotate=all,1" "/?interval=abc&rotate=all,1" \
  "/?interval=99999999999999999999&rotate=all,1" "/?interval=0&rotate=all,1" "/?interval=1e3&rotate=all,1" "/?rotate=all&rotate=1&interval=10" \
  "/board/1?rotate=all,1&interval=10" "/board/group/2?rotate=group:2,group:3&interval=10" "/?theme=%3Cscript%3E" "/?theme=light&rotate=all,group:%3Cx%3E" \
  "/?rotate=all,1%0d%0aX:1&interval=10" "/board/group/2?rotate=1&interval=1" "/?rotate=group:,group:-5,group:1.5&interval=10"; do
  q=$p; [ -n "$T" ] && q="$p$([[ $p == *\?* ]] && echo '&' || echo '?')$T"
  out=$(curl -s -m 20 -o /tmp/trial-tv.body -w '%{http_code} %{content_type}' -H 'Accept: text/html' "$B$q")
  rf=$(grep -o '<meta http-equiv="refresh" content="[^"]*"' /tmp/trial-tv.body | head -1 | sed 's/.*content=//')
  printf '%-75s %s  refresh=%s\n' "$p" "$out" "${rf:-NONE}"
done
