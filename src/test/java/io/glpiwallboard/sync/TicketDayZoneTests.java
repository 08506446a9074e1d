package io.glpiwallboard.sync;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar days of tickets after {@code wallboard.time-zone} changed to Europe/Paris,
 * on a database session whose own zone is another one: a JVM in UTC (the usual server) or
 * Tokyo.
 * <p>
 * H2 takes a session's time zone from the JVM's default zone, read once per JVM and
 * cached, so {@code TimeZone.setDefault} in a test would depend on which test touched H2
 * first; the URL's {@code TIME ZONE} setting gives the session that zone directly.
 */
class TicketDayZoneTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** Monday 30 November 2026 in Paris (UTC+1). */
	static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	JdbcTemplate jdbc;

	TicketMirror mirror;

	void database(String sessionZone) throws Exception {
		// one connection for the migration and the test, as the product's pool keeps its
		// connections:
		// H2 binds the schema's generated columns to the session that created them
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
				"jdbc:h2:mem:days-" + UUID.randomUUID() + ";TIME ZONE=" + sessionZone, "sa", "", true);
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		jdbc = new JdbcTemplate(dataSource);
		mirror = new TicketMirror(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
	}

	@Test
	void ticketsAroundParisMidnightCountOnTheirParisDayWhenTheServerRunsInUtc() throws Exception {
		// given: a session in UTC, the days last computed in UTC
		database("UTC");
		aroundParisMidnight();

		// when
		mirror.recomputeDays(PARIS);

		// then
		assertParisDays();
	}

	@Test
	void ticketsAroundParisMidnightCountOnTheirParisDayWhenTheServerRunsInTokyo() throws Exception {
		// given: a session in Tokyo (UTC+9), where Paris's late evening is already
		// tomorrow
		database("Asia/Tokyo");
		aroundParisMidnight();

		// when
		mirror.recomputeDays(PARIS);

		// then
		assertParisDays();
	}

	@Test
	void everyPageOfAMirrorLargerThanOneRecomputationPageGetsItsDays() throws Exception {
		// given: 25,000 tickets opened at 23:30 UTC on 29 November, 00:30 on the 30th in
		// Paris
		database("UTC");
		jdbc.update("INSERT INTO glpi_ticket (id, title, status, is_deleted, opened_at, opened_day, last_seen_run)"
				+ " SELECT X, 't', 1, FALSE, TIMESTAMP WITH TIME ZONE '2026-11-29 23:30:00+00:00', DATE '2026-11-29', 1"
				+ " FROM SYSTEM_RANGE(1, 25000)");

		// when
		mirror.recomputeDays(PARIS);

		// then
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM glpi_ticket WHERE opened_day = ?", Long.class, TODAY))
			.isEqualTo(25_000);
	}

	/**
	 * Five tickets, with the days of a UTC server: opened 00:30 in Paris today (23:30 UTC
	 * the day before), 23:30 in Paris today and solved at 00:10 tomorrow, opened
	 * yesterday 23:59 and closed today 00:01, opened at noon today, and one never solved.
	 */
	void aroundParisMidnight() {
		ticket(1, "2026-11-29T23:30:00Z", null, null);
		ticket(2, "2026-11-30T22:30:00Z", "2026-11-30T23:10:00Z", null);
		ticket(3, "2026-11-29T22:59:00Z", null, "2026-11-29T23:01:00Z");
		ticket(4, "2026-11-30T11:00:00Z", "2026-11-30T12:00:00Z", "2026-11-30T13:00:00Z");
		ticket(5, "2026-11-28T10:00:00Z", null, null);
	}

	void assertParisDays() {
		assertThat(count("opened_day", TODAY)).as("opened today in Paris").isEqualTo(3); // 1,
																							// 2,
																							// 4
		assertThat(count("opened_day", TODAY.minusDays(1))).as("opened yesterday in Paris").isEqualTo(1); // 3
		assertThat(count("solved_day", TODAY)).as("solved today in Paris").isEqualTo(1); // 4
		assertThat(count("solved_day", TODAY.plusDays(1))).as("solved tomorrow in Paris").isEqualTo(1); // 2
		assertThat(count("closed_day", TODAY)).as("closed today in Paris").isEqualTo(2); // 3,
																							// 4
		assertThat(jdbc.queryForObject("SELECT opened_day FROM glpi_ticket WHERE id = 5", LocalDate.class))
			.isEqualTo(LocalDate.of(2026, 11, 28));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM glpi_ticket WHERE solved_day IS NULL", Long.class))
			.isEqualTo(3);
	}

	long count(String column, LocalDate day) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM glpi_ticket WHERE " + column + " = ?", Long.class, day);
	}

	/**
	 * A ticket whose days were computed in UTC, as a server in UTC configured for UTC
	 * did.
	 */
	void ticket(long id, String opened, String solved, String closed) {
		jdbc.update("INSERT INTO glpi_ticket (id, title, status, is_deleted, opened_at, solved_at, closed_at,"
				+ " opened_day, solved_day, closed_day, last_seen_run) VALUES (?, 't', 1, FALSE, ?, ?, ?, ?, ?, ?, 1)",
				id, time(opened), time(solved), time(closed), utcDay(opened), utcDay(solved), utcDay(closed));
	}

	static OffsetDateTime time(String iso) {
		return iso == null ? null : OffsetDateTime.parse(iso);
	}

	static LocalDate utcDay(String iso) {
		return iso == null ? null : OffsetDateTime.parse(iso).toLocalDate();
	}

}
