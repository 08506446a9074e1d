package io.glpiwallboard.wallboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.snapshot.SnapshotPublisher;
import io.glpiwallboard.sync.SyncState;
import io.glpiwallboard.testing.ValidHtml;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;

/**
 * Every page a TV or an admin can land on, error pages included, as the real server sends
 * it: valid HTML5 for the W3C's Nu checker (no error, no warning), and, for the TV's
 * pages, a reload.
 */
// A context of its own: the board in UTC (bound at start-up), over mocked figures.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "schedule.enabled=false", "spring.datasource.url=jdbc:h2:mem:html-validity;DB_CLOSE_DELAY=-1",
				"wallboard.time-zone=UTC", "report.dir=target/html-validity-reports" })
class HtmlValidityTests {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@TestBean
	Clock clock;

	@MockitoBean
	FiguresRepository figures;

	@MockitoBean
	SyncState syncState;

	@Autowired
	LatestSnapshot boardState;

	@Autowired
	List<SnapshotPublisher> publishers;

	@LocalServerPort
	int port;

	static Clock clock() {
		return Clock.fixed(BoardFixtures.AS_OF.plusSeconds(600), ZoneOffset.UTC);
	}

	@BeforeEach
	void snapshotExists() {
		BoardFixtures.snapshotExists(figures, syncState);
		boardState.invalidate();
	}

	@Test
	void boardsInBothThemesAndRotationsAreValid() throws Exception {
		for (String path : List.of("/", "/board/1?theme=light", "/board/2?rotate=all,2,4&interval=20&token=t%26x")) {
			// when
			HttpResponse<String> page = get(path);

			// then
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertReloadingValidPage(path, page.body());
		}
	}

	@Test
	void everyErrorPageATvCanReachIsValidAndReloads() throws Exception {
		// given
		willThrow(new CannotAcquireLockException("Timeout trying to lock table")).given(figures)
			.forScope(eq(Scope.entity(3L)), anyInt());
		willThrow(new IllegalStateException("boom")).given(figures).forScope(eq(Scope.entity(4L)), anyInt());
		Map<String, Integer> pages = Map.of("/board/999?rotate=all,999", 404, "/board/abc", 404,
				"/no/such/page?theme=light", 404, "/error", 404, "/board/3", 503, "/board/4?rotate=4,all&interval=15",
				500);

		for (Map.Entry<String, Integer> expected : pages.entrySet()) {
			// when
			HttpResponse<String> page = get(expected.getKey());

			// then
			assertThat(page.statusCode()).as(expected.getKey()).isEqualTo(expected.getValue());
			assertReloadingValidPage(expected.getKey(), page.body());
			assertThat(page.body()).doesNotContain("boom", "Timeout trying", "Whitelabel", "Exception");
		}
	}

	@Test
	void aServerErrorPageMovesTheRotationOnAndAnUnknownPathChecksItselfAgain() throws Exception {
		// given
		willThrow(new IllegalStateException("boom")).given(figures).forScope(eq(Scope.entity(4L)), anyInt());

		// then
		assertThat(get("/board/4?rotate=4,all&interval=15").body())
			.contains("content=\"15; url=/?rotate=4,all&amp;interval=15\"");
		assertThat(get("/no/such/page?theme=light").body()).contains("content=\"60; url=/no/such/page?theme=light\"",
				"class=\"message light\"");
		assertThat(get("/error").body()).contains("content=\"60; url=/\"");
		assertThat(get("/board/abc?rotate=all,1&interval=10").body()).as("a rotation never stops on a wrong address")
			.contains("content=\"10; url=/?rotate=all,1&amp;interval=10\"");
		assertThat(get("/nope?rotate=1,all&interval=10").body())
			.contains("content=\"10; url=/board/1?rotate=1,all&amp;interval=10\"");
	}

	@Test
	void theNoDataPageIsValid() throws Exception {
		// given
		given(figures.latestObserved()).willReturn(Optional.empty());
		given(syncState.instant(SyncState.LAST_SUCCESS)).willReturn(Optional.empty());
		boardState.invalidate();

		// when
		HttpResponse<String> page = get("/?rotate=all,3");

		// then
		assertThat(page.statusCode()).isEqualTo(200);
		assertReloadingValidPage("no data", page.body());
	}

	@Test
	void theRunHistoryIsValid() throws Exception {
		ValidHtml.assertValid("/runs", get("/runs").body());
	}

	@Test
	void theStaticBoardsFilesAreValidAndReload() throws Exception {
		// given
		SnapshotPublisher staticBoard = publishers.stream()
			.filter(p -> p.name().equals("static board"))
			.findFirst()
			.orElseThrow();
		staticBoard.publish(new SnapshotPublisher.Request(BoardFixtures.DAY, BoardFixtures.AS_OF, true, false));
		given(figures.latestObserved())
			.willReturn(Optional.of(Map.entry(BoardFixtures.DAY, BoardFixtures.AS_OF.plusSeconds(60))));
		given(figures.entityTree()).willReturn(new io.glpiwallboard.snapshot.EntityTree(
				BoardFixtures.tree().all().stream().filter(n -> n.id() != 4).toList()));

		// when: entity 4 is deleted in GLPI
		staticBoard.publish(new SnapshotPublisher.Request(BoardFixtures.DAY, BoardFixtures.AS_OF, true, false));

		// then
		Path dir = Path.of("target/html-validity-reports/wallboard");
		for (String file : List.of("index.html", "entity-1.html", "entity-4.html")) {
			assertReloadingValidPage(file, Files.readString(dir.resolve(file)));
		}
		assertThat(Files.readString(dir.resolve("entity-4.html"))).contains("No such entity");
	}

	@Test
	void addressesTomcatRefusesBeforeTheApplicationGetAPageThatReloadsToTheBoard() throws Exception {
		// given: addresses Tomcat answers itself (bad escapes, dot segments, a URL over
		// its 8 KB limit, a broken query)
		List<String> refused = List.of("/board/%00", "/board/%", "/board/1%5c", "/%2e%2e/", "/board/..%2f..%2fetc",
				"/?rotate=" + "1,".repeat(5000) + "&interval=10", "/?rotate=all,1%zz&interval=10&token=secret");

		for (String path : refused) {
			// when
			String[] answer = rawGet(path);

			// then
			assertThat(answer[0]).as(path).startsWith("HTTP/1.1 400 ");
			assertReloadingValidPage(path, answer[1]);
			assertThat(answer[1]).as(path)
				.contains("<meta http-equiv=\"refresh\" content=\"60; url=/\">")
				.doesNotContain("Apache Tomcat", "HTTP Status", "secret", "Exception", "rotate=");
		}
	}

	/**
	 * A request as a broken link or a TV sends it, unchecked by any client library:
	 * {status line, body}.
	 */
	private String[] rawGet(String target) throws Exception {
		try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
			socket.setSoTimeout(20_000);
			// HTTP/1.0: the server closes the connection after the body, which is never
			// chunked
			socket.getOutputStream()
				.write(("GET " + target + " HTTP/1.0\r\nHost: localhost\r\nAccept: text/html\r\n\r\n")
					.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
			String response = new String(socket.getInputStream().readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			int blank = response.indexOf("\r\n\r\n");
			return new String[] { response.substring(0, response.indexOf("\r\n")), response.substring(blank + 4) };
		}
	}

	private static void assertReloadingValidPage(String name, String html) {
		ValidHtml.assertValid(name, html);
		assertThat(html).as(name + " reloads itself")
			.containsPattern("<meta http-equiv=\"refresh\" content=\"\\d+; url=[^\"]+\">");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
