package io.glpiwallboard.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import io.glpiwallboard.report.ReportFiles;
import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimulatorCredentials;
import io.glpiwallboard.simulator.SimulatorMain;
import io.glpiwallboard.simulator.SimulatorSettings;
import io.glpiwallboard.sync.SyncMode;
import io.glpiwallboard.sync.SyncOutcome;
import io.glpiwallboard.sync.SyncService;
import io.glpiwallboard.system.TimeZoneProperties;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code demo}: zero configuration. Starts the built-in GLPI simulator on a free port,
 * points the product at it, runs one full sync, then serves. Everything it writes stays
 * in its own folder ({@code --demo.dir}, default {@code ./data/demo}: the database
 * {@code wallboard.mv.db}, the workbooks and the static board under {@code reports/}), so
 * real data and reports are never mixed in.
 */
final class DemoCommand {

	static final String DEFAULT_DIR = "./data/demo";

	private DemoCommand() {
	}

	static int run(String[] args) {
		Started demo = start(args);
		Runtime.getRuntime().addShutdownHook(new Thread(demo.simulator()::close, "simulator-stop"));
		return demo.exitCode();
	}

	/**
	 * @param exitCode {@link Cli#KEEP_RUNNING} when the first sync succeeded, else its
	 * exit code
	 */
	record Started(int exitCode, GlpiSimulator simulator,
			ConfigurableApplicationContext context) implements AutoCloseable {

		@Override
		public void close() {
			context.close();
			simulator.close();
		}

	}

	/**
	 * Starts the simulator and the product, runs the first sync and prints where
	 * everything is.
	 */
	static Started start(String[] args) {
		GlpiSimulator simulator = GlpiSimulator.start(SimulatorSettings.defaults()
			.withTickets(intArg(args, "--demo.tickets", 5000))
			.withLatency(Duration.ofMillis(intArg(args, "--demo.latency-ms", 20))));
		ConfigurableApplicationContext context;
		try {
			Path dir = Path.of(arg(args, "--demo.dir", DEFAULT_DIR)).toAbsolutePath().normalize();
			SimulatorCredentials credentials = simulator.credentials();
			Map<String, Object> overrides = new LinkedHashMap<>();
			overrides.put("glpi.url", simulator.baseUrl());
			overrides.put("glpi.client-id", credentials.clientId());
			overrides.put("glpi.client-secret", credentials.clientSecret());
			overrides.put("glpi.username", credentials.username());
			overrides.put("glpi.password", credentials.password());
			// the first sync runs below, in the foreground, so that its outcome is
			// printed
			overrides.put("schedule.startup-sync", "false");
			if (arg(args, "--spring.datasource.url", null) == null) {
				overrides.put("spring.datasource.url",
						"jdbc:h2:file:" + dir.resolve("wallboard") + ";TRACE_LEVEL_FILE=0");
			}
			if (arg(args, "--report.dir", null) == null) {
				overrides.put("report.dir", dir.resolve("reports"));
			}
			// demo credentials of the built-in simulator, not secrets: printed so a
			// second tool can use them
			System.out.println("glpi-wallboard: demo GLPI simulator at " + simulator.baseUrl() + " with "
					+ simulator.data().tickets().size() + " tickets; OAuth client id '" + credentials.clientId()
					+ "', client secret '" + credentials.clientSecret() + "', user '" + credentials.username()
					+ "', password '" + credentials.password() + "' (grant \"password\", scope \"api\")");
			System.out.println("glpi-wallboard: demo data in " + dir + " (delete the folder to start afresh)");
			context = Cli.serve(overrides, withoutDemoArgs(args));
		}
		catch (RuntimeException e) {
			simulator.close();
			throw e;
		}
		SyncOutcome outcome = context.getBean(SyncService.class).run(SyncMode.FULL, true);
		if (!outcome.success()) {
			return new Started(Cli.fail(ExitCode.of(outcome), outcome.message()), simulator, context);
		}
		System.out.println("glpi-wallboard: " + outcome.message());
		System.out
			.println("glpi-wallboard: today's workbook: " + context.getBean(ReportFiles.class)
				.workbook(LocalDate
					.now(context.getBean(Clock.class).withZone(context.getBean(TimeZoneProperties.class).zone())), null)
				.toAbsolutePath()
				.normalize());
		String url = Cli.boardUrl(context.getEnvironment());
		System.out.println("glpi-wallboard: open " + url + " (JSON: " + url + "api/wallboard, sync history: " + url
				+ "runs); press Ctrl+C to stop");
		return new Started(Cli.KEEP_RUNNING, simulator, context);
	}

	static int simulatorOnly(String[] args) {
		try {
			SimulatorMain.main(args);
			return Cli.KEEP_RUNNING;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return 1;
		}
	}

	private static String arg(String[] args, String name, String fallback) {
		for (String a : args) {
			if (a.startsWith(name + "=")) {
				return a.substring(name.length() + 1);
			}
		}
		return fallback;
	}

	private static int intArg(String[] args, String name, int fallback) {
		String value = arg(args, name, null);
		if (value == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException e) {
			throw new Cli.StartupFailedException(
					"invalid value for '" + name.substring(2) + "' (got '" + value + "'): expected a whole number", e);
		}
	}

	private static String[] withoutDemoArgs(String[] args) {
		return Arrays.stream(args).filter(a -> !a.startsWith("--demo.")).toArray(String[]::new);
	}

}
