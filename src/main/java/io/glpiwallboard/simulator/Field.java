package io.glpiwallboard.simulator;

import java.util.function.Function;

/**
 * A filterable and sortable property of a schema, in GLPI's dot notation. The getter
 * returns the raw column value: a {@link Number}, {@link String}, {@link Boolean},
 * {@link java.time.Instant}, or null for SQL NULL.
 */
record Field<T>(String name, Kind kind, Function<T, Object> getter) {

	enum Kind {

		NUMBER, STRING, BOOLEAN, DATE

	}

	Object valueOf(T item) {
		return getter.apply(item);
	}
}
