package io.glpiwallboard.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.glpiwallboard.snapshot.WallboardFigures.TrendPoint;
import io.glpiwallboard.testing.FullContextTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reconstructed days of {@link MirrorFixture#springWeek()} and of a week around the
 * autumn DST change, against numbers worked out by hand: a day's open count is what was
 * opened by its end and neither solved nor closed by then, in Paris days.
 */
@FullContextTest
class HistoryReconstructionTests {

	private static final LocalDate MONDAY = LocalDate.parse("2026-03-30");

	private static final Instant NOON = Instant.parse("2026-03-30T10:00:00Z");

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SnapshotWriter writer;

	@Autowired
	private HistoryReconstructor reconstructor;

	@Autowired
	private SnapshotService service;

	@Autowired
	private FiguresRepository figures;

	private MirrorFixture mirror;

	@BeforeEach
	void emptyMirror() {
		mirror = new MirrorFixture(jdbc, MirrorFixture.PARIS);
		mirror.clear();
	}

	@Test
	void daysBeforeTheFirstObservedOneAreRebuiltFromTicketDatesAcrossTheSpringDstChange() {
		// given: the board already shows Monday alone
		mirror.springWeek();
		writer.writeObserved(MONDAY, NOON);
		assertThat(figures.load(null, 4).orElseThrow().trend()).hasSize(1);

		// when
		reconstructor.reconstruct(day("2026-03-27"), day("2026-03-29"), NOON);

		// then: Friday 4, 5, 6, 7 (opened that day), 9, 12 are open; Saturday the same (3
		// was opened at
		// 23:30 UTC, already Sunday in Paris); Sunday adds 2, 3, 15 and 13, solved the
		// same evening
		assertThat(figures.load(null, 4).orElseThrow().trend()).containsExactly(point("2026-03-27", 6, 1, 0, 0, true),
				point("2026-03-28", 6, 0, 0, 0, true), point("2026-03-29", 9, 4, 1, 0, true),
				point("2026-03-30", 9, 3, 2, 2, false));
	}

	@Test
	void reconstructedDaysAreRestrictedToTheEntityScopeToo() {
		// given
		mirror.springWeek();
		writer.writeObserved(MONDAY, NOON);

		// when
		reconstructor.reconstruct(day("2026-03-27"), day("2026-03-29"), NOON);

		// then: Paris with IT holds 4 and 9 until Sunday, when 2, 3 and 15 arrive
		assertThat(figures.load(1L, 4).orElseThrow().trend()).containsExactly(point("2026-03-27", 2, 0, 0, 0, true),
				point("2026-03-28", 2, 0, 0, 0, true), point("2026-03-29", 5, 3, 0, 0, true),
				point("2026-03-30", 6, 3, 1, 2, false));
	}

	@Test
	void theAutumnDstChangeKeepsEveryTicketOnItsParisDay() {
		// given: Sunday 2026-10-25 has 25 hours (03:00 CEST becomes 02:00 CET)
		mirror.entity(0, "Root", null, 1);
		mirror.put(mirror.ticket(101, 0L, "2026-10-24T22:30:00Z"), // 00:30 CEST on the
																	// 25th
				mirror.ticket(102, 0L, "2026-10-25T00:30:00Z").solved("2026-10-25T01:30:00Z"), // 02:30
																								// CEST,
																								// solved
																								// at
																								// 02:30
																								// CET
				mirror.ticket(103, 0L, "2026-10-25T22:30:00Z"), // 23:30 CET on the 25th
				mirror.ticket(104, null, "2026-10-25T23:30:00Z").closed("2026-10-26T22:59:00Z"), // the
																									// 26th,
																									// closed
																									// unsolved
				mirror.ticket(105, 0L, "2026-10-23T21:30:00Z")
					.solved("2026-10-24T22:15:00Z")
					.closed("2026-10-25T23:15:00Z"),
				mirror.ticket(106, 0L, "2026-10-24T21:59:00Z")); // 23:59 CEST on the 24th
		Instant tuesday = Instant.parse("2026-10-27T09:00:00Z");
		writer.writeObserved(day("2026-10-27"), tuesday);

		// when
		reconstructor.reconstruct(day("2026-10-23"), day("2026-10-26"), tuesday);

		// then
		assertThat(figures.load(null, 5).orElseThrow().trend()).containsExactly(point("2026-10-23", 1, 1, 0, 0, true),
				point("2026-10-24", 2, 1, 0, 0, true), point("2026-10-25", 3, 3, 2, 0, true),
				point("2026-10-26", 3, 1, 0, 2, true), point("2026-10-27", 3, 0, 0, 0, false));
	}

	@Test
	void anObservedDayIsNeverOverwrittenByReconstruction() {
		// given: Saturday was observed (with today's statuses, so it differs from what
		// dates would say)
		mirror.springWeek();
		writer.writeObserved(day("2026-03-28"), Instant.parse("2026-03-28T12:00:00Z"));
		writer.writeObserved(MONDAY, NOON);

		// when
		reconstructor.reconstruct(day("2026-03-27"), day("2026-03-29"), NOON);

		// then
		assertThat(figures.load(null, 4).orElseThrow().trend()).containsExactly(point("2026-03-27", 6, 1, 0, 0, true),
				point("2026-03-28", 9, 0, 0, 0, false), point("2026-03-29", 9, 4, 1, 0, true),
				point("2026-03-30", 9, 3, 2, 2, false));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM snapshot_open WHERE snapshot_date = ?", Integer.class,
				day("2026-03-28")))
			.isPositive();
	}

	@Test
	void gapsBetweenObservedDaysAreReconstructedAndRerunsReplaceThem() {
		// given: observed on Friday and Monday, nothing over the weekend
		mirror.springWeek();
		writer.writeObserved(day("2026-03-27"), Instant.parse("2026-03-27T16:00:00Z"));
		writer.writeObserved(MONDAY, NOON);

		// when
		reconstructor.reconstruct(day("2026-03-26"), day("2026-03-29"), NOON);
		reconstructor.reconstruct(day("2026-03-26"), day("2026-03-29"), NOON);

		// then: Thursday 4, 5, 6, 9, 12; Friday as observed (today's statuses: 9 open, 7
		// opened)
		assertThat(figures.load(null, 5).orElseThrow().trend()).containsExactly(point("2026-03-26", 5, 0, 0, 0, true),
				point("2026-03-27", 9, 1, 0, 0, false), point("2026-03-28", 6, 0, 0, 0, true),
				point("2026-03-29", 9, 4, 1, 0, true), point("2026-03-30", 9, 3, 2, 2, false));
	}

	@Test
	void recordingASyncAtHalfPastMidnightInParisFillsTheDefaultFourHundredDays() {
		// given
		mirror.springWeek();

		// when: 22:30 UTC on Sunday is already Monday in Paris
		LocalDate recorded = service.recordObserved(Instant.parse("2026-03-29T22:30:00Z"));

		// then
		assertThat(recorded).isEqualTo(MONDAY);
		List<TrendPoint> trend = figures.load(null, 400).orElseThrow().trend();
		assertThat(trend).hasSize(400);
		assertThat(trend.get(0).date()).isEqualTo(MONDAY.minusDays(399));
		assertThat(trend.subList(0, 399)).allMatch(TrendPoint::reconstructed);
		assertThat(trend.get(399)).isEqualTo(point("2026-03-30", 9, 3, 2, 2, false));
		assertThat(trend.get(398)).isEqualTo(point("2026-03-29", 9, 4, 1, 0, true));
		// ticket 5, the oldest, was opened on 2025-11-01 (Paris): open from that day on
		assertThat(trend).filteredOn(p -> p.date().isBefore(day("2025-11-01"))).allMatch(p -> p.open() == 0);
		assertThat(trend).filteredOn(p -> p.date().equals(day("2025-11-01")))
			.singleElement()
			.isEqualTo(point("2025-11-01", 1, 1, 0, 0, true));
	}

	private static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}

	private static TrendPoint point(String date, long open, long opened, long solved, long closed,
			boolean reconstructed) {
		return new TrendPoint(day(date), open, opened, solved, closed, reconstructed, 0L);
	}

}
