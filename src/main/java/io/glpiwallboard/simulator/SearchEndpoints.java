package io.glpiwallboard.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import tools.jackson.core.JsonGenerator;

/**
 * The read endpoints of the Ticket, Entity and Group schemas: search lists and single
 * items.
 */
final class SearchEndpoints {

	private final SimulatedGlpi data;

	private final Integer defaultLimit;

	private final ListSearch<SimTicket> ticketSearch;

	private final ListSearch<SimTicket> ticketSearchV20;

	private final ListSearch<SimEntity> entitySearch;

	private final ListSearch<SimGroup> groupSearch;

	private final AtomicLong sequence = new AtomicLong();

	private final List<Consumer<ListRequest>> hooks = new CopyOnWriteArrayList<>();

	SearchEndpoints(SimulatedGlpi data, SimulatorSettings settings) {
		this.data = data;
		this.defaultLimit = settings.defaultLimit();
		this.ticketSearch = new ListSearch<>(SchemaFields.tickets(data), data.zone(), settings.seed());
		this.ticketSearchV20 = new ListSearch<>(SchemaFields.tickets(data).without(TicketJson.SINCE_2_1), data.zone(),
				settings.seed());
		this.entitySearch = new ListSearch<>(SchemaFields.entities(data), data.zone(), settings.seed());
		this.groupSearch = new ListSearch<>(SchemaFields.groups(data), data.zone(), settings.seed());
	}

	private final TicketJsonCache jsonCache = new TicketJsonCache();

	void warmJsonCache() {
		jsonCache.warm(data);
	}

	/**
	 * Replaces the hook: tests set one per scenario, and a left-over one would leak into
	 * the next.
	 */
	void setHook(Consumer<ListRequest> hook) {
		hooks.clear();
		hooks.add(hook);
	}

	void listTickets(HttpExchange exchange, Set<Long> activeEntities, boolean v21) throws IOException {
		ListRequest request = new ListRequest(sequence.incrementAndGet(), "Ticket", params(exchange));
		hooks.forEach(h -> h.accept(request));
		Predicate<SimTicket> visible = activeEntities == null ? null : t -> activeEntities.contains(t.entityId());
		ListSearch<SimTicket> searcher = v21 ? ticketSearch : ticketSearchV20;
		answer(exchange, () -> searcher.search(request, this::ticketRange, visible, defaultLimit),
				(g, t) -> jsonCache.write(g, t, data, v21));
	}

	void listEntities(HttpExchange exchange, Set<Long> activeEntities) throws IOException {
		ListRequest request = new ListRequest(sequence.incrementAndGet(), "Entity", params(exchange));
		// GLPI shows an entity when it or its parent is active.
		Predicate<SimEntity> visible = activeEntities == null ? null : e -> activeEntities.contains(e.id())
				|| (e.parentId() != null && activeEntities.contains(e.parentId()));
		answer(exchange,
				() -> entitySearch.search(request,
						(min, max) -> data.entities().stream().filter(e -> e.id() >= min && e.id() <= max).toList(),
						visible, defaultLimit),
				(g, e) -> EntityJson.write(g, e, data));
	}

	/** Groups of the root entity are recursive, so every session sees all of them. */
	void listGroups(HttpExchange exchange) throws IOException {
		ListRequest request = new ListRequest(sequence.incrementAndGet(), "Group", params(exchange));
		answer(exchange,
				() -> groupSearch.search(request,
						(min, max) -> data.groups().stream().filter(g -> g.id() >= min && g.id() <= max).toList(), null,
						defaultLimit),
				(g, group) -> GroupJson.write(g, group, data));
	}

	void getGroup(HttpExchange exchange, long id) throws IOException {
		SimGroup group = data.group(id).orElse(null);
		if (group == null) {
			notFound(exchange);
			return;
		}
		HttpResponses.generate(exchange, 200, 1, g -> GroupJson.write(g, group, data));
	}

	void getTicket(HttpExchange exchange, long id, Set<Long> activeEntities, boolean v21) throws IOException {
		SimTicket ticket = data.ticket(id)
			.filter(t -> activeEntities == null || activeEntities.contains(t.entityId()))
			.orElse(null);
		if (ticket == null) {
			notFound(exchange);
			return;
		}
		HttpResponses.generate(exchange, 200, 1, g -> TicketJson.write(g, ticket, data, v21));
	}

	void getEntity(HttpExchange exchange, long id, Set<Long> activeEntities) throws IOException {
		SimEntity entity = data.entity(id)
			.filter(e -> activeEntities == null || activeEntities.contains(e.id())
					|| (e.parentId() != null && activeEntities.contains(e.parentId())))
			.orElse(null);
		if (entity == null) {
			notFound(exchange);
			return;
		}
		HttpResponses.generate(exchange, 200, 1, g -> EntityJson.write(g, entity, data));
	}

	private List<SimTicket> ticketRange(long minId, long maxId) {
		SimTicket[] snapshot = data.snapshot();
		int from = SimulatedGlpi.indexOf(snapshot, minId);
		from = from >= 0 ? from : -from - 1;
		int to = SimulatedGlpi.indexOf(snapshot, maxId);
		to = to >= 0 ? to + 1 : -to - 1;
		return Arrays.asList(snapshot).subList(from, Math.max(from, to));
	}

	private interface RowWriter<T> {

		void write(JsonGenerator g, T row);

	}

	private interface SearchCall<T> {

		ListSearch.Result<T> run();

	}

	private static <T> void answer(HttpExchange exchange, SearchCall<T> call, RowWriter<T> writer) throws IOException {
		ListSearch.Result<T> result;
		try {
			result = call.run();
		}
		catch (SortSpec.InvalidSortException e) {
			HttpResponses.error(exchange, 400, "ERROR", e.getMessage(), null);
			return;
		}
		catch (RsqlException e) {
			if (e.invalidProperties().isEmpty()) {
				HttpResponses.error(exchange, 400, "ERROR_INVALID_PARAMETER", "RSQL query has invalid filters",
						e.getMessage());
			}
			else {
				HttpResponses.error(exchange, 400, "ERROR_INVALID_PARAMETER", e.getMessage(), e.invalidProperties());
			}
			return;
		}
		List<T> rows = result.rows();
		String format = ResultFormatter.requestedFormat(exchange.getRequestHeaders().getFirst("Accept"));
		if (format != null) {
			ByteArrayOutputStream json = new ByteArrayOutputStream();
			try (JsonGenerator g = HttpResponses.MAPPER.createGenerator(json)) {
				writeArray(g, rows, writer);
			}
			ResultFormatter.Formatted formatted = ResultFormatter.format(format, json.toByteArray());
			exchange.getResponseHeaders().set("Content-Type", formatted.contentType());
			exchange.sendResponseHeaders(200, formatted.body().length);
			exchange.getResponseBody().write(formatted.body());
			exchange.close();
			return;
		}
		exchange.getResponseHeaders().set("Content-Range", result.range().header());
		exchange.getResponseHeaders()
			.set("Access-Control-Expose-Headers", "Content-Type, Content-Range, Accept-Ranges");
		HttpResponses.generate(exchange, result.status(), rows.size(), g -> writeArray(g, rows, writer));
	}

	private static <T> void writeArray(JsonGenerator g, List<T> rows, RowWriter<T> writer) {
		g.writeStartArray();
		for (T row : rows) {
			writer.write(g, row);
		}
		g.writeEndArray();
	}

	static void notFound(HttpExchange exchange) throws IOException {
		HttpResponses.error(exchange, 404, "ERROR_ITEM_NOT_FOUND", "Not found", null);
	}

	private static Map<String, List<String>> params(HttpExchange exchange) {
		return QueryString.parse(exchange.getRequestURI().getRawQuery());
	}

}
