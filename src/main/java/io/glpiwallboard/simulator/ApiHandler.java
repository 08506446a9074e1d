package io.glpiwallboard.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Front door of {@code /api.php}: version prefix, request counting, latency and faults,
 * authentication and scope, then routing (case-insensitive, like GLPI's router).
 */
final class ApiHandler implements HttpHandler {

	private static final Pattern VERSION_PREFIX = Pattern.compile("^/v(\\d+(?:\\.\\d+)*)(?=/|$)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TICKET_ITEM = Pattern.compile("^/assistance/ticket/(\\d+)$");

	private static final Pattern ENTITY_ITEM = Pattern.compile("^/administration/entity/(\\d+)$");

	private static final Pattern GROUP_ITEM = Pattern.compile("^/administration/group/(\\d+)$");

	private final GlpiSimulator simulator;

	private final TokenService tokens;

	private final TokenEndpoint tokenEndpoint;

	private final SearchEndpoints search;

	private final AdminEndpoint admin;

	ApiHandler(GlpiSimulator simulator, TokenService tokens, SearchEndpoints search, AdminEndpoint admin) {
		this.simulator = simulator;
		this.tokens = tokens;
		this.tokenEndpoint = new TokenEndpoint(tokens);
		this.search = search;
		this.admin = admin;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try {
			String path = exchange.getRequestURI().getPath();
			if (path.startsWith("/sim/admin/")) {
				admin.handle(exchange, path.substring("/sim/admin/".length()));
			}
			else if (path.regionMatches(true, 0, "/api.php", 0, 8)) {
				api(exchange, path.substring(8));
			}
			else {
				HttpResponses.send(exchange, 404, "null".getBytes());
			}
		}
		catch (RuntimeException e) {
			HttpResponses.error(exchange, 500, "ERROR", "An error occurred while processing your request.", null);
		}
	}

	private void api(HttpExchange exchange, String afterApiPhp) throws IOException {
		if (afterApiPhp.matches("(?i)^/v1(/.*)?$")) {
			// The legacy v1 API needs App-Token/Session-Token, which this simulator does
			// not offer.
			HttpResponses.json(exchange, 400,
					List.of("ERROR_SESSION_TOKEN_MISSING", "parameter session_token is missing or empty"));
			return;
		}
		Matcher version = VERSION_PREFIX.matcher(afterApiPhp);
		boolean pinned = version.find();
		String route = pinned ? afterApiPhp.substring(version.end()) : afterApiPhp;
		String apiVersion = ApiVersions.normalize(pinned ? version.group(1) : null, simulator.settings().apiVersions());
		route = "/" + route.replaceAll("^/+|/+$", "");
		String lower = route.toLowerCase();
		String method = exchange.getRequestMethod().toUpperCase();
		boolean read = method.equals("GET") || method.equals("HEAD");
		boolean list = read && (lower.equals("/assistance/ticket") || lower.equals("/administration/entity")
				|| lower.equals("/administration/group"));
		boolean token = lower.equals("/token");
		simulator.requests().record(route, list, token);

		pause(simulator.faults().latency());
		FaultInjector.Decision fault = simulator.faults().decide(list);
		if (fault.fault() == FaultInjector.Fault.RESET) {
			HttpResponses.reset(exchange);
			return;
		}
		if (fault.fault() == FaultInjector.Fault.STATUS) {
			exchange.getRequestBody().readAllBytes();
			HttpResponses.internalError(exchange, fault.status());
			return;
		}
		route(exchange, method, read, lower, ApiVersions.hasV21Schema(apiVersion));
	}

	private void route(HttpExchange exchange, String method, boolean read, String lower, boolean v21)
			throws IOException {
		if (method.equals("OPTIONS")) {
			exchange.getResponseHeaders()
				.set("Access-Control-Allow-Headers", "Content-Type, Authorization, Origin, Accept, "
						+ "GLPI-API-Version, GLPI-Profile, GLPI-Entity, GLPI-Entity-Recursive, X-Debug-Mode");
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
			return;
		}
		if (lower.equals("/token") && method.equals("POST")) {
			tokenEndpoint.handle(exchange);
			return;
		}
		if (read && lower.equals("/")) {
			HttpResponses.json(exchange, 200, welcome());
			return;
		}
		if (read && lower.equals("/status/all")) {
			HttpResponses.json(exchange, 200, Map.of("glpi", Map.of("status", "OK"), "db", Map.of("status", "OK")));
			return;
		}
		String accessToken = authenticate(exchange, lower.startsWith("/status") ? "status" : "api");
		if (accessToken == null) {
			return;
		}
		Set<Long> active = ActiveEntities.fromHeaders(exchange, simulator.data());
		Matcher ticket = TICKET_ITEM.matcher(lower);
		Matcher entity = ENTITY_ITEM.matcher(lower);
		Matcher group = GROUP_ITEM.matcher(lower);
		String itemtype = lower.startsWith("/administration/entity") ? "Entity"
				: lower.startsWith("/administration/group") ? "Group" : null;
		if (read && itemtype != null && !simulator.rights().mayRead(itemtype)) {
			HttpResponses.error(exchange, 403, "ERROR_RIGHT_MISSING",
					"You don't have permission to perform this action.", null);
		}
		else if (read && lower.equals("/session")) {
			HttpResponses.json(exchange, 200,
					ActiveEntities.session(exchange, simulator.data(), simulator.credentials()));
		}
		else if (read && lower.equals("/assistance/ticket")) {
			search.listTickets(exchange, active, v21);
		}
		else if (read && lower.equals("/administration/entity")) {
			search.listEntities(exchange, active);
		}
		else if (read && ticket.matches()) {
			search.getTicket(exchange, Long.parseLong(ticket.group(1)), active, v21);
		}
		else if (read && entity.matches()) {
			search.getEntity(exchange, Long.parseLong(entity.group(1)), active);
		}
		else if (read && lower.equals("/administration/group")) {
			search.listGroups(exchange);
		}
		else if (read && group.matches()) {
			search.getGroup(exchange, Long.parseLong(group.group(1)));
		}
		else if (lower.startsWith("/assistance/ticket") || lower.startsWith("/administration/entity")
				|| lower.startsWith("/administration/group")) {
			HttpResponses.error(exchange, 405, "ERROR_METHOD_NOT_ALLOWED", "Method not allowed", null);
		}
		else {
			HttpResponses.send(exchange, 404, "null".getBytes());
		}
	}

	/**
	 * Returns the bearer token when it may call a route needing {@code scope}; otherwise
	 * answers and returns null.
	 */
	private String authenticate(HttpExchange exchange, String scope) throws IOException {
		String header = exchange.getRequestHeaders().getFirst("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("title", "You are not authenticated");
			body.put("detail", "The Authorization header is missing or invalid");
			body.put("status", "ERROR_UNAUTHENTICATED");
			HttpResponses.json(exchange, 401, body);
			return null;
		}
		String token = header.substring(7).trim();
		TokenService.Check check = tokens.check(token);
		if (check != TokenService.Check.VALID) {
			HttpResponses.error(exchange, 400, "ERROR_INVALID_PARAMETER", "Invalid OAuth token",
					check == TokenService.Check.REVOKED ? "Access token has been revoked"
							: "Access token could not be verified");
			return null;
		}
		if (!tokens.hasScope(token, scope)) {
			HttpResponses.error(exchange, 403, "ERROR_RIGHT_MISSING",
					"You don't have permission to perform this action.", null);
			return null;
		}
		return token;
	}

	private Map<String, Object> welcome() {
		String base = simulator.baseUrl();
		List<Map<String, Object>> versions = new ArrayList<>();
		Map<String, Object> legacy = new LinkedHashMap<>();
		legacy.put("api_version", "1");
		legacy.put("version", "1.0.0");
		legacy.put("endpoint", base + "/v1");
		legacy.put("description", "Legacy API (deprecated)");
		versions.add(legacy);
		for (String v : simulator.settings().apiVersions()) {
			String[] parts = v.split("\\.");
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("api_version", parts[0]);
			entry.put("version", v);
			entry.put("endpoint", base + "/v" + parts[0] + (parts.length > 1 ? "." + parts[1] : ""));
			versions.add(entry);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("message", "Welcome to GLPI API");
		body.put("api_versions", versions);
		return body;
	}

	private static void pause(Duration latency) {
		if (latency.isZero() || latency.isNegative()) {
			return;
		}
		try {
			Thread.sleep(latency.toMillis(), latency.toNanosPart() % 1_000_000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
