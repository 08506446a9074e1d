package io.glpiwallboard.simulator;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A list request as the simulator received it, handed to
 * {@link GlpiSimulator#onListRequest} hooks before the answer is computed (so a hook can
 * change the data "during" a client's paging).
 *
 * @param sequence 1-based number of this list request since the simulator started
 * @param resource "Ticket" or "Entity"
 * @param params decoded query parameters, in order of appearance ({@code filter[]} keeps
 * its brackets)
 */
public record ListRequest(long sequence, String resource, Map<String, List<String>> params) {

	public ListRequest {
		params = Map.copyOf(params);
	}

	/** The last value of a parameter, as PHP would see it. */
	public Optional<String> param(String name) {
		List<String> values = params.get(name);
		return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
	}

	/**
	 * The effective RSQL filter: {@code filter[]} values joined with {@code ;}, else the
	 * last {@code filter}.
	 */
	public Optional<String> filter() {
		List<String> array = params.get("filter[]");
		if (array != null && !array.isEmpty()) {
			// GLPI joins the raw strings with ';' without brackets, so an OR inside one
			// part binds loosely, as there.
			return Optional.of(String.join(";", array));
		}
		return param("filter").filter(f -> !f.isBlank());
	}

	public Optional<String> start() {
		return param("start");
	}

	public Optional<String> limit() {
		return param("limit");
	}

	public Optional<String> sort() {
		return param("sort").filter(s -> !s.isBlank());
	}
}
