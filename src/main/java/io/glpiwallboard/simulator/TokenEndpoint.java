package io.glpiwallboard.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /token}. Parameters come from the query string and a form body, or from a
 * JSON body only when Content-Type is exactly {@code application/json} (GLPI's strict
 * check: with "; charset=UTF-8" the JSON is ignored and the client gets
 * unsupported_grant_type).
 */
final class TokenEndpoint {

	private final TokenService tokens;

	TokenEndpoint(TokenService tokens) {
		this.tokens = tokens;
	}

	void handle(HttpExchange exchange) throws IOException {
		byte[] raw = exchange.getRequestBody().readAllBytes();
		String body = new String(raw, StandardCharsets.UTF_8);
		Map<String, String> params = new LinkedHashMap<>(
				QueryString.lastValues(QueryString.parse(exchange.getRequestURI().getRawQuery())));
		String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
		String type = contentType == null ? "" : contentType.trim();
		if (type.equals("application/json")) {
			JsonNode json;
			try {
				json = HttpResponses.MAPPER.readTree(body.isBlank() ? "{}" : body);
			}
			catch (RuntimeException e) {
				HttpResponses.error(exchange, 400, "ERROR", "Invalid JSON body", null);
				return;
			}
			json.properties()
				.forEach(e -> params.put(e.getKey(),
						e.getValue().isValueNode() ? e.getValue().asString() : e.getValue().toString()));
		}
		else if (type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
			params.putAll(QueryString.lastValues(QueryString.parse(body)));
		}
		TokenService.Outcome outcome = tokens.token(params, basicCredentials(exchange));
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.getResponseHeaders().set("Pragma", "no-cache");
		if (outcome.basicChallenge()) {
			exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"OAuth\"");
		}
		HttpResponses.json(exchange, outcome.status(), outcome.body());
	}

	private static String[] basicCredentials(HttpExchange exchange) {
		String header = exchange.getRequestHeaders().getFirst("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

}
