package io.glpiwallboard.glpi;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GLPI REST API v2 client: the only class that knows GLPI's URLs, headers and error bodies.
 * The API version is pinned in the path, every list request carries {@code sort} and
 * {@code limit}, and a refused token triggers exactly one fresh login before giving up.
 */
public class GlpiClient {

	private static final Logger log = LoggerFactory.getLogger(GlpiClient.class);

	private final GlpiProperties properties;

	private final GlpiHttp http;

	private final OAuthSession session;

	private final AuthorizedGet get;

	private final JsonMapper json = GlpiJson.mapper();

	private final AtomicLong listRequests = new AtomicLong();

	public GlpiClient(GlpiProperties properties, Clock clock) {
		properties.requireConnectionSettings();
		this.properties = properties;
		this.http = new GlpiHttp(properties, clock);
		this.session = new OAuthSession(properties, http, json, clock);
		this.get = new AuthorizedGet(properties, http, session, json);
	}

	public GlpiProperties properties() {
		return properties;
	}

	/** All HTTP requests sent so far, retries and token requests included. */
	public long requestCount() {
		return http.requestCount();
	}

	/** List requests (ticket, entity and group pages) sent so far, retries included. */
	public long listRequestCount() {
		return listRequests.get();
	}

	/** Logins made so far to replace access tokens GLPI refused (revoked, expired early). */
	public int reloginCount() {
		return session.relogins();
	}

	/**
	 * Checks {@code GET /api.php/} offers the pinned version (GLPI silently serves its newest
	 * version for an unknown one, so asking is the only way to know), then logs in.
	 */
	public void connect() {
		URI root = URI.create(properties.baseUrl() + "/");
		HttpResponse<byte[]> response = http.send(() -> HttpRequest.newBuilder(root)
			.timeout(properties.requestTimeout())
			.header("Accept", "application/json")
			.GET()
			.build(), "GET /api.php/");
		List<String> offered = offeredVersions(response);
		String pinned = properties.apiVersion().substring(1);
		boolean available = offered.stream().anyMatch(v -> v.equals(pinned) || v.startsWith(pinned + "."));
		if (!available) {
			throw new GlpiConfigurationException("GLPI at " + properties.displayUrl() + " does not offer API "
					+ properties.apiVersion() + " (it offers " + String.join(", ", offered)
					+ "); set glpi.api-version to one of them (v2.1 or newer)");
		}
		if (pinned.equals("2") || pinned.startsWith("2.0")) {
			throw new GlpiConfigurationException("API " + properties.apiVersion()
					+ " has no date_solve/date_close, which the figures need; use glpi.api-version=v2.1 or newer");
		}
		session.bearer();
		log.info("Connected to GLPI at {} (API {}, offered: {})", properties.displayUrl(), properties.apiVersion(),
				String.join(", ", offered));
	}

	private List<String> offeredVersions(HttpResponse<byte[]> response) {
		JsonNode root = null;
		try {
			root = json.readTree(response.body());
		}
		catch (RuntimeException notJson) {
			// reported below with the URL
		}
		if (response.statusCode() != 200 || root == null || !root.has("api_versions")) {
			throw new GlpiProtocolException(properties.displayUrl() + "/ does not answer like GLPI 11's API (HTTP "
					+ response.statusCode() + ", no api_versions): check glpi.url");
		}
		List<String> versions = new ArrayList<>();
		for (JsonNode v : root.get("api_versions")) {
			if (v.hasNonNull("version")) {
				versions.add(v.get("version").asString());
			}
		}
		return versions;
	}

	public GlpiPage<GlpiTicket> tickets(ListQuery query) {
		return list(GlpiResource.TICKET, query, GlpiTicket.class);
	}

	public GlpiPage<GlpiEntity> entities(ListQuery query) {
		return list(GlpiResource.ENTITY, query, GlpiEntity.class);
	}

	/**
	 * One page of GLPI's group tree ({@code GET /Administration/Group}).
	 *
	 * @throws GlpiAccessDeniedException when the service account may not read groups (403)
	 */
	public GlpiPage<GlpiGroup> groups(ListQuery query) {
		return list(GlpiResource.GROUP, query, GlpiGroup.class);
	}

	/**
	 * Receives a ticket page without parsing it, so that the parsing can happen on another thread
	 * while this one sends the next request.
	 */
	public FetchedPage fetchTickets(ListQuery query) {
		listRequests.incrementAndGet();
		return new FetchedPage(query, get.send(uri(GlpiResource.TICKET, query), "GET " + GlpiResource.TICKET.path(),
				what(GlpiResource.TICKET, query)));
	}

	/** A ticket page as received; {@link #parse()} turns it into tickets. */
	public final class FetchedPage {

		private final ListQuery query;

		private final HttpResponse<byte[]> response;

		private FetchedPage(ListQuery query, HttpResponse<byte[]> response) {
			this.query = query;
			this.response = response;
		}

		public ListQuery query() {
			return query;
		}

		/** Parses the page; a malformed one is asked for again, once, like any other list request. */
		public GlpiPage<GlpiTicket> parse() {
			try {
				return parsePage(response, query, GlpiTicket.class);
			}
			catch (RuntimeException malformed) {
				log.warn("Malformed page for {} ({}); asking again", what(GlpiResource.TICKET, query),
						AuthorizedGet.firstLine(malformed.getMessage()));
				return list(GlpiResource.TICKET, query, GlpiTicket.class, 2);
			}
		}

	}

	private URI uri(GlpiResource resource, ListQuery query) {
		return URI.create(properties.baseUrl() + "/" + properties.apiVersion() + resource.path() + "?" + queryString(query));
	}

	/** What was asked, for messages: e.g. {@code GET /Assistance/Ticket (filter id=gt=1234, sort id:asc, limit 500)}. */
	private static String what(GlpiResource resource, ListQuery query) {
		return "GET " + resource.path() + " (" + query.describe() + ")";
	}

	private <T> GlpiPage<T> list(GlpiResource resource, ListQuery query, Class<T> type) {
		return list(resource, query, type, 1);
	}

	private <T> GlpiPage<T> list(GlpiResource resource, ListQuery query, Class<T> type, int firstAttempt) {
		String what = what(resource, query);
		URI uri = uri(resource, query);
		// a malformed body may be a proxy hiccup: ask once more before calling the page broken
		for (int attempt = firstAttempt;; attempt++) {
			listRequests.incrementAndGet();
			HttpResponse<byte[]> response = get.send(uri, "GET " + resource.path(), what);
			try {
				return parsePage(response, query, type);
			}
			catch (RuntimeException malformed) {
				if (attempt >= 2) {
					throw new GlpiProtocolException("GLPI returned a malformed page for " + what + ": "
							+ AuthorizedGet.firstLine(malformed.getMessage()), malformed);
				}
				log.warn("Malformed page for {} ({}); asking again", what, AuthorizedGet.firstLine(malformed.getMessage()));
			}
		}
	}

	private <T> GlpiPage<T> parsePage(HttpResponse<byte[]> response, ListQuery query, Class<T> type) {
		byte[] body = response.body();
		int first = 0;
		while (first < body.length && Character.isWhitespace(body[first])) {
			first++;
		}
		if (first >= body.length || body[first] != '[') {
			throw new IllegalArgumentException("expected a JSON array, got "
					+ (first >= body.length ? "an empty body" : "'" + (char) body[first] + "...'"));
		}
		List<T> items = json.readValue(body, json.getTypeFactory().constructCollectionType(List.class, type));
		if (items.contains(null)) {
			throw new IllegalArgumentException("the array holds null items");
		}
		Optional<ContentRange> range = ContentRange.parse(response.headers().firstValue("Content-Range").orElse(null));
		PageConsistency.contradiction(response.statusCode(), items.size(), range, query).ifPresent(contradiction -> {
			throw new IllegalArgumentException("the page contradicts itself: " + contradiction);
		});
		Optional<Instant> date = response.headers().firstValue("Date").flatMap(HttpDate::parse);
		return new GlpiPage<>(items, range, date);
	}

	private static String queryString(ListQuery q) {
		StringBuilder sb = new StringBuilder();
		if (q.filter() != null && !q.filter().isBlank()) {
			sb.append("filter=").append(enc(q.filter())).append('&');
		}
		sb.append("sort=").append(enc(q.sort()));
		sb.append("&start=").append(q.start());
		sb.append("&limit=").append(q.limit());
		return sb.toString();
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
