package io.glpiwallboard.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Not GLPI: {@code /sim/admin/*} lets a benchmark in another JVM change data and read
 * counters. No auth.
 * <ul>
 * <li>{@code POST touch?percent=X}: bumps date_mod of X% random tickets (some also change
 * status)</li>
 * <li>{@code POST reset-counters}</li>
 * <li>{@code GET stats}: {@code {"requests":n,"listRequests":n,"tickets":n}}</li>
 * </ul>
 */
final class AdminEndpoint {

	private final GlpiSimulator simulator;

	private final double defaultPercent;

	private final Random random;

	AdminEndpoint(GlpiSimulator simulator, double defaultPercent, long seed) {
		this.simulator = simulator;
		this.defaultPercent = defaultPercent;
		this.random = new Random(seed + 17);
	}

	void handle(HttpExchange exchange, String action) throws IOException {
		String method = exchange.getRequestMethod().toUpperCase();
		Map<String, String> params = QueryString.lastValues(QueryString.parse(exchange.getRequestURI().getRawQuery()));
		switch (action) {
			case "touch" -> {
				if (!method.equals("POST")) {
					HttpResponses.json(exchange, 405, Map.of("error", "use POST"));
					return;
				}
				double percent;
				try {
					percent = params.containsKey("percent") ? Double.parseDouble(params.get("percent"))
							: defaultPercent;
				}
				catch (NumberFormatException e) {
					HttpResponses.json(exchange, 400, Map.of("error", "percent must be a number"));
					return;
				}
				HttpResponses.json(exchange, 200, Map.of("changed", touch(percent)));
			}
			case "reset-counters" -> {
				simulator.requests().reset();
				HttpResponses.json(exchange, 200, Map.of("reset", true));
			}
			case "stats" -> {
				Map<String, Object> stats = new LinkedHashMap<>();
				stats.put("requests", simulator.requests().total());
				stats.put("listRequests", simulator.requests().listRequests());
				stats.put("tickets", simulator.data().ticketCount());
				HttpResponses.json(exchange, 200, stats);
			}
			default -> HttpResponses.json(exchange, 404, Map.of("error", "unknown admin action " + action));
		}
	}

	/**
	 * Changes {@code percent}% of the tickets "now"; open ones sometimes move on in their
	 * workflow.
	 */
	int touch(double percent) {
		List<Long> ids = simulator.data().allIds();
		int count = (int) Math.round(ids.size() * Math.max(0, Math.min(100, percent)) / 100.0);
		List<Long> chosen;
		synchronized (random) {
			Collections.shuffle(ids, random);
			chosen = new ArrayList<>(ids.subList(0, count));
		}
		SimulatedGlpi data = simulator.data();
		return data.updateTickets(chosen, t -> {
			if (t.isOpen() && Math.floorMod(t.id() + t.dateMod().getEpochSecond(), 3) == 0) {
				return t.withStatus(t.status() == SimTicket.NEW ? SimTicket.ASSIGNED : SimTicket.SOLVED, data.now());
			}
			return t;
		});
	}

}
