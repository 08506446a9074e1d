package io.glpiwallboard.glpi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Follows redirects by hand, because every request carries a credential (a bearer token,
 * or the password and client secret of {@code POST /token}) and the JDK client would
 * carry it to any host a redirect names. Only a GET may be redirected, only within
 * glpi.url's origin (scheme, host and port), and at most {@value #MAX_HOPS} times;
 * anything else fails with one line naming the target.
 */
final class OriginRedirects {

	static final int MAX_HOPS = 5;

	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	/** One exchange, as {@link BoundedExchange#send} performs it. */
	@FunctionalInterface
	interface Exchange {

		HttpResponse<ReceivedBody> send(HttpRequest request) throws IOException, InterruptedException;

	}

	private final URI origin;

	private final String basePath;

	private final String apiVersion;

	OriginRedirects(GlpiProperties properties) {
		this.origin = properties.url();
		this.basePath = properties.url().getPath() == null ? "" : properties.url().getPath().replaceAll("/+$", "");
		this.apiVersion = properties.apiVersion();
	}

	/**
	 * Sends {@code request}, following same-origin redirects of a GET.
	 * @return the first answer that is not a redirect (or a redirect without a Location,
	 * for the caller to report)
	 * @throws GlpiProtocolException when the redirect leaves the origin, redirects a
	 * POST, or loops
	 */
	HttpResponse<ReceivedBody> send(HttpRequest request, Exchange exchange) throws IOException, InterruptedException {
		HttpRequest current = request;
		for (int hop = 0;; hop++) {
			HttpResponse<ReceivedBody> response = exchange.send(current);
			Optional<String> location = response.headers().firstValue("Location");
			if (!REDIRECTS.contains(response.statusCode()) || location.isEmpty()) {
				return response;
			}
			URI target = resolve(current, location.get(), response.statusCode());
			String asked = current.method() + " " + relativePath(request.uri());
			if (!sameOrigin(target)) {
				throw new GlpiProtocolException("GLPI at " + originOf(origin) + " redirected " + asked + " to another "
						+ (sameHost(target) ? "origin" : "host") + " (" + originOf(target)
						+ "); credentials are never sent there." + " Check glpi.url" + hint(target) + ".");
			}
			if (!"GET".equals(current.method())) {
				throw new GlpiProtocolException("GLPI at " + originOf(origin) + " redirected " + asked + " (HTTP "
						+ response.statusCode() + " to " + targetPath(target)
						+ "); the password and client secret are never"
						+ " re-sent on a redirect. Check glpi.url (it must be the address GLPI answers at, ending in /api.php).");
			}
			if (hop >= MAX_HOPS) {
				throw new GlpiProtocolException("GLPI at " + originOf(origin) + " redirected " + asked + " more than "
						+ MAX_HOPS + " times (last to " + targetPath(target)
						+ "). Check glpi.url and the web server's rewrite rules.");
			}
			current = HttpRequest.newBuilder(current, (name, value) -> true).uri(target).build();
		}
	}

	private URI resolve(HttpRequest request, String location, int status) {
		try {
			URI target = request.uri().resolve(location.trim());
			if (target.getScheme() == null || target.getHost() == null) {
				throw new IllegalArgumentException("no scheme or host");
			}
			return target;
		}
		catch (IllegalArgumentException malformed) {
			throw new GlpiProtocolException(
					"GLPI at " + originOf(origin) + " answered " + request.method() + " " + relativePath(request.uri())
							+ " with HTTP " + status + " and an unusable Location header. Check glpi.url.");
		}
	}

	private boolean sameOrigin(URI target) {
		return scheme(target).equals(scheme(origin)) && sameHost(target) && port(target) == port(origin);
	}

	private boolean sameHost(URI target) {
		return target.getHost().equalsIgnoreCase(origin.getHost());
	}

	/**
	 * The usual causes: http where GLPI forces https, or a host name GLPI redirects to
	 * its canonical one.
	 */
	private String hint(URI target) {
		if (sameHost(target) && !scheme(target).equals(scheme(origin))) {
			return " (GLPI answers over " + scheme(target) + ": set glpi.url to " + scheme(target) + "://...)";
		}
		return " (http vs https, host name, port)";
	}

	private static String scheme(URI uri) {
		return uri.getScheme().toLowerCase(Locale.ROOT);
	}

	private static int port(URI uri) {
		if (uri.getPort() >= 0) {
			return uri.getPort();
		}
		return "https".equals(scheme(uri)) ? 443 : 80;
	}

	/**
	 * Scheme, host and port only: a Location's path or query may hold anything, its
	 * user-info a password.
	 */
	static String originOf(URI uri) {
		return scheme(uri) + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
	}

	/**
	 * The path below glpi.url and the pinned version, e.g. {@code /Assistance/Ticket}, as
	 * the README names requests; glpi.url's own path ({@code /api.php/}, the version
	 * list) as it is.
	 */
	private String relativePath(URI uri) {
		String full = uri.getPath() == null ? "" : uri.getPath();
		String path = full;
		if (path.startsWith(basePath + "/")) {
			path = path.substring(basePath.length());
		}
		if (path.startsWith("/" + apiVersion + "/")) {
			path = path.substring(apiVersion.length() + 1);
		}
		return path.isEmpty() || path.equals("/") ? (full.isEmpty() ? "/" : full) : path;
	}

	/**
	 * Where a redirect points, as its path (never its query, which may hold anything):
	 * shortened like a request, {@code /api.php/v2.2/token} would read as the
	 * {@code /token} it was redirected from.
	 */
	private static String targetPath(URI target) {
		return target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
	}

}
