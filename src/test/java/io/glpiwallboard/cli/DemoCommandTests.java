package io.glpiwallboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code demo}: what it prints lets a second tool use its simulator, and it writes only
 * into its own folder.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoCommandTests {

	private static final Pattern PRINTED = Pattern
		.compile("demo GLPI simulator at (\\S+) with \\d+ tickets; OAuth client id '([^']+)', "
				+ "client secret '([^']+)', user '([^']+)', password '([^']+)'");

	@Test
	void printsTheSimulatorsAddressAndCredentialsAndKeepsItsFilesInItsOwnFolder(CapturedOutput output)
			throws Exception {
		// given
		Path dir = Path.of("target", "demo-tests", "demo-" + System.nanoTime());

		// when
		try (DemoCommand.Started demo = DemoCommand.start(new String[] { "--demo.dir=" + dir, "--demo.tickets=150",
				"--demo.latency-ms=0", "--server.port=0", "--wallboard.history-days=30" })) {

			// then: a second tool can log in with what was printed
			assertThat(demo.exitCode()).isEqualTo(Cli.KEEP_RUNNING);
			Matcher printed = PRINTED.matcher(output.getOut());
			assertThat(printed.find()).as(output.getOut()).isTrue();
			assertThat(printed.group(1)).isEqualTo(demo.simulator().baseUrl());
			HttpResponse<String> token = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(printed.group(1) + "/token"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password", "client_id",
							printed.group(2), "client_secret", printed.group(3), "username", printed.group(4),
							"password", printed.group(5), "scope", "api"))))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
			assertThat(token.body()).contains("access_token");

			// and: the board's address, and the database, workbook and static board under
			// the demo's folder
			String port = demo.context().getEnvironment().getProperty("local.server.port");
			assertThat(output.getOut()).contains("glpi-wallboard: open http://localhost:" + port + "/",
					"glpi-wallboard: demo data in " + dir.toAbsolutePath().normalize());
			assertThat(dir.resolve("wallboard.mv.db")).exists();
			try (Stream<Path> reports = Files.list(dir.resolve("reports"))) {
				assertThat(reports.map(p -> p.getFileName().toString()))
					.anyMatch(n -> n.matches("glpi-report-\\d{4}-\\d{2}-\\d{2}\\.xlsx"));
			}
			assertThat(dir.resolve("reports").resolve("wallboard").resolve("index.html")).exists();
			assertThat(output.getOut())
				.contains("today's workbook: " + dir.toAbsolutePath().normalize().resolve("reports"));
		}
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
