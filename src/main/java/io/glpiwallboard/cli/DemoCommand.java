package io.glpiwallboard.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.glpiwallboard.report.ReportFiles;
import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimulatorMain;
import io.glpiwallboard.simulator.SimulatorSettings;
import io.glpiwallboard.sync.SyncMode;
import io.glpiwallboard.sync.SyncOutcome;
import io.glpiwallboard.sync.SyncService;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code demo}: zero configuration. Starts the built-in GLPI simulator on a free port, points the
 * product at it (its own database under {@code ./data/demo}, so real data is never mixed in), runs
 * one full sync, then serves.
 */
final class DemoCommand {

	private DemoCommand() {
	}

	static int run(String[] args) {
		GlpiSimulator simulator = GlpiSimulator.start(SimulatorSettings.defaults()
			.withTickets(intArg(args, "--demo.tickets", 5000))
			.withLatency(Duration.ofMillis(intArg(args, "--demo.latency-ms", 20))));
		Map<String, Object> overrides = new LinkedHashMap<>();
		overrides.put("glpi.url", simulator.baseUrl());
		overrides.put("glpi.client-id", simulator.credentials().clientId());
		overrides.put("glpi.client-secret", simulator.credentials().clientSecret());
		overrides.put("glpi.username", simulator.credentials().username());
		overrides.put("glpi.password", simulator.credentials().password());
		
		if (!hasArg(args, "--spring.datasource.url")) {
			overrides.put("spring.datasource.url", "jdbc:h2:file:./data/demo;TRACE_LEVEL_FILE=0");
		}
		System.out.println("glpi-wallboard: demo GLPI simulator at " + simulator.baseUrl() + " with "
				+ simulator.data().tickets().size() + " tickets");
		ConfigurableApplicationContext context = Cli.serve(overrides, withoutDemoArgs(args));
		Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "simulator-stop"));
		SyncOutcome outcome = context.getBean(SyncService.class).run(SyncMode.FULL, true);
		if (!outcome.success()) {
			return Cli.fail(outcome.exitCode(), outcome.message());
		}
		System.out.println("glpi-wallboard: " + outcome.message());
		System.out.println("glpi-wallboard: today's workbook: "
				+ context.getBean(ReportFiles.class).workbook(LocalDate.now(context.getBean(Clock.class)), null).toAbsolutePath().normalize());
		Environment env = context.getEnvironment();
		String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
		System.out.println("glpi-wallboard: open http://localhost:" + port + "/ (JSON: http://localhost:" + port
				+ "/api/wallboard); press Ctrl+C to stop");
		return Cli.KEEP_RUNNING;
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

	private static boolean hasArg(String[] args, String name) {
		for (String a : args) {
			if (a.startsWith(name + "=")) {
				return true;
			}
		}
		return false;
	}

	private static int intArg(String[] args, String name, int fallback) {
		for (String a : args) {
			if (a.startsWith(name + "=")) {
				return Integer.parseInt(a.substring(name.length() + 1));
			}
		}
		return fallback;
	}

	private static String[] withoutDemoArgs(String[] args) {
		return java.util.Arrays.stream(args).filter(a -> !a.startsWith("--demo.")).toArray(String[]::new);
	}

}
