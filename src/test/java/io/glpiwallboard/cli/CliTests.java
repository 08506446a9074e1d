package io.glpiwallboard.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import io.glpiwallboard.cli.CommandLine.Result;
import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimulatorSettings;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What an admin sees on the terminal: the exit code and one line naming the cause, for
 * each expected failure of {@code run}, and never a secret.
 */
class CliTests {

	private static final String SECRET = "Sup3r-S3cret-Passw0rd";

	private static final AtomicInteger databases = new AtomicInteger();

	static final GlpiSimulator simulator = GlpiSimulator.start(SimulatorSettings.defaults().withTickets(300));

	@RegisterExtension
	static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void runSucceedsAgainstTheSimulator() {
		// when
		Result result = run("run", "--glpi.url=" + simulator.baseUrl(),
				"--glpi.password=" + simulator.credentials().password());

		// then
		assertThat(result.code()).as(result.err()).isZero();
		assertThat(result.out()).contains("glpi-wallboard: synced 300 tickets");
	}

	@Test
	void wrongCredentialsAreNamedAndTheSecretIsNotPrinted() {
		// when
		Result result = run("run", "--glpi.url=" + simulator.baseUrl(), "--glpi.password=" + SECRET);

		// then
		assertThat(result.code()).isEqualTo(3);
		assertThat(result.errorLine())
			.startsWith("glpi-wallboard: error: GLPI rejected the credentials (invalid_grant)");
		assertThat(result.out() + result.err()).doesNotContain(SECRET)
			.doesNotContain(simulator.credentials().clientSecret());
	}

	@Test
	void anUnreachableServerIsNamed() {
		// when
		Result result = run("run", "--glpi.url=http://127.0.0.1:9/api.php", "--glpi.password=" + SECRET,
				"--glpi.retry.max-attempts=2");

		// then
		assertThat(result.code()).isEqualTo(4);
		assertThat(result.errorLine()).contains("cannot reach GLPI at http://127.0.0.1:9 (connection refused)");
	}

	@Test
	void aTokenWithoutTheApiScopeIsExplained() {
		// given: GLPI hands out a token even for a client not allowed the 'api' scope,
		// then answers 403
		wm.stubFor(get(urlEqualTo("/api.php/")).willReturn(okJson("{\"api_versions\":[{\"version\":\"2.2.0\"}]}")));
		wm.stubFor(post(urlEqualTo("/api.php/token")).willReturn(okJson(
				"{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"t\",\"refresh_token\":\"r\"}")));
		wm.stubFor(get(urlPathMatching("/api.php/v2.2/.*")).willReturn(aResponse().withStatus(403)
			.withBody(
					"{\"status\":\"ERROR_RIGHT_MISSING\",\"title\":\"You don't have permission to perform this action.\",\"detail\":null}")));

		// when
		Result result = run("run", "--glpi.url=" + wm.baseUrl() + "/api.php", "--glpi.password=" + SECRET);

		// then
		assertThat(result.code()).isEqualTo(3);
		assertThat(result.errorLine()).contains("403").contains("'api' scope");
	}

	@Test
	void aTicketPageLargerThanTheResponseSizeLimitStopsTheRunWithExit5() {
		// when: 300 tickets of about 2 KB each in pages of 500, at most 64 KB read per
		// answer
		Result result = run("run", "--glpi.url=" + simulator.baseUrl(),
				"--glpi.password=" + simulator.credentials().password(), "--glpi.max-response-size=64KB");

		// then
		assertThat(result.code()).as(result.err()).isEqualTo(5);
		assertThat(result.errorLine()).startsWith("glpi-wallboard: error: GLPI's answer to GET /Assistance/Ticket (")
			.endsWith("is larger than glpi.max-response-size (64KB): raise it, or lower glpi.page-size");
	}

	@Test
	void aResponseSizeLimitOutsideItsRangeIsRefused() {
		// when
		Result result = run("run", "--glpi.url=" + simulator.baseUrl(), "--glpi.max-response-size=10B");

		// then
		assertThat(result.code()).isEqualTo(2);
		assertThat(result.errorLine()).contains("glpi.max-response-size").contains("1KB");
	}

	@Test
	void anInvalidPropertyIsNamedWithItsValue() {
		// when
		Result result = run("run", "--glpi.url=" + simulator.baseUrl(), "--glpi.page-size=0");

		// then
		assertThat(result.code()).isEqualTo(2);
		assertThat(result.errorLine()).contains("glpi.page-size").contains("got '0'");
	}

	@Test
	void aPurgeRatioOutsideZeroToOneIsNamedWithItsValue() {
		// when
		Result result = run("run", "--glpi.url=" + simulator.baseUrl(), "--sync.max-purge-ratio=1.5");

		// then
		assertThat(result.code()).isEqualTo(2);
		assertThat(result.errorLine()).contains("sync.max-purge-ratio").contains("got '1.5'");
	}

	@Test
	void aDueSoonWindowThatCannotWorkIsRefused() {
		for (String value : new String[] { "-1h", "0s", "400d" }) {
			// when
			Result result = run("run", "--glpi.url=" + simulator.baseUrl(), "--wallboard.due-soon=" + value);

			// then
			assertThat(result.code()).as(value).isEqualTo(2);
			assertThat(result.errorLine()).as(value).contains("wallboard.due-soon");
		}
	}

	@Test
	void aPropertyOfTheWrongTypeIsNamed() {
		// when
		Result result = run("run", "--glpi.url=" + simulator.baseUrl(), "--wallboard.time-zone=Mars/Olympus");

		// then
		assertThat(result.code()).isEqualTo(2);
		assertThat(result.errorLine()).contains("wallboard.time-zone").contains("Mars/Olympus");
	}

	@Test
	void missingSettingsAreListedWithTheirEnvironmentVariables() {
		// when
		Result result = runBare("run");

		// then
		assertThat(result.code()).isEqualTo(2);
		assertThat(result.errorLine()).contains("glpi.url (GLPI_URL)").contains("demo");
	}

	@Test
	void anUnknownCommandPrintsTheUsage() {
		// when
		Result result = runBare("frobnicate");

		// then
		assertThat(result.code()).isEqualTo(2);
		assertThat(result.err()).contains("unknown command 'frobnicate'").contains("usage:");
	}

	@Test
	void helpPrintsTheCommandsTheMainPropertiesAndTheExitCodes() {
		for (String[] args : new String[][] { { "--help" }, { "-h" }, { "help" }, { "serve", "--help" } }) {
			// when
			Result result = runWithoutDatabase(args);

			// then
			assertThat(result.code()).as(String.join(" ", args)).isZero();
			assertThat(result.err()).isEmpty();
			assertThat(result.out()).contains("usage: java -jar glpi-wallboard.jar <command>", "serve", "demo",
					"refresh", "glpi.url", "GLPI_URL", "GLPI_PASSWORD", "exit codes", "2 configuration", "8 storage",
					"--version");
		}
	}

	@Test
	void versionPrintsTheBuildsVersion() {
		// when
		Result result = runWithoutDatabase("--version");

		// then
		assertThat(result.code()).isZero();
		assertThat(result.out().strip()).matches("glpi-wallboard \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
	}

	@Test
	void withoutACommandTheUsageGoesToStderrWithCode2() {
		// when
		Result result = runWithoutDatabase();

		// then
		assertThat(result.code()).isEqualTo(2);
		assertThat(result.out()).isEmpty();
		assertThat(result.err()).contains("usage:");
	}

	@Test
	void aConfigurationErrorCreatesNoDatabaseFile() throws Exception {
		String[][] mistakes = { { "run", "--glpi.url=" + simulator.baseUrl(), "--glpi.page-size=0" },
				{ "refresh", "--wallboard.time-zone=Mars/Olympus" }, { "serve", "--schedule.nightly=every night" },
				{ "run" } };
		for (String[] mistake : mistakes) {
			// given
			Path folder = Files.createDirectories(Path.of("target", "cli-no-database"))
				.resolve("db-" + databases.incrementAndGet());
			List<String> args = new ArrayList<>(List.of(mistake));
			args.add("--spring.datasource.url=jdbc:h2:file:" + folder.toAbsolutePath().resolve("wallboard"));
			args.add("--server.port=0");

			// when
			long started = System.nanoTime();
			Result result = runWithoutDatabase(args.toArray(String[]::new));
			// measured for the report, never asserted: timing belongs in benchmarks
			System.out.printf("config error '%s' failed in %d ms%n", String.join(" ", mistake),
					(System.nanoTime() - started) / 1_000_000);

			// then
			assertThat(result.code()).as(String.join(" ", mistake) + ": " + result.err()).isEqualTo(2);
			assertThat(result.errorLine()).startsWith("glpi-wallboard: error: ");
			assertThat(folder).as("nothing may be created before the configuration is valid").doesNotExist();
		}
	}

	private Result run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--glpi.client-id=" + simulator.credentials().clientId());
		all.add("--glpi.client-secret=" + simulator.credentials().clientSecret());
		all.add("--glpi.username=" + simulator.credentials().username());
		return runBare(all.toArray(String[]::new));
	}

	private Result runBare(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--spring.datasource.url=jdbc:h2:mem:cli-" + databases.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
		return runWithoutDatabase(all.toArray(String[]::new));
	}

	/** The arguments as given, plus test-only report folder and fast retries. */
	private Result runWithoutDatabase(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		if (all.stream().anyMatch(a -> !a.startsWith("-"))) {
			all.add("--report.dir=target/test-reports/cli");
			all.add("--glpi.retry.initial-backoff=5ms");
		}
		return CommandLine.run(all.toArray(String[]::new));
	}

}
