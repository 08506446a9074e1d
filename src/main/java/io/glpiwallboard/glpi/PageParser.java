package io.glpiwallboard.glpi;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a received list page into items. Pure: it never sends a request; a malformed page
 * is reported ({@link MalformedPage}) for the caller to decide whether to ask again.
 */
final class PageParser {

	/**
	 * The body is not a list page GLPI could have sent: not an array, null items, or
	 * contradicting its headers.
	 */
	static final class MalformedPage extends RuntimeException {

		MalformedPage(String message, Throwable cause) {
			super(message, cause);
		}

	}

	private final JsonMapper json;

	private final Secrets secrets;

	PageParser(JsonMapper json, Secrets secrets) {
		this.json = json;
		this.secrets = secrets;
	}

	/**
	 * @throws MalformedPage when the body or its headers cannot be a page GLPI sent for
	 * the query
	 */
	<T> GlpiPage<T> parse(ReceivedPage received, Class<T> type) {
		try {
			return read(received.response, received.query, type);
		}
		catch (RuntimeException e) {
			// the parser's message quotes the body: a server's words, cleaned like any
			// other
			throw new MalformedPage(secrets.quote(e.getMessage()), e);
		}
	}

	/**
	 * GLPI's ids are auto-increment keys: tickets and groups start at 1, entities at 0
	 * (the root entity). A missing id reads as 0.
	 */
	private static Optional<String> idProblem(Object item) {
		long id;
		long lowest;
		String noun;
		if (item instanceof GlpiTicket t) {
			id = t.id();
			lowest = 1;
			noun = "ticket";
		}
		else if (item instanceof GlpiGroup g) {
			id = g.id();
			lowest = 1;
			noun = "group";
		}
		else if (item instanceof GlpiEntity e) {
			id = e.id();
			lowest = 0;
			noun = "entity";
		}
		else {
			return Optional.empty();
		}
		return id >= lowest ? Optional.empty()
				: Optional.of("a " + noun + " with id " + id + " (GLPI's " + noun + " ids start at " + lowest + ")");
	}

	private <T> GlpiPage<T> read(HttpResponse<ReceivedBody> response, ListQuery query, Class<T> type) {
		ReceivedBody body = response.body();
		int first = body.firstNonWhitespace();
		if (first != '[') {
			throw new IllegalArgumentException(
					"expected a JSON array, got " + (first < 0 ? "an empty body" : "'" + (char) first + "...'"));
		}
		JavaType listType = json.getTypeFactory().constructCollectionType(List.class, type);
		AtomicBoolean offsetLess = new AtomicBoolean();
		List<T> items = json.readerFor(listType)
			.withAttribute(GlpiJson.OFFSET_LESS_SEEN, offsetLess)
			.readValue(body.stream());
		if (offsetLess.get()) {
			// rare: a date without an offset is in GLPI's zone, not UTC; read the page
			// again with it
			items = json.readerFor(listType).readValue(ServerOffsets.resolve(json.readTree(body.stream())));
		}
		if (items.contains(null)) {
			throw new IllegalArgumentException("the array holds null items");
		}
		// checked for the page as a whole before any row of it reaches the mirror
		for (T item : items) {
			idProblem(item).ifPresent(problem -> {
				throw new IllegalArgumentException(problem);
			});
		}
		Optional<ContentRange> range = ContentRange.parse(response.headers().firstValue("Content-Range").orElse(null));
		PageConsistency.contradiction(response.statusCode(), items.size(), range, query).ifPresent(contradiction -> {
			throw new IllegalArgumentException("the page contradicts itself: " + contradiction);
		});
		Optional<Instant> date = response.headers().firstValue("Date").flatMap(HttpDate::parse);
		return new GlpiPage<>(items, range, date);
	}

}
