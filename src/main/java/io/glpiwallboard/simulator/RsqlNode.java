package io.glpiwallboard.simulator;

import java.util.List;

/** Syntax tree of an RSQL filter, before properties are resolved against a schema. */
sealed interface RsqlNode {

	record And(List<RsqlNode> children) implements RsqlNode {
	}

	record Or(List<RsqlNode> children) implements RsqlNode {
	}

	/**
	 * {@code values} holds one literal, several for a list value {@code (a,b)}, or none
	 * for {@code =isnull=}.
	 */
	record Comparison(String property, String operator, List<String> values, boolean list) implements RsqlNode {
	}

}
