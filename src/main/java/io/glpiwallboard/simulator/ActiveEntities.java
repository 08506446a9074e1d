package io.glpiwallboard.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The session's active entities, from the {@code GLPI-Entity} /
 * {@code GLPI-Entity-Recursive} headers. Recursion only when the second header is
 * literally "true"; an invalid or unknown entity is ignored silently and the account's
 * default applies (root entity, recursive: everything).
 */
final class ActiveEntities {

	private ActiveEntities() {
	}

	/** The visible entity ids, or null for "all entities". */
	static Set<Long> fromHeaders(HttpExchange exchange, SimulatedGlpi data) {
		Long id = requestedEntity(exchange, data);
		return id == null ? null : data.entityScope(id, recursive(exchange));
	}

	static Map<String, Object> session(HttpExchange exchange, SimulatedGlpi data, SimulatorCredentials credentials) {
		Long requested = requestedEntity(exchange, data);
		long entityId = requested == null ? 0 : requested;
		boolean recursive = requested == null || recursive(exchange);
		SimEntity entity = data.entity(entityId).orElseThrow();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("current_time", data.wallClock().rfc3339(data.now()));
		body.put("user_id", SimDirectory.SERVICE_USER_ID);
		body.put("use_mode", 0);
		body.put("friendly_name", SimDirectory.SERVICE_USER.displayName());
		body.put("name", credentials.username());
		body.put("real_name", SimDirectory.SERVICE_USER.realname());
		body.put("first_name", SimDirectory.SERVICE_USER.firstname());
		body.put("default_entity", 0);
		body.put("profiles", List.of(4));
		body.put("active_entities", new TreeSet<>(data.entityScope(entityId, recursive)));
		body.put("active_profile", Map.of("id", 4, "name", "Super-Admin", "interface", "central"));
		Map<String, Object> active = new LinkedHashMap<>();
		active.put("id", entity.id());
		active.put("short_name", entity.name());
		active.put("complete_name", entity.completename());
		active.put("recursive", recursive ? 1 : 0);
		body.put("active_entity", active);
		return body;
	}

	private static Long requestedEntity(HttpExchange exchange, SimulatedGlpi data) {
		String header = exchange.getRequestHeaders().getFirst("GLPI-Entity");
		if (header == null || !header.trim().matches("\\d{1,18}")) {
			return null;
		}
		long id = Long.parseLong(header.trim());
		return data.entity(id).isPresent() ? id : null;
	}

	private static boolean recursive(HttpExchange exchange) {
		return "true"
			.equalsIgnoreCase(String.valueOf(exchange.getRequestHeaders().getFirst("GLPI-Entity-Recursive")).trim());
	}

}
