package io.glpiwallboard.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The properties of one schema that RSQL and {@code sort} may use, plus the "mapped" ones
 * (computed after the query, like {@code status.name}) that GLPI rejects in filters with
 * a dedicated message.
 */
final class FieldSet<T> {

	private final Map<String, Field<T>> fields = new LinkedHashMap<>();

	private final Set<String> mappedPrefixes;

	FieldSet(Set<String> mappedPrefixes) {
		this.mappedPrefixes = mappedPrefixes;
	}

	FieldSet<T> add(String name, Field.Kind kind, Function<T, Object> getter) {
		fields.put(name.toLowerCase(), new Field<>(name, kind, getter));
		return this;
	}

	/**
	 * A copy without the properties whose first segment is in {@code roots} (older API
	 * versions lack them).
	 */
	FieldSet<T> without(Set<String> roots) {
		FieldSet<T> copy = new FieldSet<>(mappedPrefixes);
		fields.forEach((key, field) -> {
			int dot = key.indexOf('.');
			if (!roots.contains(dot < 0 ? key : key.substring(0, dot))) {
				copy.fields.put(key, field);
			}
		});
		return copy;
	}

	/**
	 * Property names are matched case-insensitively, like the SQL column names behind
	 * them.
	 */
	Field<T> find(String name) {
		return fields.get(name.toLowerCase());
	}

	boolean isMapped(String name) {
		String lower = name.toLowerCase();
		for (String prefix : mappedPrefixes) {
			if (lower.equals(prefix) || lower.startsWith(prefix + ".")) {
				return true;
			}
		}
		return false;
	}

}
