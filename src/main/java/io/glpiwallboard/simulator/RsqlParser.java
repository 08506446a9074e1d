package io.glpiwallboard.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses GLPI's RSQL dialect: {@code ;} AND binds tighter than {@code ,} OR, parentheses
 * group, values may be quoted with ' or " and a backslash escapes the next character,
 * list values look like {@code (a,b,"c,d")}. Only syntax is checked here; properties and
 * operators are validated by {@link RsqlPredicate}.
 */
final class RsqlParser {

	private final String text;

	private int pos;

	private RsqlParser(String text) {
		this.text = text;
	}

	static RsqlNode parse(String filter) {
		RsqlParser parser = new RsqlParser(filter.trim());
		if (parser.text.isEmpty()) {
			throw new RsqlException("Empty filter");
		}
		RsqlNode node = parser.or();
		if (parser.pos < parser.text.length()) {
			throw new RsqlException(
					"Unexpected character '" + parser.text.charAt(parser.pos) + "' at position " + parser.pos);
		}
		return node;
	}

	private RsqlNode or() {
		List<RsqlNode> parts = new ArrayList<>();
		parts.add(and());
		while (peek() == ',') {
			pos++;
			parts.add(and());
		}
		return parts.size() == 1 ? parts.get(0) : new RsqlNode.Or(parts);
	}

	private RsqlNode and() {
		List<RsqlNode> parts = new ArrayList<>();
		parts.add(term());
		while (peek() == ';') {
			pos++;
			parts.add(term());
		}
		return parts.size() == 1 ? parts.get(0) : new RsqlNode.And(parts);
	}

	private RsqlNode term() {
		if (peek() == '(') {
			pos++;
			RsqlNode inner = or();
			if (peek() != ')') {
				throw new RsqlException("Unclosed group at position " + pos);
			}
			pos++;
			return inner;
		}
		return comparison();
	}

	private RsqlNode comparison() {
		int start = pos;
		while (pos < text.length() && isPropertyChar(text.charAt(pos))) {
			pos++;
		}
		String property = text.substring(start, pos);
		if (property.isEmpty()) {
			throw new RsqlException("Expected a property at position " + start);
		}
		String operator = operator(property);
		// An unknown operator (e.g. =isnotnull=) must reach validation to be reported as
		// "Unknown operator".
		if (RsqlPredicate.takesNoValue(operator) || !RsqlPredicate.isKnown(operator)) {
			if (peek() == '(') {
				listValue();
			}
			else if (!atValueEnd()) {
				value(); // GLPI ignores a value given to a unary operator
			}
			return new RsqlNode.Comparison(property, operator, List.of(), false);
		}
		if (peek() == '(') {
			return new RsqlNode.Comparison(property, operator, listValue(), true);
		}
		if (atValueEnd()) {
			throw new RsqlException("Missing value for property " + property);
		}
		return new RsqlNode.Comparison(property, operator, List.of(value()), false);
	}

	private String operator(String property) {
		if (text.startsWith("==", pos) || text.startsWith("!=", pos)) {
			pos += 2;
			return text.substring(pos - 2, pos);
		}
		if (peek() == '=') {
			int end = text.indexOf('=', pos + 1);
			if (end > pos + 1 && text.substring(pos + 1, end).chars().allMatch(Character::isLetter)) {
				String op = text.substring(pos, end + 1);
				pos = end + 1;
				return op;
			}
		}
		throw new RsqlException("Missing operator for property " + property);
	}

	private List<String> listValue() {
		pos++; // '('
		List<String> values = new ArrayList<>();
		while (true) {
			if (peek() == ')') {
				throw new RsqlException("Empty value in list at position " + pos);
			}
			values.add(value());
			char c = peek();
			pos++;
			if (c == ')') {
				return values;
			}
			if (c != ',') {
				throw new RsqlException("Unclosed list value at position " + (pos - 1));
			}
		}
	}

	/** One quoted or bare literal; bare ones end at the first unescaped ; , or ). */
	private String value() {
		char quote = peek();
		StringBuilder out = new StringBuilder();
		if (quote == '\'' || quote == '"') {
			pos++;
			while (pos < text.length() && text.charAt(pos) != quote) {
				appendChar(out);
			}
			if (pos >= text.length()) {
				throw new RsqlException("Unclosed quoted value");
			}
			pos++;
			return out.toString();
		}
		while (!atValueEnd()) {
			appendChar(out);
		}
		return out.toString();
	}

	private void appendChar(StringBuilder out) {
		char c = text.charAt(pos++);
		if (c == '\\' && pos < text.length()) {
			c = text.charAt(pos++);
		}
		out.append(c);
	}

	private boolean atValueEnd() {
		char c = peek();
		return c == 0 || c == ';' || c == ',' || c == ')';
	}

	private char peek() {
		return pos < text.length() ? text.charAt(pos) : 0;
	}

	private static boolean isPropertyChar(char c) {
		return c == '_' || c == '.' || (c < 128 && Character.isLetterOrDigit(c));
	}

}
