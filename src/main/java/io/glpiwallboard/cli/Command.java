package io.glpiwallboard.cli;

import java.util.Arrays;
import java.util.Optional;

/** The commands of {@code java -jar glpi-wallboard.jar <command>}. */
enum Command {

	RUN("run", "full sync, today's snapshot, workbook and mails, then exit"),
	REFRESH("refresh", "incremental sync and today's snapshot, then exit"),
	SERVE("serve", "web server (wallboard, /api/wallboard) with the in-app schedule"),
	DEMO("demo", "built-in GLPI simulator with sample data, one run, then serve"),
	SIMULATOR("simulator", "only the built-in GLPI simulator (for benchmarks and trials)");

	final String word;

	final String help;

	Command(String word, String help) {
		this.word = word;
		this.help = help;
	}

	static Optional<Command> parse(String word) {
		return Arrays.stream(values()).filter(c -> c.word.equalsIgnoreCase(word)).findFirst();
	}

	boolean isOneShot() {
		return this == RUN || this == REFRESH;
	}

	static String usage() {
		StringBuilder sb = new StringBuilder("usage: java -jar glpi-wallboard.jar <command> [--property=value ...]\n\ncommands:\n");
		for (Command c : values()) {
			sb.append(String.format("  %-10s %s%n", c.word, c.help));
		}
		sb.append("\nConfiguration: application.yml next to the jar, environment variables (GLPI_URL, GLPI_CLIENT_ID, ...)\n")
			.append("or --property=value arguments; see README.md.");
		return sb.toString();
	}

}
