package io.glpiwallboard.glpi;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a received list page into items. Pure: it never sends a request; a malformed page is
 * reported ({@link MalformedPage}) for the caller to decide whether to ask again.
 */
final class PageParser {

	/** The body is not a list page GLPI could have sent: not an array, null items, or contradicting its headers. */
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
	 * @throws MalformedPage when the body or its headers cannot be a page GLPI sent for the query
	 */
	<T> GlpiPage<T> parse(ReceivedPage received, Class<T> type) {
		try {
			return read(received.response, received.query, type);
		}
		catch (RuntimeException e) {
			// the parser's message quotes the body: a server's words, cleaned like any other
			throw new MalformedPage(secrets.quote(e.getMessage()), e);
		}
	}

	private <T> GlpiPage<T> read(HttpResponse<byte[]> response, ListQuery query, Class<T> type) {
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

}
