package io.glpiwallboard.glpi;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** The JSON mapper for GLPI: lenient where GLPI versions and plugins differ. */
final class GlpiJson {

	/**
	 * Reader attribute: an {@link java.util.concurrent.atomic.AtomicBoolean} set when a
	 * date had no offset (read as UTC for now; {@link ServerOffsets} gives it GLPI's
	 * offset).
	 */
	static final String OFFSET_LESS_SEEN = "glpi.offset-less-date";

	private static final DateTimeFormatter SQL_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]");

	private GlpiJson() {
	}

	static JsonMapper mapper() {
		SimpleModule dates = new SimpleModule("glpi-dates");
		dates.addDeserializer(OffsetDateTime.class, new LenientDateTime());
		return JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.addModule(dates)
			.build();
	}

	/**
	 * GLPI writes RFC 3339 with a numeric offset; older builds and plugins have been seen
	 * writing {@code Z}, a SQL datetime without offset (read as UTC here and flagged
	 * through {@link #OFFSET_LESS_SEEN}, so that the page is read again in GLPI's
	 * offset), or an empty or zero date (null).
	 */
	static final class LenientDateTime extends ValueDeserializer<OffsetDateTime> {

		@Override
		public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) {
			if (p.currentToken() == JsonToken.VALUE_NULL) {
				return null;
			}
			OffsetDateTime parsed = parse(p.getValueAsString());
			if (parsed != null && parsed.getOffset().equals(ZoneOffset.UTC) && !hasOffset(p.getValueAsString())
					&& ctxt.getAttribute(OFFSET_LESS_SEEN) instanceof java.util.concurrent.atomic.AtomicBoolean seen) {
				seen.set(true);
			}
			return parsed;
		}

		private static boolean hasOffset(String text) {
			String v = text.trim();
			return v.endsWith("Z") || v.length() > 19 && (v.lastIndexOf('+') > 10 || v.lastIndexOf('-') > 10);
		}

		static OffsetDateTime parse(String text) {
			if (text == null || text.isBlank() || text.startsWith("0000-00-00")) {
				return null;
			}
			String value = text.trim();
			OffsetDateTime fast = fastRfc3339(value);
			if (fast != null) {
				return fast;
			}
			try {
				return OffsetDateTime.parse(value);
			}
			catch (DateTimeParseException notRfc3339) {
				try {
					return LocalDateTime.parse(value, SQL_DATETIME).atOffset(ZoneOffset.UTC);
				}
				catch (DateTimeParseException e) {
					throw new IllegalArgumentException("unreadable date '" + value + "'");
				}
			}
		}

		/**
		 * GLPI's exact shape {@code yyyy-MM-ddTHH:mm:ss+hh:mm}, read by position: a page
		 * holds thousands of dates and the general formatter dominated the parsing time.
		 */
		static OffsetDateTime fastRfc3339(String v) {
			if (v.length() != 25 || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T'
					|| v.charAt(13) != ':' || v.charAt(16) != ':' || v.charAt(22) != ':'
					|| (v.charAt(19) != '+' && v.charAt(19) != '-')) {
				return null;
			}
			try {
				int sign = v.charAt(19) == '-' ? -1 : 1;
				ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * digits(v, 20, 22), sign * digits(v, 23, 25));
				return OffsetDateTime.of(digits(v, 0, 4), digits(v, 5, 7), digits(v, 8, 10), digits(v, 11, 13),
						digits(v, 14, 16), digits(v, 17, 19), 0, offset);
			}
			catch (RuntimeException notADate) {
				return null;
			}
		}

		private static int digits(String v, int from, int to) {
			int n = 0;
			for (int i = from; i < to; i++) {
				char c = v.charAt(i);
				if (c < '0' || c > '9') {
					throw new NumberFormatException(v);
				}
				n = n * 10 + (c - '0');
			}
			return n;
		}

	}

}
