package io.glpiwallboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimulatorSettings;
import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.sync.SyncState;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What {@code serve} tells the admin when it starts: where the board is, which GLPI
 * settings are missing, and that an empty database is filled at once rather than at the
 * next schedule.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServeCommandTests {

	private static final AtomicInteger databases = new AtomicInteger();

	static final GlpiSimulator simulator = GlpiSimulator.start(SimulatorSettings.defaults().withTickets(200));

	static final HttpClient http = HttpClient.newHttpClient();

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void withoutGlpiSettingsItStartsAndNamesWhatIsMissingInTheLogAndOnTheBoard(CapturedOutput output) throws Exception {
		// given: only the URL is set
		try (ConfigurableApplicationContext serve = Cli
			.serve(args(memoryDatabase(), "--glpi.url=" + simulator.baseUrl()))) {
			String port = serve.getEnvironment().getProperty("local.server.port");

			// when
			String board = http
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();

			// then: one warning, naming each missing setting with its environment
			// variable
			List<String> warnings = output.getOut().lines().filter(l -> l.contains(" WARN ")).toList();
			assertThat(warnings).hasSize(1);
			assertThat(warnings.get(0))
				.contains("glpi.client-id (GLPI_CLIENT_ID)", "glpi.client-secret (GLPI_CLIENT_SECRET)",
						"glpi.username (GLPI_USERNAME)", "glpi.password (GLPI_PASSWORD)")
				.doesNotContain("glpi.url (");
			assertThat(board).contains("No data yet", "glpi.client-id (GLPI_CLIENT_ID)",
					"glpi.password (GLPI_PASSWORD)");
			assertThat(output.getOut()).contains("glpi-wallboard: serving the board at http://localhost:" + port + "/");
			assertThat(output.getOut()).doesNotContain("No snapshot yet");
		}
	}

	@Test
	void onAnEmptyDatabaseItSyncsAtOnceInsteadOfWaitingForTheSchedule(CapturedOutput output) throws Exception {
		// given: a database that no sync has filled yet, and schedules that would not
		// fire for hours
		String database = "--spring.datasource.url=jdbc:h2:file:"
				+ Path.of("target", "serve-startup", "db-" + System.nanoTime()).toAbsolutePath()
				+ ";TRACE_LEVEL_FILE=0";
		String[] args = args(database, "--glpi.url=" + simulator.baseUrl(),
				"--glpi.client-id=" + simulator.credentials().clientId(),
				"--glpi.client-secret=" + simulator.credentials().clientSecret(),
				"--glpi.username=" + simulator.credentials().username(),
				"--glpi.password=" + simulator.credentials().password(), "--schedule.nightly=-",
				"--schedule.refresh=-");

		// when
		try (ConfigurableApplicationContext serve = Cli.serve(args)) {
			String port = serve.getEnvironment().getProperty("local.server.port");

			// then: the web server answers while the sync runs, and the snapshot appears
			assertThat(output.getOut()).contains("glpi-wallboard: serving the board at http://localhost:" + port + "/",
					"No snapshot yet: starting a full sync now");
			FiguresRepository figures = serve.getBean(FiguresRepository.class);
			SyncState state = serve.getBean(SyncState.class);
			// the snapshot is published before the run records its success: wait for both
			waitUntil(() -> figures.latestObserved().isPresent() && state.instant(SyncState.LAST_SUCCESS).isPresent(),
					Duration.ofMinutes(2));
			assertThat(output.getOut()).doesNotContain(" WARN ");
		}
		int before = output.getOut().length();

		// when: started again on the database that now has a snapshot
		try (ConfigurableApplicationContext again = Cli.serve(args)) {
			// then: the decision is taken when the server is ready, so it would already
			// be logged
			assertThat(output.getOut().substring(before)).doesNotContain("No snapshot yet");
		}
	}

	private static void waitUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited " + timeout).isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private static String memoryDatabase() {
		return "--spring.datasource.url=jdbc:h2:mem:serve-" + databases.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
	}

	private static String[] args(String database, String... more) {
		List<String> all = new ArrayList<>(List.of(more));
		all.add(database);
		all.add("--server.port=0");
		all.add("--report.dir=target/test-reports/serve");
		all.add("--wallboard.history-days=30");
		return all.toArray(String[]::new);
	}

}
