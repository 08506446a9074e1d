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
	 * GLPI writes RFC 3339 with a numeric offset; older builds and plugins have been seen writing
	 * {@code Z}, a SQL datetime without offset (taken as UTC), or an empty or zero date (null).
	 */
	static final class LenientDateTime extends ValueDeserializer<OffsetDateTime> {

		@Override
		public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) {
			if (p.currentToken() == JsonToken.VALUE_NULL) {
				return null;
			}
			return parse(p.getValueAsString());
		}

		static OffsetDateTime parse(String text) {
			if (text == null || text.isBlank() || text.startsWith("0000-00-00")) {
				return null;
			}
			String value = text.trim();
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

	}

}
