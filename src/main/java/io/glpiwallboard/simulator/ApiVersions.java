package io.glpiwallboard.simulator;

import java.util.List;

/**
 * GLPI's {@code Router::normalizeAPIVersion}: the highest offered version that starts
 * with the requested one, and the newest version when none does (an unknown /v9/ is not
 * an error).
 */
final class ApiVersions {

	private ApiVersions() {
	}

	static String normalize(String requested, List<String> offered) {
		String newest = offered.get(offered.size() - 1);
		if (requested == null || requested.isEmpty()) {
			return newest;
		}
		String best = null;
		for (String version : offered) {
			if (version.startsWith(requested) && (best == null || compare(version, best) > 0)) {
				best = version;
			}
		}
		return best == null ? newest : best;
	}

	static int compare(String a, String b) {
		String[] x = a.split("\\.");
		String[] y = b.split("\\.");
		for (int i = 0; i < Math.max(x.length, y.length); i++) {
			int xi = i < x.length ? Integer.parseInt(x[i]) : 0;
			int yi = i < y.length ? Integer.parseInt(y[i]) : 0;
			if (xi != yi) {
				return Integer.compare(xi, yi);
			}
		}
		return 0;
	}

	/** Ticket properties such as date_solve exist from 2.1.0 on. */
	static boolean hasV21Schema(String version) {
		return compare(version, "2.1.0") >= 0;
	}

}
