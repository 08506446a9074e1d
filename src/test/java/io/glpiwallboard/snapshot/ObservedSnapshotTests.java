package io.glpiwallboard.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.glpiwallboard.snapshot.WallboardFigures.AgeBucket;
import io.glpiwallboard.snapshot.WallboardFigures.EntityLine;
import io.glpiwallboard.snapshot.WallboardFigures.OldTicket;
import io.glpiwallboard.snapshot.WallboardFigures.Today;
import io.glpiwallboard.snapshot.WallboardFigures.TrendPoint;
import io.glpiwallboard.testing.FullContextTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The observed snapshot of {@link MirrorFixture#springWeek()} on Monday 2026-03-30 at
 * 12:00 Paris time, against numbers worked out by hand from the fixture's table.
 */
@ExtendWith(OutputCaptureExtension.class)
@FullContextTest
class ObservedSnapshotTests {

	private static final LocalDate MONDAY = LocalDate.parse("2026-03-30");

	private static final Instant NOON = Instant.parse("2026-03-30T10:00:00Z");

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SnapshotWriter writer;

	@Autowired
	private FiguresRepository figures;

	private MirrorFixture mirror;

	@BeforeEach
	void springWeek() {
		mirror = new MirrorFixture(jdbc, MirrorFixture.PARIS);
		mirror.clear();
		mirror.springWeek();
	}

	@Test
	void openTicketsAreCountedOnceByStatusPriorityAndTypeWithoutTrashedSolvedOrClosedOnes() {
		// when
		writer.writeObserved(MONDAY, NOON);

		// then: 1, 2, 3, 4, 5, 6, 12, 14, 15 are open (10 is trashed; 7, 8, 9, 11, 13
		// solved or closed)
		WallboardFigures f = figures.load(null, 1).orElseThrow();
		assertThat(f.day()).isEqualTo(MONDAY);
		assertThat(f.asOf()).isEqualTo(NOON);
		assertThat(f.open().total()).isEqualTo(9);
		assertThat(f.open().byStatus()).containsExactly(Map.entry("1", 2L), Map.entry("2", 3L), Map.entry("3", 1L),
				Map.entry("4", 1L), Map.entry("10", 1L), Map.entry("42", 1L));
		assertThat(f.open().byPriority()).containsExactly(Map.entry("1", 1L), Map.entry("2", 1L), Map.entry("3", 4L),
				Map.entry("4", 1L), Map.entry("5", 1L), Map.entry("6", 1L));
		assertThat(f.open().byType()).containsExactly(Map.entry("1", 5L), Map.entry("2", 4L));
	}

	@Test
	void openTicketsAreAlsoKeptByCategoryWithZeroForNone() {
		// when
		writer.writeObserved(MONDAY, NOON);

		// then
		List<Map<String, Object>> byCategory = jdbc
			.queryForList("SELECT category_id, SUM(open_count) AS n FROM snapshot_open"
					+ " WHERE snapshot_date = ? GROUP BY category_id ORDER BY category_id", MONDAY);
		assertThat(byCategory).extracting(r -> ((Number) r.get("CATEGORY_ID")).longValue() + "=" + r.get("N"))
			.containsExactly("0=4", "10=3", "11=1", "12=1");
	}

	@Test
	void todaysFlowsFollowParisCalendarDaysNotUtcDays() {
		// when
		writer.writeObserved(MONDAY, NOON);

		// then: opened 1 (22:30 UTC on Sunday), 8, 14; solved 7, 8; closed 8 and 9 (22:10
		// UTC on Sunday,
		// without date_solve). 2 and 13 belong to Sunday; trashed 10 and 11 count
		// nowhere.
		assertThat(figures.load(null, 1).orElseThrow().today()).isEqualTo(new Today(3, 2, 2));
	}

	@Test
	void backlogAgeIsCountedInWholeDaysSinceOpeningAcrossTheDstChange() {
		// when
		writer.writeObserved(MONDAY, NOON);

		// then: < 1 day 1, 2, 14; 1-7 days 3, 6 and 15 (24.5 h, stored with a +02:00
		// offset);
		// 8-30 days 12 (exactly 29 days); 31-90 days 4 (79 days); > 90 days 5 (149 days)
		assertThat(figures.load(null, 1).orElseThrow().age()).extracting(AgeBucket::label, AgeBucket::count)
			.containsExactly(tuple("< 1 day", 3L), tuple("1-7 days", 3L), tuple("8-30 days", 1L),
					tuple("31-90 days", 1L), tuple("> 90 days", 1L));
	}

	@Test
	void oldestOpenTicketsComeOldestFirstWithTheirEntity() {
		// when
		writer.writeObserved(MONDAY, NOON);

		// then
		List<OldTicket> oldest = figures.load(null, 1).orElseThrow().oldest();
		assertThat(oldest).extracting(OldTicket::id).containsExactly(5L, 4L, 12L, 6L, 3L, 15L, 2L, 1L, 14L);
		assertThat(oldest.get(0).entity()).isEqualTo("No entity");
		assertThat(oldest.get(0).openedAt()).isEqualTo(Instant.parse("2025-11-01T08:00:00Z"));
		assertThat(oldest.get(1).entity()).isEqualTo("Root > Paris");
		assertThat(oldest.get(1).status()).isEqualTo(42);
	}

	@Test
	void entityLinesShowTheEntityItselfAndWithItsDescendants() {
		// when
		writer.writeObserved(MONDAY, NOON);

		// then: ticket 5 has no entity, so Root's total (8) is one short of the whole
		// scope's (9): it
		// gets a line of its own
		assertThat(figures.load(null, 1).orElseThrow().entities())
			.extracting(EntityLine::completename, EntityLine::level, EntityLine::open,
					EntityLine::openIncludingChildren)
			.containsExactly(tuple("Root", 1, 1L, 8L), tuple("Root > Lyon", 2, 1L, 1L),
					tuple("Root > Paris", 2, 3L, 6L), tuple("Root > Paris > IT", 3, 3L, 3L),
					tuple("No entity", 1, 1L, 1L));
	}

	@Test
	void ticketsOfAnEntityGlpiDidNotListGetARowOfTheirOwnSoEntityRowsAddUpToTheTotal(CapturedOutput output) {
		// given: ticket 16's entity was created after the entity step (or the account may
		// not read it)
		mirror.put(mirror.ticket(16, 77L, "2026-03-30T08:00:00Z"));

		// when
		writer.writeObserved(MONDAY, NOON);

		// then
		WallboardFigures f = figures.load(null, 1).orElseThrow();
		assertThat(f.open().total()).isEqualTo(10);
		assertThat(f.entities()).extracting(EntityLine::id, EntityLine::completename, EntityLine::open)
			.endsWith(tuple(77L, "Unknown entity #77", 1L), tuple(-1L, "No entity", 1L));
		assertThat(f.entities().stream().mapToLong(EntityLine::open).sum()).isEqualTo(f.open().total());
		assertThat(figures.load(77L, 1)).as("no board of its own").isEmpty();
		assertThat(output.getOut())
			.containsOnlyOnce("1 open tickets are in entities missing from GLPI's entity list (#77)")
			.containsOnlyOnce("1 open tickets have no entity");
	}

	@Test
	void aMissingStatusPriorityOrTypeIsCountedOnceUnderZero() {
		// given: GLPI sent no status (stored as 0, an unknown status, hence open), no
		// priority, no type
		mirror.put(mirror.ticket(16, 2L, "2026-03-30T08:00:00Z").status(0).priority(null).type(null));

		// when
		writer.writeObserved(MONDAY, NOON);

		// then: every breakdown still adds up to the total
		WallboardFigures f = figures.load(null, 1).orElseThrow();
		assertThat(f.open().total()).isEqualTo(10);
		assertThat(f.open().byStatus()).containsEntry("0", 1L);
		assertThat(f.open().byPriority()).containsEntry("0", 1L);
		assertThat(f.open().byType()).containsEntry("0", 1L);
		for (Map<String, Long> breakdown : List.of(f.open().byStatus(), f.open().byPriority(), f.open().byType())) {
			assertThat(breakdown.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(10);
		}
	}

	@Test
	void anEntityScopeRestrictsEveryFigureToThatEntityAndItsDescendants() {
		// when
		writer.writeObserved(MONDAY, NOON);

		// then: Paris (1) with IT (2): open 1, 2, 3, 4, 14, 15
		WallboardFigures paris = figures.load(1L, 1).orElseThrow();
		assertThat(paris.entityId()).isEqualTo(1L);
		assertThat(paris.open().total()).isEqualTo(6);
		assertThat(paris.open().byStatus()).containsExactly(Map.entry("1", 2L), Map.entry("2", 2L), Map.entry("10", 1L),
				Map.entry("42", 1L));
		assertThat(paris.open().byPriority()).containsExactly(Map.entry("1", 0L), Map.entry("2", 1L),
				Map.entry("3", 3L), Map.entry("4", 1L), Map.entry("5", 0L), Map.entry("6", 1L));
		assertThat(paris.open().byType()).containsExactly(Map.entry("1", 3L), Map.entry("2", 3L));
		assertThat(paris.today()).isEqualTo(new Today(3, 1, 2));
		assertThat(paris.age()).extracting(AgeBucket::count).containsExactly(3L, 2L, 0L, 1L, 0L);
		assertThat(paris.oldest()).extracting(OldTicket::id).containsExactly(4L, 3L, 15L, 2L, 1L, 14L);
		assertThat(paris.entities()).extracting(EntityLine::id, EntityLine::open, EntityLine::openIncludingChildren)
			.containsExactly(tuple(1L, 3L, 6L), tuple(2L, 3L, 3L));
		assertThat(paris.trend()).extracting(TrendPoint::open).containsExactly(6L);
	}

	@Test
	void aLeafEntityShowsOnlyItsOwnTicketsAndAnUnknownEntityHasNoFigures() {
		// when
		writer.writeObserved(MONDAY, NOON);

		// then: entity 2 (Root > Paris > IT) has no sub-entity: open 1, 2, 14; opened
		// today
		// 1, 8, 14; solved and closed today 8
		WallboardFigures it = figures.load(2L, 1).orElseThrow();
		assertThat(it.open().total()).isEqualTo(3);
		assertThat(it.today()).isEqualTo(new Today(3, 1, 1));
		assertThat(figures.load(99L, 1)).isEmpty();
	}

	@Test
	void rerunningTheSameDayReplacesItsSnapshotInsteadOfAddingToIt() {
		// given: the board already shows the first run's figures
		writer.writeObserved(MONDAY, NOON);
		assertThat(figures.load(null, 7).orElseThrow().open().total()).isEqualTo(9);
		mirror.put(mirror.ticket(14, 2L, "2026-03-30T09:30:00Z").solved("2026-03-30T10:15:00Z"));

		// when
		writer.writeObserved(MONDAY, Instant.parse("2026-03-30T10:30:00Z"));
		writer.writeObserved(MONDAY, Instant.parse("2026-03-30T10:45:00Z"));

		// then
		WallboardFigures f = figures.load(null, 7).orElseThrow();
		assertThat(f.asOf()).isEqualTo(Instant.parse("2026-03-30T10:45:00Z"));
		assertThat(f.open().total()).isEqualTo(8);
		assertThat(f.today()).isEqualTo(new Today(3, 3, 2));
		assertThat(f.age()).extracting(AgeBucket::count).containsExactly(2L, 3L, 1L, 1L, 1L);
		assertThat(f.oldest()).hasSize(8);
		assertThat(f.trend()).extracting(TrendPoint::date, TrendPoint::open, TrendPoint::reconstructed)
			.containsExactly(tuple(MONDAY, 8L, false));
	}

	@Test
	void aPastObservedDayStaysFrozenWhenALaterDayIsRecorded() {
		// given: Sunday evening, before tickets 1, 8 and 14 exist and before 7 and 9 were
		// resolved
		for (long id : new long[] { 1, 8, 14 }) {
			jdbc.update("DELETE FROM glpi_ticket WHERE id = ?", id);
		}
		mirror.put(mirror.ticket(7, 3L, "2026-03-27T08:00:00Z"), mirror.ticket(9, 1L, "2026-03-20T08:00:00Z"));
		writer.writeObserved(LocalDate.parse("2026-03-29"), Instant.parse("2026-03-29T21:50:00Z"));

		// when: Monday's sync sees the whole week
		mirror.springWeek();
		writer.writeObserved(MONDAY, NOON);

		// then: Sunday keeps what was observed on Sunday (2, 3, 4, 5, 6, 7, 9, 12, 15
		// open; 2, 3, 13, 15 opened; 13 solved)
		List<TrendPoint> trend = figures.load(null, 2).orElseThrow().trend();
		assertThat(trend).containsExactly(new TrendPoint(LocalDate.parse("2026-03-29"), 9, 4, 1, 0, false, 0L),
				new TrendPoint(MONDAY, 9, 3, 2, 2, false, 0L));
	}

}
