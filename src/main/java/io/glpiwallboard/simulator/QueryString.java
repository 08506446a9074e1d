package io.glpiwallboard.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes {@code a=1&b=x+y} (query strings and form bodies), keeping repeated keys in
 * order.
 */
final class QueryString {

	private QueryString() {
	}

	static Map<String, List<String>> parse(String raw) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return params;
		}
		for (String pair : raw.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String key = decode(eq < 0 ? pair : pair.substring(0, eq));
			String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
			params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
		}
		return params;
	}

	/**
	 * Last value per key, which is what PHP's $_REQUEST keeps for plain (non-[]) keys.
	 */
	static Map<String, String> lastValues(Map<String, List<String>> params) {
		Map<String, String> last = new LinkedHashMap<>();
		params.forEach((k, v) -> last.put(k, v.get(v.size() - 1)));
		return last;
	}

	private static String decode(String s) {
		try {
			return URLDecoder.decode(s, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return s; // a malformed escape is kept as typed, like PHP does
		}
	}

}
