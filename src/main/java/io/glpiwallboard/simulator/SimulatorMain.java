package io.glpiwallboard.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator in its own JVM (for the benchmark):
 * {@code --tickets=N --latency=200ms --port=P --seed=S
 * --zone=Europe/Paris --fault-rate=0.0 --change-percent=X --default-limit=N}. Serves
 * until killed.
 */
public final class SimulatorMain {

	private SimulatorMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		GlpiSimulator simulator = launch(args, System.out);
		Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
		new CountDownLatch(1).await(); // the server threads are daemons; keep the JVM
										// alive until killed
	}

	/**
	 * Starts a simulator from command-line options and prints the one-line banner the
	 * benchmark waits for.
	 */
	static GlpiSimulator launch(String[] args, PrintStream out) {
		SimulatorSettings settings = SimulatorSettings.defaults();
		double changePercent = 1.0;
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (!arg.startsWith("--") || eq < 0) {
				throw new IllegalArgumentException("expected --name=value, got " + arg);
			}
			String name = arg.substring(2, eq);
			String value = arg.substring(eq + 1);
			switch (name) {
				case "tickets" -> settings = settings.withTickets(Integer.parseInt(value));
				case "latency" -> settings = settings.withLatency(parseDuration(value));
				case "port" -> settings = settings.withPort(Integer.parseInt(value));
				case "seed" -> settings = settings.withSeed(Long.parseLong(value));
				case "zone" -> settings = settings.withServerZone(ZoneId.of(value));
				case "fault-rate" -> settings = settings.withFaultRate(Double.parseDouble(value));
				case "change-percent" -> changePercent = Double.parseDouble(value);
				case "default-limit" ->
					settings = settings.withDefaultLimit(value.equals("none") ? null : Integer.valueOf(value));
				default -> throw new IllegalArgumentException("unknown option --" + name);
			}
		}
		GlpiSimulator simulator = GlpiSimulator.start(settings, changePercent);
		simulator.warmUp();
		SimulatorCredentials c = simulator.credentials();
		out.println("GLPI simulator listening on " + simulator.baseUrl() + " (client-id=" + c.clientId()
				+ ", client-secret=" + c.clientSecret() + ", username=" + c.username() + ", password=" + c.password()
				+ ", tickets=" + simulator.data().ticketCount() + ")");
		out.flush();
		return simulator;
	}

	/**
	 * Accepts "200ms", "2s", "1m", a bare number of milliseconds, or ISO-8601 ("PT0.2S").
	 */
	static Duration parseDuration(String value) {
		String v = value.trim().toLowerCase(Locale.ROOT);
		if (v.startsWith("pt")) {
			return Duration.parse(value.trim());
		}
		if (v.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
		}
		if (v.endsWith("s")) {
			return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
		}
		if (v.endsWith("m")) {
			return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)) * 60);
		}
		return Duration.ofMillis(Long.parseLong(v));
	}

}
