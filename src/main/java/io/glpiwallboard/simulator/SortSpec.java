package io.glpiwallboard.simulator;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The {@code sort} parameter: {@code prop[:asc|desc]} comma-separated, in dot notation.
 * Anything but "desc" means ascending. NULLs sort first in ascending order, as in MySQL.
 */
final class SortSpec {

	/**
	 * Raised for an unknown property; GLPI answers 400 "Invalid property for sorting: x".
	 */
	static final class InvalidSortException extends RuntimeException {

		InvalidSortException(String property) {
			super("Invalid property for sorting: " + property);
		}

	}

	private record Key<T>(Field<T> field, boolean descending) {
	}

	private SortSpec() {
	}

	static <T> Comparator<T> parse(String sort, FieldSet<T> fields) {
		Comparator<T> result = null;
		for (String part : sort.split(",")) {
			String trimmed = part.trim();
			if (trimmed.isEmpty()) {
				continue;
			}
			int colon = trimmed.indexOf(':');
			String property = colon < 0 ? trimmed : trimmed.substring(0, colon);
			boolean descending = colon >= 0
					&& trimmed.substring(colon + 1).trim().toLowerCase(Locale.ROOT).equals("desc");
			Field<T> field = fields.find(property);
			if (field == null) {
				throw new InvalidSortException(property);
			}
			Comparator<T> key = comparator(new Key<>(field, descending));
			result = result == null ? key : result.thenComparing(key);
		}
		return result;
	}

	/**
	 * True when the sort is exactly {@code id} ascending, which the id-ordered store
	 * already satisfies.
	 */
	static boolean isIdAscending(String sort) {
		List<String> parts = List.of(sort.split(","));
		if (parts.size() != 1) {
			return false;
		}
		String p = parts.get(0).trim().toLowerCase(Locale.ROOT);
		return p.equals("id") || p.equals("id:asc");
	}

	private static <T> Comparator<T> comparator(Key<T> key) {
		Comparator<T> ascending = (a, b) -> compareValues(key.field().valueOf(a), key.field().valueOf(b));
		return key.descending() ? ascending.reversed() : ascending;
	}

	private static int compareValues(Object a, Object b) {
		if (a == null || b == null) {
			return a == null ? (b == null ? 0 : -1) : 1;
		}
		if (a instanceof Number x && b instanceof Number y) {
			return Double.compare(x.doubleValue(), y.doubleValue());
		}
		if (a instanceof Instant x && b instanceof Instant y) {
			return x.compareTo(y);
		}
		if (a instanceof Boolean x && b instanceof Boolean y) {
			return Boolean.compare(x, y);
		}
		return SqlValues.COLLATION.compare(a.toString(), b.toString());
	}

}
