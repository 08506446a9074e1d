package io.glpiwallboard.glpi;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * HTTP-dates ({@code Date}, {@code Retry-After}): the IMF-fixdate form, e.g.
 * {@code Sun, 06 Nov 1994 08:49:37 GMT}.
 */
final class HttpDate {

	private HttpDate() {
	}

	/**
	 * @return the instant, or empty for anything else (obsolete forms included)
	 */
	static Optional<Instant> parse(String value) {
		try {
			return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
		}
		catch (RuntimeException e) {
			return Optional.empty();
		}
	}

}
