package io.glpiwallboard.glpi;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gives a date GLPI (or a plugin) wrote without an offset the offset GLPI writes its
 * other dates with. GLPI prints every date in its own wall-clock zone
 * ({@code Doc\Schema::castProperties}: {@code date(DATE_RFC3339, ...)}, see
 * {@code glpi-api-v2.md}), so a bare {@code 2026-11-30 07:47:02} is 07:47 in that zone,
 * not in UTC. The zone itself is not in the answer, only offsets; a zone with
 * daylight-saving time has two, so the offset is taken from the nearest dated value (by
 * wall-clock time) of the same row, else of the same page. A page without any offset
 * keeps UTC.
 */
final class ServerOffsets {

	private static final Pattern OFFSET_LESS = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");

	private ServerOffsets() {
	}

	/**
	 * Rewrites, in place, every offset-less date of {@code page} (a JSON array of rows)
	 * with its offset.
	 * @return {@code page}
	 */
	static JsonNode resolve(JsonNode page) {
		List<OffsetDateTime> pageDates = new ArrayList<>();
		collect(page, pageDates);
		for (JsonNode row : page) {
			List<OffsetDateTime> rowDates = new ArrayList<>();
			collect(row, rowDates);
			rewrite(row, rowDates.isEmpty() ? pageDates : rowDates);
		}
		return page;
	}

	private static void collect(JsonNode node, List<OffsetDateTime> into) {
		if (node.isString()) {
			OffsetDateTime dated = GlpiJson.LenientDateTime.fastRfc3339(node.asString());
			if (dated == null && node.asString().length() > 19 && node.asString().charAt(10) == 'T') {
				try {
					dated = OffsetDateTime.parse(node.asString());
				}
				catch (DateTimeParseException notADate) {
					// not a date with an offset
				}
			}
			if (dated != null) {
				into.add(dated);
			}
			return;
		}
		for (JsonNode child : node) {
			collect(child, into);
		}
	}

	private static void rewrite(JsonNode node, List<OffsetDateTime> dated) {
		if (dated.isEmpty()) {
			return;
		}
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> field : object.properties()) {
				JsonNode value = field.getValue();
				if (value.isString() && OFFSET_LESS.matcher(value.asString().trim()).matches()) {
					LocalDateTime local = LocalDateTime.parse(value.asString().trim().replace(' ', 'T'));
					object.put(field.getKey(), local.atOffset(nearest(local, dated)).toString());
				}
				else {
					rewrite(value, dated);
				}
			}
		}
		else if (node.isArray()) {
			for (JsonNode child : node) {
				rewrite(child, dated);
			}
		}
	}

	private static ZoneOffset nearest(LocalDateTime local, List<OffsetDateTime> dated) {
		OffsetDateTime best = dated.get(0);
		for (OffsetDateTime d : dated) {
			if (Math.abs(ChronoUnit.SECONDS.between(local, d.toLocalDateTime())) < Math
				.abs(ChronoUnit.SECONDS.between(local, best.toLocalDateTime()))) {
				best = d;
			}
		}
		return best.getOffset();
	}

}
