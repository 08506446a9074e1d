package io.glpiwallboard.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * GLPI's {@code ResultFormatterMiddleware}: {@code Accept: text/csv} or
 * {@code application/xml} re-encodes a list as CSV or XML, with status 200 and no
 * Content-Range. Clients must ask for JSON; this makes forgetting it visible.
 */
final class ResultFormatter {

	record Formatted(String contentType, byte[] body) {
	}

	private ResultFormatter() {
	}

	/** The non-JSON format the Accept header asks for, or null for JSON. */
	static String requestedFormat(String accept) {
		if (accept == null) {
			return null;
		}
		String lower = accept.toLowerCase();
		if (lower.contains("text/csv")) {
			return "text/csv";
		}
		return lower.contains("application/xml") ? "application/xml" : null;
	}

	static Formatted format(String format, byte[] json) {
		JsonNode rows = HttpResponses.MAPPER.readTree(json);
		String text = format.equals("text/csv") ? csv(rows) : xml(rows);
		return new Formatted(format + "; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
	}

	private static String csv(JsonNode rows) {
		Set<String> columns = new LinkedHashSet<>();
		rows.forEach(row -> columns.addAll(row.propertyNames()));
		StringBuilder out = new StringBuilder();
		out.append(String.join(",", columns.stream().map(ResultFormatter::csvCell).toList())).append("\r\n");
		for (JsonNode row : rows) {
			List<String> cells = new ArrayList<>();
			for (String column : columns) {
				cells.add(csvCell(flat(row.get(column))));
			}
			out.append(String.join(",", cells)).append("\r\n");
		}
		return out.toString();
	}

	private static String xml(JsonNode rows) {
		StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<root>");
		for (JsonNode row : rows) {
			out.append("<item>");
			for (Map.Entry<String, JsonNode> property : row.properties()) {
				out.append('<')
					.append(property.getKey())
					.append('>')
					.append(escapeXml(flat(property.getValue())))
					.append("</")
					.append(property.getKey())
					.append('>');
			}
			out.append("</item>");
		}
		return out.append("</root>\n").toString();
	}

	/** Nested objects become their name (or id); arrays and nulls become empty text. */
	private static String flat(JsonNode value) {
		if (value == null || value.isNull() || value.isArray()) {
			return "";
		}
		if (value.isObject()) {
			JsonNode name = value.get("name");
			return name != null && !name.isNull() ? name.asString() : flat(value.get("id"));
		}
		return value.asString();
	}

	private static String csvCell(String value) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

	private static String escapeXml(String value) {
		return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
