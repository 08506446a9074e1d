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
		StringBuilder sb = new StringBuilder("usage: java -jar glpi-wallboard.jar <command> [--property=value ...]\n"
				+ "       java -jar glpi-wallboard.jar --help | --version\n\ncommands:\n");
		for (Command c : values()) {
			sb.append(String.format("  %-10s %s%n", c.word, c.help));
		}
		return sb.append("""

				main properties (--name=value, environment variable, or application.yml next to the jar):
				  glpi.url               GLPI_URL               e.g. https://glpi.example.org/api.php
				  glpi.client-id         GLPI_CLIENT_ID         OAuth client (grant "Password", scope "api")
				  glpi.client-secret     GLPI_CLIENT_SECRET     secret: set it in the environment
				  glpi.username          GLPI_USERNAME          read-only service account
				  glpi.password          GLPI_PASSWORD          secret: set it in the environment
				  wallboard.time-zone    WALLBOARD_TIME_ZONE    defines "today", e.g. Europe/Paris
				  server.port            SERVER_PORT            serve and demo (8080)
				  report.dir             REPORT_DIR             workbooks and static board (./reports)
				  spring.datasource.url  SPRING_DATASOURCE_URL  jdbc:h2:file:./data/wallboard

				exit codes: 0 ok, 1 internal error, 2 configuration, 3 credentials or rights (403),
				  4 GLPI unreachable, 5 not GLPI's API v2, 6 publishing (mail, workbook) failed,
				  7 busy (another sync or process), 8 storage (database, disk)
				all settings: README.md""").toString();
	}

}
