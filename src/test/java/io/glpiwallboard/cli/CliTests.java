package io.glpiwallboard.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimulatorSettings;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What an admin sees on the terminal: the exit code and one line naming the cause, for each
 * expected failure of {@code run}, and never a secret.
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
		Result result = run("run", "--glpi.url=" + simulator.baseUrl(), "--glpi.password=" + simulator.credentials().password());

		// then
		assertThat(result.code).as(result.err).isZero();
		assertThat(result.out).contains("glpi-wallboard: synced 300 tickets");
	}

	@Test
	void wrongCredentialsAreNamedAndTheSecretIsNotPrinted() {
		// when
		Result result = run("run", "--glpi.url=" + simulator.baseUrl(), "--glpi.password=" + SECRET);

		// then
		assertThat(result.code).isEqualTo(3);
		assertThat(result.errorLine()).startsWith("glpi-wallboard: error: GLPI rejected the credentials (invalid_grant)");
		assertThat(result.out + result.err).doesNotContain(SECRET).doesNotContain(simulator.credentials().clientSecret());
	}

	@Test
	void anUnreachableServerIsNamed() {
		// when
		Result result = run("run", "--glpi.url=http://127.0.0.1:9/api.php", "--glpi.password=" + SECRET,
				"--glpi.retry.max-attempts=2");

		// then
		assertThat(result.code).isEqualTo(4);
		assertThat(result.errorLine()).contains("cannot reach GLPI at http://127.0.0.1:9 (connection refused)");
	}

	@Test
	void aTokenWithoutTheApiScopeIsExplained() {
		// given: GLPI hands out a token even for a client not allowed the 'api' scope, then answers 403
		wm.stubFor(get(urlEqualTo("/api.php/")).willReturn(okJson("{\"api_versions\":[{\"version\":\"2.2.0\"}]}")));
		wm.stubFor(post(urlEqualTo("/api.php/token"))
			.willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"t\",\"refresh_token\":\"r\"}")));
		wm.stubFor(get(urlPathMatching("/api.php/v2.2/.*")).willReturn(aResponse().withStatus(403)
			.withBody("{\"status\":\"ERROR_RIGHT_MISSING\",\"title\":\"You don't have permission to perform this action.\",\"detail\":null}")));

		// when
		Result result = run("run", "--glpi.url=" + wm.baseUrl() + "/api.php", "--glpi.password=" + SECRET);

		// then
		assertThat(result.code).isEqualTo(3);
		assertThat(result.errorLine()).contains("403").contains("'api' scope");
	}

	@Test
	void anInvalidPropertyIsNamedWithItsValue() {
		// when
		Result result = run("run", "--glpi.url=" + simulator.baseUrl(), "--glpi.page-size=0");

		// then
		assertThat(result.code).isEqualTo(2);
		assertThat(result.errorLine()).contains("glpi.page-size").contains("got '0'");
	}

	@Test
	void aDueSoonWindowThatCannotWorkIsRefused() {
		for (String value : new String[] { "-1h", "0s", "400d" }) {
			// when
			Result result = run("run", "--glpi.url=" + simulator.baseUrl(), "--wallboard.due-soon=" + value);

			// then
			assertThat(result.code).as(value).isEqualTo(2);
			assertThat(result.errorLine()).as(value).contains("wallboard.due-soon");
		}
	}

	@Test
	void aPropertyOfTheWrongTypeIsNamed() {
		// when
		Result result = run("run", "--glpi.url=" + simulator.baseUrl(), "--wallboard.time-zone=Mars/Olympus");

		// then
		assertThat(result.code).isEqualTo(2);
		assertThat(result.errorLine()).contains("wallboard.time-zone").contains("Mars/Olympus");
	}

	@Test
	void missingSettingsAreListedWithTheirEnvironmentVariables() {
		// when
		Result result = runBare("run");

		// then
		assertThat(result.code).isEqualTo(2);
		assertThat(result.errorLine()).contains("glpi.url (GLPI_URL)").contains("demo");
	}

	@Test
	void anUnknownCommandPrintsTheUsage() {
		// when
		Result result = runBare("frobnicate");

		// then
		assertThat(result.code).isEqualTo(2);
		assertThat(result.err).contains("unknown command 'frobnicate'").contains("usage:");
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
		all.add("--report.dir=target/test-reports/cli");
		all.add("--glpi.retry.initial-backoff=5ms");
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
			int code = Cli.run(all.toArray(String[]::new));
			return new Result(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	private record Result(int code, String out, String err) {

		/** Expected failures print exactly one line on stderr, and no stack trace anywhere. */
		String errorLine() {
			List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
			assertThat(lines).as("stderr: " + err).hasSize(1);
			assertThat(out + err).doesNotContain("\tat ").doesNotContain("Exception in thread");
			return lines.get(0);
		}

	}

}
