package io.glpiwallboard.simulator;

import java.io.StringWriter;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps each ticket's JSON once written, so a 500-row page costs the simulator a copy
 * rather than 500 serialisations: the benchmark measures the client against a GLPI whose
 * page time is the configured latency, not the simulator's CPU. A changed ticket is a new
 * record instance, which invalidates its entry.
 */
final class TicketJsonCache {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private record Entry(SimTicket ticket, String json) {
	}

	private final ConcurrentHashMap<Long, Entry> v21 = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<Long, Entry> v20 = new ConcurrentHashMap<>();

	void write(JsonGenerator g, SimTicket t, SimulatedGlpi data, boolean newSchema) {
		ConcurrentHashMap<Long, Entry> cache = newSchema ? v21 : v20;
		Entry entry = cache.get(t.id());
		if (entry == null || entry.ticket() != t) {
			entry = new Entry(t, render(t, data, newSchema));
			cache.put(t.id(), entry);
		}
		g.writeRawValue(entry.json());
	}

	/**
	 * Renders every ticket ahead (for the benchmark), so that the first full sync is not
	 * CPU-bound either.
	 */
	void warm(SimulatedGlpi data) {
		for (SimTicket t : data.tickets()) {
			v21.put(t.id(), new Entry(t, render(t, data, true)));
		}
	}

	private static String render(SimTicket t, SimulatedGlpi data, boolean newSchema) {
		StringWriter out = new StringWriter(2048);
		try (JsonGenerator g = MAPPER.createGenerator(out)) {
			TicketJson.write(g, t, data, newSchema);
		}
		return out.toString();
	}

}
