package io.glpiwallboard.glpi;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import io.glpiwallboard.glpi.PageParser.MalformedPage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.json.JsonMapper;

/**
 * GLPI REST API v2 client: the only class that knows GLPI's URLs, headers and error
 * bodies. The API version is pinned in the path and every list request carries
 * {@code sort} and {@code limit}. A refused access token is replaced: by the one another
 * request already renewed, else by a new login ({@code AuthorizedGet},
 * {@code OAuthSession}); a request fails only when a token issued for it is refused on
 * its first use, or when 10 logins in a row brought no successful request.
 * <p>
 * Every operation that talks to GLPI may throw, besides what its own documentation lists,
 * the {@link GlpiException} subclasses: {@link GlpiUnreachableException} (no answer
 * within {@code glpi.request-timeout} once the retries of {@code glpi.retry.*} are
 * spent), {@link GlpiAuthenticationException} (credentials or client refused),
 * {@link GlpiAccessDeniedException} (403) and {@link GlpiProtocolException} (an answer
 * that breaks the API's contract, a redirect to another origin, a body over
 * {@code glpi.max-response-size}). Their messages never carry a secret.
 */
public class GlpiClient {

	private static final Logger log = LoggerFactory.getLogger(GlpiClient.class);

	private final GlpiProperties properties;

	private final GlpiHttp http;

	private final OAuthSession session;

	private final AuthorizedGet get;

	private final JsonMapper json = GlpiJson.mapper();

	private final Secrets secrets;

	private final PageParser parser;

	private final AtomicLong listRequests = new AtomicLong();

	/**
	 * @throws GlpiConfigurationException when a connection setting is missing or
	 * malformed ({@link GlpiProperties#connectionProblem()})
	 */
	public GlpiClient(GlpiProperties properties, Clock clock) {
		this(properties, clock, new Secrets(properties));
	}

	/**
	 * @param secrets where the tokens this client is issued are remembered, for redaction
	 * @throws GlpiConfigurationException when a connection setting is missing or
	 * malformed ({@link GlpiProperties#connectionProblem()})
	 */
	public GlpiClient(GlpiProperties properties, Clock clock, Secrets secrets) {
		properties.requireConnectionSettings();
		this.properties = properties;
		this.secrets = secrets;
		this.parser = new PageParser(json, secrets);
		this.http = new GlpiHttp(properties, clock);
		this.session = new OAuthSession(properties, http, json, clock, secrets);
		this.get = new AuthorizedGet(properties, http, session, json, secrets);
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

	/**
	 * Logins made so far to replace access tokens GLPI refused (revoked, expired early).
	 */
	public int reloginCount() {
		return session.relogins();
	}

	/**
	 * Checks GLPI offers the pinned API version ({@link ApiVersions}), then logs in.
	 * @throws GlpiConfigurationException when the pinned version is not offered or too
	 * old
	 * @throws GlpiAuthenticationException when GLPI refuses the credentials or the client
	 * @throws GlpiUnreachableException when GLPI does not answer within the retries
	 */
	public void connect() {
		List<String> offered = new ApiVersions(properties, http, json).check();
		session.bearer();
		log.info("Connected to GLPI at {} (API {}, offered: {})", properties.displayUrl(), properties.apiVersion(),
				String.join(", ", offered));
	}

	/**
	 * One ticket page ({@code GET /Assistance/Ticket}), sent and parsed; a malformed page
	 * is asked for once more.
	 * @throws GlpiProtocolException when the page is malformed twice
	 * @throws GlpiUnreachableException when GLPI does not answer within the retries
	 */
	public GlpiPage<GlpiTicket> tickets(ListQuery query) {
		return list(GlpiResource.TICKET, query, GlpiTicket.class);
	}

	/**
	 * One page of GLPI's entity tree ({@code GET /Administration/Entity}).
	 * @throws GlpiAccessDeniedException when the service account may not read entities
	 * (403)
	 * @throws GlpiProtocolException when the page is malformed twice
	 */
	public GlpiPage<GlpiEntity> entities(ListQuery query) {
		return list(GlpiResource.ENTITY, query, GlpiEntity.class);
	}

	/**
	 * One page of GLPI's group tree ({@code GET /Administration/Group}).
	 * @throws GlpiAccessDeniedException when the service account may not read groups
	 * (403)
	 * @throws GlpiProtocolException when the page is malformed twice
	 */
	public GlpiPage<GlpiGroup> groups(ListQuery query) {
		return list(GlpiResource.GROUP, query, GlpiGroup.class);
	}

	/**
	 * The tickets with an id from {@code fromId} to {@code toId} (both included;
	 * {@code Long.MAX_VALUE} leaves the range open), in id order, {@code glpi.page-size}
	 * per page. Nothing is sent before the cursor's first page is asked for.
	 * @throws GlpiProtocolException (from the cursor) when a page leaves the range,
	 * repeats or reorders ids
	 */
	public KeysetCursor<GlpiTicket> ticketsInRange(long fromId, long toId) {
		return new KeysetCursor<>(this, GlpiResource.TICKET, GlpiTicket.class,
				KeysetCursor.byId(GlpiTicket::id, fromId - 1, toId, "ticket"), ListQueries.idRange(fromId, toId),
				ListQueries.BY_ID, properties.pageSize());
	}

	/**
	 * The tickets modified at or after {@code since}, in {@code date_mod, id} order.
	 * @param serverOffset the UTC offset GLPI prints its dates with (its RSQL compares
	 * them in that wall-clock time); null when not known yet, which reaches back the
	 * widest offset so that nothing is missed
	 * @throws GlpiProtocolException (from the cursor) when GLPI ignores the keyset filter
	 * or the sort
	 */
	public KeysetCursor<GlpiTicket> ticketsModifiedSince(Instant since, ZoneOffset serverOffset) {
		return new KeysetCursor<>(this, GlpiResource.TICKET, GlpiTicket.class, KeysetCursor.BY_MODIFICATION,
				ListQueries.modifiedSince(since, serverOffset), ListQueries.BY_MODIFICATION, properties.pageSize());
	}

	/**
	 * The ticket with the highest id, and GLPI's count of all tickets (Content-Range) and
	 * clock (Date).
	 * @throws GlpiProtocolException when the page is malformed twice
	 */
	public GlpiPage<GlpiTicket> newestTicket() {
		return tickets(ListQuery.of(null, ListQueries.BY_ID_DESCENDING, 1));
	}

	/**
	 * The ticket with the lowest id, and GLPI's count of all tickets.
	 * @throws GlpiProtocolException when the page is malformed twice
	 */
	public GlpiPage<GlpiTicket> oldestTicket() {
		return tickets(ListQuery.of(null, ListQueries.BY_ID, 1));
	}

	/**
	 * GLPI's count of the tickets with an id from {@code fromId} to {@code toId} (its
	 * Content-Range total).
	 * @return empty when GLPI sends no total
	 * @throws GlpiProtocolException when the page is malformed twice
	 */
	public Optional<Long> ticketCount(long fromId, long toId) {
		return tickets(ListQuery.of(ListQueries.idRange(fromId, toId), ListQueries.BY_ID, 1)).total();
	}

	/**
	 * Every entity the account sees ({@code GET /Administration/Entity}), in id order.
	 * @throws GlpiAccessDeniedException when the service account may not read entities
	 * (403)
	 * @throws GlpiProtocolException when GLPI ignores the keyset filter or the sort
	 * (paging would never end)
	 */
	public List<GlpiEntity> entityTree() {
		return tree(GlpiResource.ENTITY, GlpiEntity.class, GlpiEntity::id, "entity");
	}

	/**
	 * Every group the account sees ({@code GET /Administration/Group}), in id order.
	 * @throws GlpiAccessDeniedException when the service account may not read groups
	 * (403)
	 * @throws GlpiProtocolException when GLPI ignores the keyset filter or the sort
	 * (paging would never end)
	 */
	public List<GlpiGroup> groupTree() {
		return tree(GlpiResource.GROUP, GlpiGroup.class, GlpiGroup::id, "group");
	}

	private <T> List<T> tree(GlpiResource resource, Class<T> type, java.util.function.ToLongFunction<T> id,
			String noun) {
		return new KeysetCursor<>(this, resource, type, KeysetCursor.byId(id, Long.MIN_VALUE, Long.MAX_VALUE, noun),
				null, ListQueries.BY_ID, properties.pageSize())
			.readAll();
	}

	/** Sends one list request; the page comes back unparsed. */
	ReceivedPage receive(GlpiResource resource, ListQuery query) {
		listRequests.incrementAndGet();
		return new ReceivedPage(resource, query,
				get.send(uri(resource, query), "GET " + resource.path(), what(resource, query)));
	}

	/**
	 * Sends a list request through {@code sending} and parses the answer. A malformed
	 * body may be a proxy hiccup: it is asked for once more, through {@code sending}
	 * again, before the page is called broken.
	 * @throws GlpiProtocolException when the answer is malformed twice
	 */
	<T> GlpiPage<T> read(GlpiResource resource, ListQuery query, Class<T> type, KeysetCursor.Sending sending)
			throws InterruptedException {
		ReceivedPage received = sending.send(() -> receive(resource, query));
		try {
			return parser.parse(received, type);
		}
		catch (MalformedPage malformed) {
			log.warn("Malformed page for {} ({}); asking again", received.what(), malformed.getMessage());
		}
		ReceivedPage again = sending.send(() -> receive(resource, query));
		try {
			return parser.parse(again, type);
		}
		catch (MalformedPage malformed) {
			throw new GlpiProtocolException(
					"GLPI returned a malformed page for " + again.what() + ": " + malformed.getMessage(),
					malformed.getCause());
		}
	}

	private <T> GlpiPage<T> list(GlpiResource resource, ListQuery query, Class<T> type) {
		try {
			return read(resource, query, type, KeysetCursor.Sending.DIRECT);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new GlpiException("interrupted while waiting for GLPI", e);
		}
	}

	private URI uri(GlpiResource resource, ListQuery query) {
		return URI
			.create(properties.baseUrl() + "/" + properties.apiVersion() + resource.path() + "?" + queryString(query));
	}

	/**
	 * What was asked, for messages: e.g.
	 * {@code GET /Assistance/Ticket (filter id=gt=1234, sort id:asc, limit 500)}.
	 */
	static String what(GlpiResource resource, ListQuery query) {
		return "GET " + resource.path() + " (" + query.describe() + ")";
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
