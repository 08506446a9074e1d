package io.glpiwallboard.wallboard.web;

import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimTicket;
import io.glpiwallboard.simulator.SimulatorSettings;
import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.snapshot.SnapshotPublisher;
import io.glpiwallboard.snapshot.SnapshotService;
import io.glpiwallboard.sync.SyncMode;
import io.glpiwallboard.sync.SyncOutcome;
import io.glpiwallboard.sync.SyncService;
import io.glpiwallboard.sync.SyncState;
import io.glpiwallboard.testing.SimulatorConnection;
import io.glpiwallboard.wallboard.LatestSnapshot;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.mockito.Mockito;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.willThrow;

/**
 * The board in Debian's Chromium, against the product synced from the GLPI simulator:
 * what a TV shows. Screenshots land in {@code target/screenshots/} for a person to look
 * at.
 */
// A context of its own: wallboard.stale-after(-off-hours) are bound at start-up.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "schedule.enabled=false", "spring.datasource.url=jdbc:h2:mem:board-browser;DB_CLOSE_DELAY=-1",
				"wallboard.time-zone=Europe/Paris", "wallboard.stale-after=30m", "wallboard.stale-after-off-hours=30m",
				"report.dir=target/board-browser-reports" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf("browserInstalled")
class WallboardBrowserTests {

	static final String HOSTILE = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\"> printer";

	/**
	 * A support group named with every character HTML escapes, given tickets by hand
	 * after the sync.
	 */
	static final long GROUP = 900_001;

	static final String HOSTILE_GROUP = "Support > N2 <b>\"Core\" & co</b><img src=x onerror=\"window.__xss=3\">";

	/**
	 * The board's "now" and the simulator's: pinned, so the data (which follows the
	 * simulator's clock) and the board are the same at whatever time the test runs.
	 * Tuesday 24 November 2026, 23:00 in Paris: of the half hours of November, the one
	 * where this seed's open tickets spread over the most entities (12) and teams (7),
	 * with the most tickets opened (4) and solved (2) that day.
	 */
	static final Instant PINNED = Instant.parse("2026-11-24T22:00:00Z");

	static final ShiftableClock CLOCK = new ShiftableClock(PINNED, ZoneId.of("Europe/Paris"));

	static final GlpiSimulator SIMULATOR = GlpiSimulator.start(SimulatorSettings.defaults()
		.withTickets(300)
		.withSeed(11)
		.withClock(Clock.fixed(PINNED, ZoneId.of("UTC"))));

	static final HttpClient HTTP = HttpClient.newHttpClient();

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@TestBean
	Clock clock;

	@Autowired
	SyncService sync;

	@Autowired
	SyncState syncState;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SnapshotService snapshots;

	@Autowired
	List<SnapshotPublisher> publishers;

	@Autowired
	LatestSnapshot boardState;

	@MockitoSpyBean
	FiguresRepository figures;

	@LocalServerPort
	int port;

	WebDriver browser;

	/**
	 * Skipped only on a developer machine without Debian's chromium; in CI (CI=true),
	 * where .ci/run installs it, the test always runs, so a missing browser fails the
	 * build instead of silently skipping the only check of what the TV shows.
	 */
	static boolean browserInstalled() {
		return "true".equals(System.getenv("CI"))
				|| new File("/usr/bin/chromium").canExecute() && new File("/usr/bin/chromedriver").canExecute();
	}

	static Clock clock() {
		return CLOCK;
	}

	@DynamicPropertySource
	static void glpi(DynamicPropertyRegistry registry) {
		SimulatorConnection.register(registry, SIMULATOR);
	}

	@BeforeAll
	void syncAndOpenBrowser() throws Exception {
		// the oldest open ticket, so the board lists it
		SIMULATOR.data()
			.addTicket(SimTicket.simple(SIMULATOR.data().maxTicketId() + 1, HOSTILE, 1,
					PINNED.minus(Duration.ofDays(900))));
		SyncOutcome outcome = sync.run(SyncMode.FULL, false);
		assertThat(outcome.success()).as(outcome.message()).isTrue();
		assignEightOpenTicketsToTheHostileGroup();
		Files.createDirectories(SCREENSHOTS);
		browser = BoardLayout.startBrowser(CLOCK.instant());
	}

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
		SIMULATOR.close();
	}

	@Test
	void boardFitsFullHd4kAndPortraitWithoutScrollingAndShowsTheApisNumbers() throws Exception {
		JsonNode api = JsonMapper.builder().build().readTree(get("/api/wallboard").body());
		for (Dimension size : new Dimension[] { new Dimension(1920, 1080), new Dimension(3840, 2160),
				new Dimension(1080, 1920) }) {
			// when
			open("/", size);

			// then
			assertNoScrolling(size);
			assertThat(kpi("open")).isEqualTo(api.get("open").get("total").asLong());
			assertThat(kpi("newToday")).isEqualTo(api.get("today").get("opened").asLong());
			assertThat(kpi("solvedToday")).isEqualTo(api.get("today").get("solved").asLong());
			assertThat(kpi("change")).isEqualTo(api.get("openChangeSinceYesterday").asLong());
			assertThat(kpi("unassigned")).isEqualTo(api.get("open").get("unassigned").asLong());
			assertThat(kpi("late")).isEqualTo(api.get("open").get("late").asLong());
			assertThat(kpi("dueSoon")).isEqualTo(api.get("open").get("dueSoon").asLong());
			assertThat(browser.findElements(By.id("stale"))).isEmpty();
			assertThat(browser.findElement(By.cssSelector(".asof time")).getText()).as("date and time")
				.matches("[A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2} \\d{2}:\\d{2}");
			// axis and legend text of about 28 px at 1080p (readable from 5 m), in
			// proportion on other screens
			double screen = Math.min(size.width, size.height) / 1080.0;
			assertThat(chartTextPixels()).as("chart text at %s", size).isGreaterThanOrEqualTo(26 * screen);
			screenshot("board-" + size.width + "x" + size.height);
		}
	}

	/**
	 * Eight open tickets of the synced mirror go to {@link #GROUP} too: a technician on
	 * every other one (and only there), a deadline passed on three, one due within the
	 * hour, none on the others; then a new snapshot is recorded and published, as at the
	 * end of a sync.
	 */
	private void assignEightOpenTicketsToTheHostileGroup() throws Exception {
		jdbc.update(
				"INSERT INTO glpi_group (id, name, completename, parent_id, level, last_seen_run) VALUES (?, ?, ?, NULL, 1, 1)",
				GROUP, "N2", HOSTILE_GROUP);
		List<Long> tickets = jdbc.queryForList("SELECT id FROM glpi_ticket WHERE is_open = TRUE ORDER BY id LIMIT 8",
				Long.class);
		Instant now = CLOCK.instant();
		for (int i = 0; i < tickets.size(); i++) {
			long id = tickets.get(i);
			// the simulator's own technicians off these tickets, so "no technician" is
			// ours to count
			jdbc.update(
					"DELETE FROM glpi_ticket_member WHERE ticket_id = ? AND (member_type = 'User' OR member_id = ?)",
					id, GROUP);
			jdbc.update(
					"INSERT INTO glpi_ticket_member (ticket_id, member_type, member_id, member_name) VALUES (?, 'Group', ?, 'N2')",
					id, GROUP);
			if (i % 2 == 0) {
				jdbc.update(
						"MERGE INTO glpi_ticket_member (ticket_id, member_type, member_id, member_name) KEY (ticket_id, member_type, member_id)"
								+ " VALUES (?, 'User', 900002, 'tech')",
						id);
			}
			Instant due = i < 3 ? now.minus(Duration.ofHours(i + 1)) : i == 3 ? now.plus(Duration.ofMinutes(50)) : null;
			jdbc.update("UPDATE glpi_ticket SET time_to_resolve = ? WHERE id = ?",
					due == null ? null : due.atOffset(java.time.ZoneOffset.UTC), id);
		}
		Instant asOf = now.plusSeconds(1);
		java.time.LocalDate day = snapshots.recordObserved(asOf);
		for (SnapshotPublisher publisher : publishers.stream().sorted(SnapshotPublisher.IN_ORDER).toList()) {
			if (publisher.afterRefresh()) {
				publisher.publish(new SnapshotPublisher.Request(day, asOf, false, false));
			}
		}
		boardState.invalidate();
	}

	@Test
	void aGroupsBoardFitsFullHdAnd4kWithoutScrollingShowsTheApisNumbersAndEscapesItsName() throws Exception {
		JsonNode api = JsonMapper.builder().build().readTree(get("/api/wallboard?group=" + GROUP).body());
		assertThat(api.get("open").get("total").asLong()).isEqualTo(8);
		for (Dimension size : new Dimension[] { new Dimension(1920, 1080), new Dimension(3840, 2160) }) {
			// when
			open("/board/group/" + GROUP, size);

			// then
			assertNoScrolling(size);
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(HOSTILE_GROUP);
			assertThat(kpi("open")).isEqualTo(api.get("open").get("total").asLong());
			assertThat(kpi("unassigned")).isEqualTo(api.get("open").get("unassigned").asLong()).isEqualTo(4);
			assertThat(kpi("late")).isEqualTo(api.get("open").get("late").asLong()).isEqualTo(3);
			assertThat(kpi("dueSoon")).isEqualTo(api.get("open").get("dueSoon").asLong()).isEqualTo(1);
			assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.__xss"))
				.isEqualTo("undefined");
			screenshot("board-group-" + size.width + "x" + size.height);
		}
	}

	@Test
	void theStaticBoardLinksTheGroupsPage() throws Exception {
		// when
		Path index = Path.of("target/board-browser-reports/wallboard/index.html").toAbsolutePath();
		viewport(new Dimension(1920, 1080));
		browser.get(index.toUri().toString());
		screenshot("static-board-before-group-1920x1080");
		browser.findElement(By.cssSelector("a[href='group-" + GROUP + ".html']")).click();
		screenshot("static-board-group-1920x1080");

		// then
		assertThat(browser.getCurrentUrl()).endsWith("group-" + GROUP + ".html");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(HOSTILE_GROUP);
		assertNoScrolling(new Dimension(1920, 1080));
		assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.__xss")).isEqualTo("undefined");
		screenshot("static-board-group-1920x1080");
	}

	@Test
	void entityBoardInTheLightThemeFitsToo() throws Exception {
		// when
		open("/board/1?theme=light", new Dimension(1920, 1080));

		// then
		assertNoScrolling(new Dimension(1920, 1080));
		assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("light");
		screenshot("board-entity-light-1920x1080");
	}

	@Test
	void aScriptInATicketTitleIsShownAsTextAndNeverRuns() throws Exception {
		// when
		open("/", new Dimension(1920, 1080));

		// then
		assertThat(browser.findElement(By.cssSelector(".tickets")).getText())
			.contains("<script>window.__xss=1</script>");
		assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.__xss")).isEqualTo("undefined");
		assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
	}

	@Test
	void oldDataRaisesTheStaleBannerWithoutShrinkingTheChart() throws Exception {
		open("/", new Dimension(1920, 1080));
		long chartHeight = chartHeight();
		try {
			// given
			CLOCK.shift(Duration.ofHours(2));

			// when
			open("/", new Dimension(1920, 1080));

			// then
			assertThat(browser.findElement(By.id("stale")).isDisplayed()).isTrue();
			assertThat(browser.findElement(By.id("stale")).getText()).containsIgnoringCase("stale data")
				.contains("2 hours old");
			assertNoScrolling(new Dimension(1920, 1080));
			assertThat(chartHeight()).isEqualTo(chartHeight);
			screenshot("board-stale-1920x1080");
		}
		finally {
			CLOCK.shift(Duration.ZERO);
		}
	}

	@Test
	void staticBoardWrittenByTheSyncLooksTheSame() throws Exception {
		// when
		Path index = Path.of("target/board-browser-reports/wallboard/index.html").toAbsolutePath();
		viewport(new Dimension(1920, 1080));
		browser.get(index.toUri().toString());

		// then
		assertNoScrolling(new Dimension(1920, 1080));
		assertThat(browser.findElement(By.id("stale")).isDisplayed()).isFalse();
		assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.__xss")).isEqualTo("undefined");
		screenshot("static-board-1920x1080");
	}

	@Test
	void aLongReasonWrapsInTheBannerInsteadOfBeingCutOff() throws Exception {
		// given: the reason 'serve' gives when GLPI is not configured, as a failed sync
		String reason = "GLPI connection is not configured; missing: glpi.url (GLPI_URL) glpi.client-id (GLPI_CLIENT_ID)"
				+ " glpi.client-secret (GLPI_CLIENT_SECRET) glpi.username (GLPI_USERNAME) glpi.password (GLPI_PASSWORD)";
		open("/", new Dimension(1920, 1080));
		long chartHeight = chartHeight();
		// a minute after the last success (the clock is pinned: at the same instant, it
		// is not the last word)
		syncState.put(SyncState.LAST_FAILURE, CLOCK.instant().plusSeconds(60).toString());
		syncState.put(SyncState.LAST_FAILURE_REASON, reason);
		boardState.invalidate();
		try {
			// when
			open("/", new Dimension(1920, 1080));

			// then
			screenshot("board-long-banner-1920x1080");
			WebElement banner = browser.findElement(By.id("stale"));
			assertThat(banner.getText()).contains(reason);
			assertThat(banner.getSize().height).as("wraps")
				.isGreaterThan(2 * browser.findElement(By.cssSelector(".banner strong")).getSize().height);
			assertThat(((Number) ((JavascriptExecutor) browser)
				.executeScript("var b = document.getElementById('stale'); return b.scrollWidth - b.clientWidth;"))
				.intValue()).isLessThanOrEqualTo(0);
			assertThat(chartHeight()).isEqualTo(chartHeight);
			// three lines of banner: the lists lose their last rows, whole rows, nothing
			// overlaps
			layout(new Dimension(1920, 1080));
		}
		finally {
			syncState.remove(SyncState.LAST_FAILURE);
			syncState.remove(SyncState.LAST_FAILURE_REASON);
			boardState.invalidate();
		}
	}

	@Test
	void aRotationSkipsAnUnknownBoardAndItsPageMovesOnByItself() throws Exception {
		// given: /?rotate=all,999,1&interval=10 with no entity 999 in GLPI
		open("/?rotate=all,999,1&interval=10", new Dimension(1920, 1080));
		assertThat(refresh()).isEqualTo("10; url=/board/1?rotate=all,999,1&interval=10");

		// when: a TV lands on 999 anyway (set up before the entity was deleted)
		open("/board/999?rotate=all,999,1&interval=10", new Dimension(1920, 1080));

		// then: it says why, and goes on with the rotation after the interval
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Unknown board");
		screenshot("unknown-board-1920x1080");
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/board/1?"));
		assertThat(browser.findElements(By.cssSelector("[data-kpi='open']"))).hasSize(1);
	}

	@Test
	void aBusyDatabasePageComesBackToTheBoardByItselfOnceTheDatabaseAnswers() throws Exception {
		// given: the database does not answer in time
		willThrow(new CannotAcquireLockException("Timeout trying to lock table \"SNAPSHOT_DAY\"")).given(figures)
			.latestObserved();
		boardState.invalidate();
		try {
			// when
			open("/board/1?rotate=1&interval=10", new Dimension(1920, 1080));

			// then
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Database busy");
			assertThat(refresh()).isEqualTo("10; url=/board/1?rotate=1&interval=10");
			screenshot("database-busy-1920x1080");
		}
		finally {
			Mockito.reset(figures);
			boardState.invalidate();
		}

		// then: the next reload shows the board again, with nobody at the TV
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until(d -> !d.findElements(By.cssSelector("[data-kpi='open']")).isEmpty());
	}

	@Test
	void theH2ConsoleIsNeverExposed() throws Exception {
		assertThat(get("/h2-console").statusCode()).isEqualTo(404);
	}

	private void open(String path, Dimension size) {
		BoardLayout.show(browser, "http://localhost:" + port + path, size);
	}

	private void viewport(Dimension size) {
		BoardLayout.viewport(browser, size);
	}

	private void assertNoScrolling(Dimension size) throws Exception {
		layout(size);
	}

	/**
	 * {@link BoardLayout#check}, with the screenshot of a failing page for a person to
	 * look at.
	 */
	private Map<String, Object> layout(Dimension size) throws Exception {
		try {
			return BoardLayout.check(browser, size);
		}
		catch (AssertionError e) {
			screenshot("failed-layout-" + System.currentTimeMillis());
			throw e;
		}
	}

	/** The meta refresh of the page shown, as the browser parsed it. */
	private String refresh() {
		return browser.findElement(By.cssSelector("meta[http-equiv='refresh']")).getAttribute("content");
	}

	private long chartHeight() {
		return browser.findElement(By.cssSelector(".chart img")).getSize().height;
	}

	/**
	 * Screen pixels of the chart's axis and legend text: its logical size times the scale
	 * the image is shown at.
	 */
	private double chartTextPixels() {
		@SuppressWarnings("unchecked")
		Map<String, Number> img = (Map<String, Number>) ((JavascriptExecutor) browser).executeScript(
				"var i = document.querySelector('.chart img'); return {w: i.clientWidth, h: i.clientHeight, nw: i.naturalWidth, nh: i.naturalHeight};");
		double shown = Math.min(img.get("w").doubleValue() / img.get("nw").doubleValue(),
				img.get("h").doubleValue() / img.get("nh").doubleValue());
		return io.glpiwallboard.chart.TrendChart.TEXT_SIZE * io.glpiwallboard.chart.TrendChart.SCALE * shown;
	}

	private long kpi(String name) {
		String text = browser.findElement(By.cssSelector("[data-kpi='" + name + "']")).getText();
		return Long.parseLong(text.replace(",", "").replace("\u2212", "-").replace("+", "").trim());
	}

	private void screenshot(String name) throws Exception {
		Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
