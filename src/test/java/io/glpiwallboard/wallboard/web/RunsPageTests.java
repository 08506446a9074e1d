package io.glpiwallboard.wallboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.glpiwallboard.cli.ExitCode;
import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimulatorSettings;
import io.glpiwallboard.sync.SyncMode;
import io.glpiwallboard.sync.SyncOutcome;
import io.glpiwallboard.sync.SyncService;
import io.glpiwallboard.testing.SimulatorConnection;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code /runs} after real syncs against the simulator: the row of each run says what the
 * run did, in words a service-desk admin reads, in the board's time zone, and the page
 * reloads itself. Every full run here mails to an SMTP server that is not there, so only
 * its mail fails.
 */
// A context of its own: the time zone, the access token and the mail settings are bound
// at start-up.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "schedule.enabled=false", "spring.datasource.url=jdbc:h2:mem:runs-page;DB_CLOSE_DELAY=-1",
				"report.dir=target/test-reports/runs-page", "wallboard.time-zone=America/New_York",
				"wallboard.history-days=30", "wallboard.access-token=" + RunsPageTests.TOKEN,
				"glpi.retry.max-attempts=2", "glpi.retry.initial-backoff=5ms", "glpi.retry.max-backoff=10ms",
				"spring.mail.host=127.0.0.1", "report.mail.from=wallboard@example.org", "report.mail.max-attempts=1",
				"report.recipients[0].to=lead@example.org" })
class RunsPageTests {

	static final String TOKEN = "runs-T0ken";

	static final GlpiSimulator simulator = GlpiSimulator.start(SimulatorSettings.defaults().withTickets(150));

	static final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) throws IOException {
		SimulatorConnection.register(registry, simulator);
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		registry.add("spring.mail.port", () -> closed);
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Autowired
	SyncService sync;

	@LocalServerPort
	int port;

	@Test
	void aRunWhoseOnlyFailureWasTheMailSaysCompletedMailFailedInAmberWithTheReason() throws Exception {
		// given
		SyncOutcome outcome = sync.run(SyncMode.FULL, false);
		assertThat(ExitCode.of(outcome)).as(outcome.message()).isEqualTo(ExitCode.PUBLISH);

		// when
		Row run = newestRun();

		// then
		assertThat(run.statusClass()).isEqualTo("PARTIAL");
		assertThat(run.cell(STATUS)).isEqualTo("completed, mail failed");
		assertThat(run.cell(ERRORS)).startsWith("mail: ").contains("127.0.0.1");
		assertThat(run.cell(TICKETS)).isEqualTo("150");
		assertThat(css()).containsPattern("\\.runs \\.PARTIAL \\{ color: var\\(--warn\\)");
	}

	@Test
	void everyRunShowsTheRequestsItSentToGlpi() throws Exception {
		// given
		SyncOutcome outcome = sync.run(SyncMode.INCREMENTAL, false);
		assertThat(outcome.success()).as(outcome.message()).isTrue();

		// when
		Row run = newestRun();

		// then
		assertThat(run.cell(STATUS)).isEqualTo("completed");
		assertThat(outcome.requests()).isPositive();
		assertThat(run.cell(REQUESTS)).isEqualTo(Long.toString(outcome.requests()));
	}

	@Test
	void aFailedRunShowsTheReasonInWordsWithoutJavaClassNames() throws Exception {
		// given: GLPI answers 500 to everything until the retries give up
		simulator.faults().failNextRequests(1000, 500);
		SyncOutcome outcome;
		try {
			outcome = sync.run(SyncMode.INCREMENTAL, false);
		}
		finally {
			simulator.faults().failNextRequests(0, 500);
		}
		assertThat(ExitCode.of(outcome)).as(outcome.message()).isEqualTo(ExitCode.UNREACHABLE);

		// when
		Row run = newestRun();

		// then
		assertThat(run.statusClass()).isEqualTo("FAILED");
		assertThat(run.cell(STATUS)).isEqualTo("failed");
		assertThat(run.cell(ERRORS)).isEqualTo(outcome.message());
		assertThat(run.cell(ERRORS)).doesNotContainPattern("(Exception|Error)\\b")
			.doesNotContain("io.glpiwallboard", "java.", "\tat ");
		assertThat(run.cell(REQUESTS)).matches("[1-9]\\d*");
	}

	@Test
	void timesCarryTheBoardsZoneAndThePageReloadsItselfKeepingItsToken() throws Exception {
		// given
		sync.run(SyncMode.INCREMENTAL, false);

		// when
		String html = page("/runs?theme=light&token=" + TOKEN);
		Row run = newestRun();

		// then
		assertThat(html).contains("Times in America/New_York");
		assertThat(run.cell(STARTED)).matches("\\w{3} \\d{1,2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} E[SD]T");
		assertThat(run.cell(ENDED)).matches(".* E[SD]T");
		assertThat(html)
			.contains("<meta http-equiv=\"refresh\" content=\"60; url=/runs?theme=light&amp;token=" + TOKEN + "\">");
	}

	static final int STARTED = 1, ENDED = 2, STATUS = 5, TICKETS = 6, REQUESTS = 7, ERRORS = 8;

	/** One row of the table: its cells' text and the status cell's CSS class. */
	record Row(List<String> cells, String statusClass) {

		String cell(int index) {
			return cells.get(index);
		}

	}

	private Row newestRun() throws Exception {
		String html = page("/runs?token=" + TOKEN);
		String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
		Matcher row = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(body);
		assertThat(row.find()).as(html).isTrue();
		List<String> cells = new ArrayList<>();
		String statusClass = null;
		Matcher cell = Pattern.compile("<td( class=\"([^\"]*)\")?>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
		while (cell.find()) {
			if (cells.size() == STATUS) {
				statusClass = cell.group(2);
			}
			cells.add(unescape(cell.group(3)));
		}
		return new Row(cells, statusClass);
	}

	private String css() throws Exception {
		return page("/css/board.css");
	}

	private String page(String path) throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private static String unescape(String html) {
		return html.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&");
	}

}
