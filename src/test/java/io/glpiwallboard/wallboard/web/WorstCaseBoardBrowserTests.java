package io.glpiwallboard.wallboard.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.glpiwallboard.snapshot.SnapshotPublisher;
import io.glpiwallboard.snapshot.SnapshotService;
import io.glpiwallboard.sync.SyncState;
import io.glpiwallboard.wallboard.LatestSnapshot;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board with the data that fills it most, in Debian's Chromium at 1920x1080,
 * 3840x2160 and 1080x1920: 40 entities and 35 teams with very long names (CJK, an
 * unbreakable word), 30 of each listed (the settings' maximum), every status and priority
 * (Major and an unknown one included), six-digit figures on every tile (the backlog
 * change a negative one), seven-digit ticket ids, 12,000-day-old tickets, and the stale
 * banner with a long reason. Every board, live and static, must fit its screen, cut lists
 * by whole rows, and say what it cut. Screenshots land in
 * {@code target/screenshots/worst-case-*} for a person to look at.
 */
// A context of its own: the board's list sizes and wallboard.history-days are bound at
// start-up.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "schedule.enabled=false", "spring.datasource.url=jdbc:h2:mem:board-worst-case;DB_CLOSE_DELAY=-1",
				"wallboard.time-zone=Europe/Paris", "wallboard.history-days=40", "wallboard.board.top-entities=30",
				"wallboard.board.top-groups=30", "wallboard.board.oldest-tickets=10",
				"report.dir=target/board-worst-case-reports" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf("io.glpiwallboard.wallboard.web.WallboardBrowserTests#browserInstalled")
class WorstCaseBoardBrowserTests {

	/**
	 * Tuesday 24 November 2026, 15:00 in Paris: working hours, a full day of tickets
	 * behind.
	 */
	static final Instant NOW = Instant.parse("2026-11-24T14:00:00Z");

	static final Dimension[] SIZES = { new Dimension(1920, 1080), new Dimension(3840, 2160),
			new Dimension(1080, 1920) };

	static final String REASON = "GLPI answered 503 Service Unavailable to GET https://glpi.example.org/api.php/v2.1/Assistance/Ticket"
			+ "?filter=date_mod%3Dge%3D%272026-11-24%2013%3A50%3A00%27&sort=id&start=0&limit=1000 five times in two minutes"
			+ " (Retry-After: 120); the mirror keeps the figures of the last successful sync until GLPI answers again";

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@TestBean
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SnapshotService snapshots;

	@Autowired
	List<SnapshotPublisher> publishers;

	@Autowired
	SyncState syncState;

	@Autowired
	LatestSnapshot boardState;

	@LocalServerPort
	int port;

	WebDriver browser;

	static Clock clock() {
		return Clock.fixed(NOW, ZoneId.of("Europe/Paris"));
	}

	@BeforeAll
	void fillTheMirrorAndOpenTheBrowser() throws Exception {
		worstCaseMirror();
		Instant asOf = NOW.minusSeconds(60);
		java.time.LocalDate day = snapshots.recordObserved(asOf);
		syncState.put(SyncState.LAST_SUCCESS, asOf.toString());
		syncState.put(SyncState.LAST_FAILURE, NOW.minusSeconds(10).toString());
		syncState.put(SyncState.LAST_FAILURE_REASON, REASON);
		for (SnapshotPublisher publisher : publishers.stream().sorted(SnapshotPublisher.IN_ORDER).toList()) {
			if (publisher.afterRefresh()) {
				publisher.publish(new SnapshotPublisher.Request(day, asOf, false, false));
			}
		}
		boardState.invalidate();
		Files.createDirectories(SCREENSHOTS);
		browser = BoardLayout.startBrowser(NOW);
	}

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	/**
	 * 40 entities and 35 groups (two levels) with long names; 230,000 open tickets
	 * (100,000 of them opened today, half of them with no team, 100,000 late, 100,000 due
	 * within the day, every status and priority, ages up to 12,000 days) and 210,000
	 * solved today; ids from 1,000,001.
	 */
	private void worstCaseMirror() {
		jdbc.update(
				"INSERT INTO glpi_entity (id, name, completename, parent_id, level, last_seen_run) VALUES (0, 'Root entity', 'Root entity', NULL, 1, 1)");
		jdbc.update(
				"""
						INSERT INTO glpi_entity (id, name, completename, parent_id, level, last_seen_run)
						SELECT X, N, 'Root entity > ' || N, 0, 2, 1 FROM (SELECT X, CASE MOD(X, 3)
						  WHEN 0 THEN 'Région Auvergne-Rhône-Alpes — Direction des systèmes d''information et du numérique ' || X
						  WHEN 1 THEN '東京 Tokyo データセンター運用チーム（インフラストラクチャ）' || X
						  ELSE 'Verwaltungsdienstleistungszentrumsinfrastrukturbetriebsabteilung' || X END N FROM SYSTEM_RANGE(1, 40))""");
		jdbc.update("""
				INSERT INTO glpi_group (id, name, completename, parent_id, level, last_seen_run)
				SELECT X, 'Support niveau ' || X || ' — réseau, téléphonie & visioconférence <N2>',
				  CASE WHEN X > 5 THEN 'Service Desk International > ' ELSE '' END
				  || 'Support niveau ' || X || ' — réseau, téléphonie & visioconférence <N2>',
				  CASE WHEN X > 5 THEN 1 END, CASE WHEN X > 5 THEN 2 ELSE 1 END, 1 FROM SYSTEM_RANGE(1, 35)""");
		String now = "TIMESTAMP WITH TIME ZONE '2026-11-24 14:00:00+00:00'";
		// open: X = 1..230,000; the first 100,000 opened today (after 01:00 in Paris),
		// the others up to
		// 12,000 days ago; the first 100,000 due within the day, the next 100,000 late
		jdbc.update(
				"""
						INSERT INTO glpi_ticket (id, title, entity_id, entity_name, entity_completename, status, priority, is_deleted,
						  opened_at, opened_day, last_seen_run, time_to_resolve)
						SELECT 1000000 + X, 'Very long title: the quarterly reporting server refuses every connection since the upgrade of its certificate chain ' || X,
						  CASE WHEN MOD(X, 3) = 0 THEN 1 + MOD(X / 3, 8) ELSE 1 + MOD(X, 40) END, 'entity', 'Root entity > entity', CASE MOD(X, 5) WHEN 0 THEN 1 WHEN 1 THEN 2 WHEN 2 THEN 3 WHEN 3 THEN 4 ELSE 10 END,
						  CASE WHEN MOD(X, 97) = 0 THEN 9 ELSE 1 + MOD(X, 6) END, FALSE, OPENED, OPENED_DAY, 1,
						  CASE WHEN X <= 100000 THEN DATEADD(HOUR, 1 + MOD(X, 20), %1$s)
						       WHEN X <= 200000 THEN DATEADD(HOUR, -1 - MOD(X, 500), %1$s) END
						FROM (SELECT X, CASE WHEN X <= 100000 THEN DATEADD(SECOND, -MOD(X, 50000), %1$s)
						  ELSE DATEADD(DAY, -1 - MOD(X * 7, 12000), %1$s) END OPENED,
						  CASE WHEN X <= 100000 THEN DATE '2026-11-24' ELSE DATEADD(DAY, -1 - MOD(X * 7, 12000), DATE '2026-11-24') END OPENED_DAY
						  FROM SYSTEM_RANGE(1, 230000))"""
					.formatted(now));
		// solved today, opened before
		jdbc.update(
				"""
						INSERT INTO glpi_ticket (id, title, entity_id, status, priority, is_deleted, opened_at, opened_day, solved_at,
						  solved_day, last_seen_run)
						SELECT 2000000 + X, 'solved', 1 + MOD(X, 40), 5, 3, FALSE, DATEADD(DAY, -3, %1$s), DATE '2026-11-21',
						  DATEADD(SECOND, -MOD(X, 40000), %1$s), DATE '2026-11-24', 1 FROM SYSTEM_RANGE(1, 210000)"""
					.formatted(now));
		// half the open tickets in one team, one in eight of those in a second one too;
		// the other half in none
		jdbc.update(
				"""
						INSERT INTO glpi_ticket_member (ticket_id, member_type, member_id, member_name)
						SELECT 1000000 + X, 'Group', 1 + MOD(X / 2, 35), 'g' FROM SYSTEM_RANGE(1, 230000) WHERE MOD(X, 2) = 1""");
		jdbc.update(
				"""
						INSERT INTO glpi_ticket_member (ticket_id, member_type, member_id, member_name)
						SELECT 1000000 + X, 'Group', 1 + MOD(X / 2 + 17, 35), 'g' FROM SYSTEM_RANGE(1, 230000) WHERE MOD(X, 16) = 1""");
	}

	@Test
	void everyLiveBoardFitsEveryScreenWithTheWorstData() throws Exception {
		for (String board : new String[] { "/", "/board/1", "/board/group/7" }) {
			for (Dimension size : SIZES) {
				// when
				open("http://localhost:" + port + board, size);

				// then
				String name = "worst-case" + board.replace('/', '-').replaceAll("-$", "") + "-" + size.width + "x"
						+ size.height;
				fits(name, size);
			}
		}
	}

	@Test
	void theFiguresAreSixDigitsAndTheListsShowWhatTheyCut() throws Exception {
		// when
		open("http://localhost:" + port + "/", new Dimension(1920, 1080));

		// then: the data is as bad as it gets
		assertThat(kpi("open")).isEqualTo("230,000");
		assertThat(kpi("newToday")).isEqualTo("100,000");
		assertThat(kpi("solvedToday")).isEqualTo("210,000");
		assertThat(kpi("change")).isEqualTo("\u2212110,000");
		assertThat(kpi("unassigned")).isEqualTo("115,000");
		assertThat(kpi("late")).isEqualTo("100,000");
		assertThat(kpi("dueSoon")).isEqualTo("100,000");
		assertThat(browser.findElements(By.cssSelector(".entities .fit > li"))).as("entities listed").hasSize(30);
		assertThat(browser.findElement(By.id("stale")).getText()).contains(REASON);
		// the entity rows shown and the line under them add up to the open tickets:
		// nothing vanishes
		assertThat(shownEntityTotal()).isEqualTo(230_000);
		assertThat(browser.findElements(By.cssSelector(".priority .fit > li"))).as("every priority, unknown too")
			.hasSize(7);
		// and the lists still show plenty, banner and all
		assertThat(
				((Number) fits("worst-case-figures-1920x1080", new Dimension(1920, 1080)).get("shownRows")).intValue())
			.isGreaterThanOrEqualTo(15);
	}

	@Test
	void everyStaticBoardFitsEveryScreenWithTheWorstData() throws Exception {
		// given: three days without a sync, so the page raises its own banner
		Path dir = Path.of("target/board-worst-case-reports/wallboard").toAbsolutePath();
		BoardLayout.pinBrowserClock(browser, NOW.plus(Duration.ofDays(3)));
		for (String page : new String[] { "index.html", "entity-1.html", "group-7.html" }) {
			for (Dimension size : SIZES) {
				// when
				open(dir.resolve(page).toUri().toString(), size);

				// then
				assertThat(browser.findElement(By.id("stale")).isDisplayed()).as("stale banner").isTrue();
				fits("worst-case-static-" + page.replace(".html", "") + "-" + size.width + "x" + size.height, size);
			}
		}
	}

	/**
	 * {@link BoardLayout#check}; the screenshot is taken first, for a person to look at.
	 */
	private Map<String, Object> fits(String name, Dimension size) throws Exception {
		Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		return BoardLayout.check(browser, size);
	}

	/**
	 * The counts of the entity rows in sight, plus the "Other entities" line under the
	 * last of them.
	 */
	private long shownEntityTotal() {
		Number total = (Number) ((JavascriptExecutor) browser).executeScript(
				"""
						var list = document.querySelector('.entities .fit'), box = list.getBoundingClientRect(), sum = 0, last = null;
						Array.from(list.children).forEach(li => {
							if (li.getBoundingClientRect().left < box.right - 1) { sum += Number(li.querySelector(':scope > .count').textContent.replace(/,/g, '')); last = li; }
						});
						var more = last.querySelector(':scope > .more .count');
						return sum + (more ? Number(more.textContent.replace(/,/g, '')) : 0);""");
		return total.longValue();
	}

	private String kpi(String name) {
		WebElement value = browser.findElement(By.cssSelector("[data-kpi='" + name + "']"));
		return value.getText().trim();
	}

	private void open(String url, Dimension size) {
		BoardLayout.show(browser, url, size);
	}

}
