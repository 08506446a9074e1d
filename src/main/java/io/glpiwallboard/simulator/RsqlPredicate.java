package io.glpiwallboard.simulator;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns a parsed RSQL tree into a row predicate for one schema, validating every property
 * and operator first so that all problems are reported together in the {@code detail}
 * object, as GLPI does.
 */
final class RsqlPredicate {

	private static final Set<String> UNARY = Set.of("=isnull=", "=notnull=", "=empty=", "=notempty=");

	private static final Set<String> BINARY = Set.of("==", "!=", "=in=", "=out=", "=lt=", "=le=", "=gt=", "=ge=",
			"=like=", "=ilike=", "=notlike=", "=notilike=");

	private RsqlPredicate() {
	}

	static boolean takesNoValue(String operator) {
		return UNARY.contains(operator.toLowerCase());
	}

	static boolean isKnown(String operator) {
		String op = operator.toLowerCase();
		return UNARY.contains(op) || BINARY.contains(op);
	}

	static <T> Predicate<T> compile(RsqlNode root, FieldSet<T> fields, WallClock zone) {
		Map<String, String> errors = new LinkedHashMap<>();
		validate(root, fields, errors);
		if (!errors.isEmpty()) {
			throw new RsqlException("RSQL query has invalid filters", errors);
		}
		return build(root, fields, zone);
	}

	private static <T> void validate(RsqlNode node, FieldSet<T> fields, Map<String, String> errors) {
		if (node instanceof RsqlNode.And and) {
			and.children().forEach(c -> validate(c, fields, errors));
		}
		else if (node instanceof RsqlNode.Or or) {
			or.children().forEach(c -> validate(c, fields, errors));
		}
		else if (node instanceof RsqlNode.Comparison c) {
			String op = c.operator().toLowerCase();
			if (!UNARY.contains(op) && !BINARY.contains(op)) {
				errors.putIfAbsent(c.property(), "Unknown operator");
			}
			else if (fields.isMapped(c.property())) {
				errors.putIfAbsent(c.property(), "Mapped properties cannot be used in RSQL");
			}
			else if (fields.find(c.property()) == null) {
				errors.putIfAbsent(c.property(), "Unknown property");
			}
		}
	}

	private static <T> Predicate<T> build(RsqlNode node, FieldSet<T> fields, WallClock zone) {
		if (node instanceof RsqlNode.Comparison c) {
			return comparison(fields.find(c.property()), c, zone);
		}
		boolean isAnd = node instanceof RsqlNode.And;
		List<RsqlNode> children = isAnd ? ((RsqlNode.And) node).children() : ((RsqlNode.Or) node).children();
		List<Predicate<T>> parts = new ArrayList<>();
		children.forEach(c -> parts.add(build(c, fields, zone)));
		return isAnd ? row -> allMatch(parts, row) : row -> anyMatch(parts, row);
	}

	// Plain loops: these run once per row and condition on scans of up to a million
	// tickets.
	private static <T> boolean allMatch(List<Predicate<T>> parts, T row) {
		for (Predicate<T> p : parts) {
			if (!p.test(row)) {
				return false;
			}
		}
		return true;
	}

	private static <T> boolean anyMatch(List<Predicate<T>> parts, T row) {
		for (Predicate<T> p : parts) {
			if (p.test(row)) {
				return true;
			}
		}
		return false;
	}

	private static <T> Predicate<T> comparison(Field<T> field, RsqlNode.Comparison c, WallClock zone) {
		String op = c.operator().toLowerCase();
		switch (op) {
			case "=isnull=":
				return row -> field.valueOf(row) == null;
			case "=notnull=":
				return row -> field.valueOf(row) != null;
			case "=empty=":
				return row -> isEmpty(field.valueOf(row));
			case "=notempty=":
				return row -> !isEmpty(field.valueOf(row));
			default:
				break;
		}
		if (op.endsWith("like=")) {
			Pattern pattern = SqlValues.likePattern(c.values().get(0), op.equals("=like=") || op.equals("=notlike="));
			boolean negate = op.startsWith("=not");
			return row -> {
				Object v = field.valueOf(row);
				return v != null && pattern.matcher(SqlValues.text(v, zone)).matches() != negate;
			};
		}
		List<ValueComparator> literals = c.values().stream().map(l -> comparator(field.kind(), l, zone)).toList();
		ValueComparator first = literals.get(0);
		return switch (op) {
			case "==" -> row -> test(field, row, v -> first.compare(v) == 0);
			case "!=" -> row -> test(field, row, v -> first.compare(v) != 0);
			case "=lt=" -> row -> test(field, row, v -> first.compare(v) < 0);
			case "=le=" -> row -> test(field, row, v -> first.compare(v) <= 0);
			case "=gt=" -> row -> test(field, row, v -> first.compare(v) > 0);
			case "=ge=" -> row -> test(field, row, v -> first.compare(v) >= 0);
			case "=in=" -> row -> test(field, row, v -> literals.stream().anyMatch(l -> l.compare(v) == 0));
			case "=out=" -> row -> test(field, row, v -> literals.stream().noneMatch(l -> l.compare(v) == 0));
			default -> throw new RsqlException("Unknown operator " + op);
		};
	}

	/**
	 * SQL three-valued logic: any comparison with NULL is not true, so != and =out= also
	 * drop NULL rows.
	 */
	private static <T> boolean test(Field<T> field, T row, Predicate<Object> condition) {
		Object v = field.valueOf(row);
		return v != null && condition.test(v);
	}

	private static boolean isEmpty(Object v) {
		return v == null || "".equals(v) || (v instanceof Number n && n.doubleValue() == 0);
	}

	/**
	 * Compares a column value with one literal; negative when the column value is
	 * smaller.
	 */
	@FunctionalInterface
	interface ValueComparator {

		int compare(Object columnValue);

	}

	private static ValueComparator comparator(Field.Kind kind, String literal, WallClock zone) {
		return switch (kind) {
			case NUMBER -> {
				double n = SqlValues.number(literal);
				yield v -> Double.compare(((Number) v).doubleValue(), n);
			}
			case BOOLEAN -> {
				boolean b = SqlValues.phpBoolean(literal);
				yield v -> Boolean.compare((Boolean) v, b);
			}
			case STRING -> v -> SqlValues.COLLATION.compare(v.toString(), literal);
			case DATE -> {
				LocalDateTime when = SqlValues.dateTime(literal);
				if (when == null) {
					yield v -> SqlValues.text(v, zone).compareTo(literal);
				}
				long literalSeconds = WallClock.localSeconds(when);
				yield v -> Long.compare(zone.localSeconds((Instant) v), literalSeconds);
			}
		};
	}

	/**
	 * Inclusive id bounds implied by the top-level AND of a filter (e.g.
	 * {@code id=gt=100;id=le=600}), so that a keyset page can be found by binary search
	 * instead of a scan. Returns {min, max}.
	 */
	static long[] idBounds(RsqlNode root) {
		long[] bounds = { Long.MIN_VALUE, Long.MAX_VALUE };
		List<RsqlNode> conjuncts = root instanceof RsqlNode.And and ? and.children() : List.of(root);
		for (RsqlNode node : conjuncts) {
			if (node instanceof RsqlNode.Comparison c && c.property().equalsIgnoreCase("id") && c.values().size() == 1
					&& !c.list()) {
				Long value = wholeNumber(c.values().get(0));
				if (value != null) {
					narrow(bounds, c.operator().toLowerCase(), value);
				}
			}
		}
		return bounds;
	}

	/**
	 * True when the filter is nothing but an AND of numeric id bounds, so
	 * {@link #idBounds} captures it fully.
	 */
	static boolean isPureIdRange(RsqlNode root) {
		List<RsqlNode> conjuncts = root instanceof RsqlNode.And and ? and.children() : List.of(root);
		for (RsqlNode node : conjuncts) {
			if (!(node instanceof RsqlNode.Comparison c) || !c.property().equalsIgnoreCase("id") || c.list()
					|| c.values().size() != 1 || wholeNumber(c.values().get(0)) == null
					|| !Set.of("==", "=gt=", "=ge=", "=lt=", "=le=").contains(c.operator().toLowerCase())) {
				return false;
			}
		}
		return true;
	}

	private static void narrow(long[] bounds, String op, long value) {
		switch (op) {
			case "==" -> {
				bounds[0] = Math.max(bounds[0], value);
				bounds[1] = Math.min(bounds[1], value);
			}
			case "=gt=" -> bounds[0] = Math.max(bounds[0], value == Long.MAX_VALUE ? value : value + 1);
			case "=ge=" -> bounds[0] = Math.max(bounds[0], value);
			case "=lt=" -> bounds[1] = Math.min(bounds[1], value == Long.MIN_VALUE ? value : value - 1);
			case "=le=" -> bounds[1] = Math.min(bounds[1], value);
			default -> {
				// other operators do not bound the range
			}
		}
	}

	private static Long wholeNumber(String literal) {
		try {
			return Long.parseLong(literal.trim());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

}
