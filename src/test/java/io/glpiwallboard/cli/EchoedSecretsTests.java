package io.glpiwallboard.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import io.glpiwallboard.cli.CommandLine.Result;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A GLPI or proxy whose error body echoes the request (the token form with the password
 * and client secret, the {@code Authorization} header): none of it reaches the error
 * line, the log, the database (sync state, run history) that the board, {@code /runs} and
 * the health endpoint read.
 */
class EchoedSecretsTests {

	private static final String PASSWORD = "p@ss w/rd&x=1-Echo";

	private static final String CLIENT_SECRET = "cl/ent\"S3cret-Echo";

	private static final String ACCESS_TOKEN = "eyJhbGciOiJSUzI1NiJ9.access-Echo.sig";

	private static final String REFRESH_TOKEN = "def50200refresh-Echo";

	private static final AtomicInteger databases = new AtomicInteger();

	@RegisterExtension
	static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@BeforeEach
	void glpiVersions() {
		wm.stubFor(get(urlEqualTo("/api.php/")).willReturn(okJson("{\"api_versions\":[{\"version\":\"2.2.0\"}]}")));
	}

	@Test
	void aTokenRefusalOf400EchoingTheFormLeaksNoSecret() throws Exception {
		// given: a 400 whose error_description and hint repeat the form body
		wm.stubFor(post(urlEqualTo("/api.php/token")).willReturn(echo(400,
				"{\"error\":\"invalid_request\",\"error_description\":\"bad request {{{request.body}}}\",\"hint\":\"{{{request.body}}}\"}")));

		// when
		Run run = run();

		// then
		assertThat(run.result.code()).isEqualTo(3);
		assertThat(run.result.errorLine()).startsWith("glpi-wallboard: error: GLPI refused the token request (HTTP 400")
			.contains("password=***")
			.contains("client_secret=***");
		run.assertNoSecret();
	}

	@Test
	void aTokenRefusalOf401EchoingTheFormLeaksNoSecret() throws Exception {
		// given
		wm.stubFor(post(urlEqualTo("/api.php/token")).willReturn(echo(401,
				"{\"error\":\"invalid_client\",\"error_description\":\"client failed: {{{request.body}}}\"}")));

		// when
		Run run = run();

		// then
		assertThat(run.result.code()).isEqualTo(3);
		assertThat(run.result.errorLine()).contains("invalid_client");
		run.assertNoSecret();
	}

	@Test
	void aListDenialOf403EchoingTheTokenLeaksNoSecret() throws Exception {
		// given: tokens are issued, then a list answers 403 repeating the Authorization
		// header
		issueTokens();
		wm.stubFor(list().willReturn(echo(403,
				"{\"status\":\"ERROR_RIGHT_MISSING\",\"title\":\"denied\",\"detail\":\"token {{{request.headers.Authorization}}} raw "
						+ ACCESS_TOKEN + " json {\\\"access_token\\\":\\\"" + ACCESS_TOKEN
						+ "\\\",\\\"refresh_token\\\":\\\"" + REFRESH_TOKEN + "\\\"}\"}")));

		// when
		Run run = run();

		// then
		assertThat(run.result.code()).isEqualTo(3);
		assertThat(run.result.errorLine()).contains("403").contains("Bearer ***");
		assertThat(run.result.out()).as("the log is captured too").contains("Connected to GLPI");
		run.assertNoSecret();
	}

	@Test
	void aListFailureOf500EchoingTheTokenLeaksNoSecret() throws Exception {
		// given
		issueTokens();
		wm.stubFor(list()
			.willReturn(echo(500, "{\"status\":\"ERROR\",\"detail\":\"{{{request.headers.Authorization}}}\"}")));

		// when
		Run run = run("--glpi.retry.max-attempts=2");

		// then
		assertThat(run.result.code()).isEqualTo(4);
		run.assertNoSecret();
	}

	@Test
	void aListRejectionOf400EchoingTheTokenLeaksNoSecretAndIsCut() throws Exception {
		// given: a long echo with line breaks and control characters
		issueTokens();
		wm.stubFor(list().willReturn(
				echo(400, "{\"status\":\"ERROR_BAD_REQUEST\",\"title\":\"bad\",\"detail\":\"line one\\nline\\u0007two "
						+ "x".repeat(5000) + " {{{request.headers.Authorization}}}\"}")));

		// when
		Run run = run();

		// then
		assertThat(run.result.code()).isEqualTo(5);
		String line = run.result.errorLine();
		assertThat(line).contains("line one line two").doesNotContain("\u0007").hasSizeLessThan(600);
		run.assertNoSecret();
	}

	private static MappingBuilder list() {
		return get(urlPathMatching("/api.php/v2.2/.*"));
	}

	private static void issueTokens() {
		wm.stubFor(
				post(urlEqualTo("/api.php/token")).willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":3600,"
						+ "\"access_token\":\"" + ACCESS_TOKEN + "\",\"refresh_token\":\"" + REFRESH_TOKEN + "\"}")));
	}

	private static ResponseDefinitionBuilder echo(int status, String body) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody(body)
			.withTransformers("response-template");
	}

	private Run run(String... extra) throws Exception {
		String db = "jdbc:h2:mem:echo-" + databases.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
		List<String> args = new java.util.ArrayList<>(List.of("run", "--glpi.url=" + wm.baseUrl() + "/api.php",
				"--glpi.client-id=wallboard", "--glpi.client-secret=" + CLIENT_SECRET, "--glpi.username=sync",
				"--glpi.password=" + PASSWORD, "--spring.datasource.url=" + db, "--report.dir=target/test-reports/echo",
				"--glpi.retry.initial-backoff=5ms"));
		args.addAll(List.of(extra));
		Result result = CommandLine.run(args.toArray(String[]::new));
		StringBuilder stored = new StringBuilder();
		try (Connection c = DriverManager.getConnection(db, "sa", "");
				Statement s = c.createStatement();
				ResultSet script = s.executeQuery("SCRIPT")) {
			while (script.next()) {
				stored.append(script.getString(1)).append('\n');
			}
		}
		return new Run(result, stored.toString());
	}

	private record Run(Result result, String database) {

		void assertNoSecret() {
			assertThat(database).as("the database holds the failure").contains("last_failure_reason");
			for (String secret : List.of(PASSWORD, CLIENT_SECRET, ACCESS_TOKEN, REFRESH_TOKEN)) {
				for (String form : List.of(secret, URLEncoder.encode(secret, StandardCharsets.UTF_8),
						secret.replace("\"", "\\\""), secret.replace("/", "\\/"))) {
					assertThat(result.out()).as("stdout and the log").doesNotContain(form);
					assertThat(result.err()).as("the error line").doesNotContain(form);
					assertThat(database).as("sync state and run history").doesNotContain(form);
				}
			}
		}

	}

}
