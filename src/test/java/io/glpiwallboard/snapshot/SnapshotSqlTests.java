package io.glpiwallboard.snapshot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.glpiwallboard.snapshot.WallboardFigures.GroupLine;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snapshot's SQL alone, in a JDBC test slice (no application, no web server, no
 * sync): the product's migrations on an in-memory H2, each test rolled back, the
 * hand-checked mirror of {@link MirrorFixture#springWeekWithTeams()}, two observed
 * snapshots (Sunday 03-29 18:00 UTC, then Monday 03-30 10:00 UTC, due soon = 24 h, days
 * in Paris) and the figures read back through {@link FiguresRepository}, as the board,
 * the API, the workbook and the mail read them.
 * <p>
 * Between the two snapshots ticket 20 (Lyon, no deadline, no team) is solved on Monday
 * 08:00 UTC: open on Sunday 10, on Monday 9 (1, 2, 3, 4, 5, 6, 12, 14, 15).
 */
@JdbcTest
@Import({ FiguresRepository.class, ScopeQueries.class, OpenTickets.class })
class SnapshotSqlTests {

	static final Instant SUNDAY = Instant.parse("2026-03-29T18:00:00Z");

	static final Instant MONDAY = Instant.parse("2026-03-30T10:00:00Z");

	static final LocalDate TODAY = LocalDate.parse("2026-03-30");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	FiguresRepository figures;

	@Autowired
	OpenTickets tickets;

	@BeforeEach
	void twoObservedSnapshotsOfTheSpringWeek() {
		// given: the product's schema (each test's writes are rolled back)
		SnapshotWriter writer = new SnapshotWriter(jdbc, tx, new SnapshotProperties(400, Duration.ofHours(24)));
		MirrorFixture mirror = new MirrorFixture(jdbc, MirrorFixture.PARIS);
		mirror.springWeekWithTeams();
		MirrorFixture.Ticket twenty = mirror.ticket(20, 3L, "2026-03-29T08:00:00Z");
		mirror.put(twenty);
		writer.writeObserved(LocalDate.parse("2026-03-29"), SUNDAY);
		mirror.put(twenty.solved("2026-03-30T08:00:00Z"));
		writer.writeObserved(TODAY, MONDAY);
	}

	@Test
	void everythingCountsTheOpenTicketsTheirServiceLevelsAndTheChangeSinceYesterday() {
		// when
		WallboardFigures all = figures.forScope(Scope.everything(), 30).orElseThrow();

		// then
		assertThat(all.day()).isEqualTo(TODAY);
		assertThat(all.asOf()).isEqualTo(MONDAY);
		assertThat(all.open().total()).isEqualTo(9);
		// unassigned 4, 12; late 2, 3, 6, 12 (1 is due exactly at the as-of time); due
		// soon 1, 4, 15
		assertThat(all.open().unassigned()).isEqualTo(2);
		assertThat(all.open().late()).isEqualTo(4);
		assertThat(all.open().dueSoon()).isEqualTo(3);
		assertThat(all.open().noGroup()).isEqualTo(4);
		assertThat(all.openYesterday()).isEqualTo(10);
		assertThat(all.openChangeSinceYesterday()).isEqualTo(-1);
		// opened 1 (00:30 in Paris), 8, 14; solved 7, 8, 20; closed 8, 9 (00:10 in
		// Paris); trashed 10 and 11 nowhere
		assertThat(all.today()).isEqualTo(new WallboardFigures.Today(3, 3, 2));
		// < 1 day 1, 2, 14; 1-7 days 3, 6, 15; 8-30 days 12; 31-90 days 4; > 90 days 5
		assertThat(all.age()).extracting(WallboardFigures.AgeBucket::count).containsExactly(3L, 3L, 1L, 1L, 1L);
		assertThat(all.age()).extracting(WallboardFigures.AgeBucket::label).isEqualTo(TicketLabels.AGE_BUCKETS);
	}

	@Test
	void eachEntityCountsItsOwnTicketsAndThoseOfItsDescendants() {
		// when
		WallboardFigures all = figures.forScope(Scope.everything(), 30).orElseThrow();
		WallboardFigures paris = figures.forScope(Scope.entity(1L), 30).orElseThrow();

		// then: Root 12; Paris 3, 4, 15 and IT below it 1, 2, 14; Lyon 6; no entity 5
		assertThat(all.entities()).extracting(e -> e.completename() + "|" + e.open() + "|" + e.openIncludingChildren())
			.containsExactly("Root|1|8", "Root > Lyon|1|1", "Root > Paris|3|6", "Root > Paris > IT|3|3",
					"No entity|1|1");
		assertThat(paris.open().total()).isEqualTo(6);
		assertThat(paris.open().late()).isEqualTo(2);
		assertThat(paris.open().dueSoon()).isEqualTo(3);
		assertThat(paris.open().unassigned()).isEqualTo(1);
		assertThat(figures.ownOpenByPriority(paris))
			.isEqualTo(Map.of(1L, Map.of(6, 1L, 2, 1L, 3, 1L), 2L, Map.of(3, 2L, 4, 1L)));
	}

	@Test
	void eachGroupCountsItsLateDueSoonAndTicketsWithoutATechnician() {
		// when
		WallboardFigures all = figures.forScope(Scope.everything(), 30).orElseThrow();
		WallboardFigures n1 = figures.forScope(Scope.group(101), 30).orElseThrow();

		// then: 101 has 1, 2, 15 (2 late and without technician; 1 and 15 due soon); 102
		// has 2, 5, 14
		// (5 is due exactly 24 h after the as-of time: not due soon)
		assertThat(all.groups()).containsExactly(new GroupLine(101, "Support > N1", 3, 1, 2, 1),
				new GroupLine(102, "Support > Network <LAN> & \"Wi-Fi\"", 3, 1, 0, 2));
		assertThat(n1.open().total()).isEqualTo(3);
		assertThat(n1.open().unassigned()).as("without a technician").isEqualTo(1);
		assertThat(n1.open().late()).isEqualTo(1);
		assertThat(n1.open().dueSoon()).isEqualTo(2);
		// both days were observed with team figures: the same three tickets on Sunday
		assertThat(n1.trend()).extracting(WallboardFigures.TrendPoint::open).containsExactly(3L, 3L);
		assertThat(n1.openChangeSinceYesterday()).isZero();
		assertThat(figures.name(new Scope(1L, 101L))).isEqualTo("Support > N1 in Root > Paris");
	}

	@Test
	void theTicketsOfNoGroupHaveTheirOwnServiceLevels() {
		// when
		WallboardFigures all = figures.forScope(Scope.everything(), 30).orElseThrow();

		// then: 3, 4, 6, 12; late 3, 6, 12; due soon 4; no technician 3 (a supplier
		// only), 4, 12
		assertThat(figures.withoutGroup(all)).contains(new GroupLine(GroupDirectory.NO_GROUP, "No group", 4, 3, 1, 3));
		assertThat(figures.withoutGroup(figures.forScope(Scope.group(101), 30).orElseThrow())).isEmpty();
	}

	@Test
	void theTicketListHoldsTheOpenTicketsOfTheScopeInIdOrder() {
		// when
		List<Long> lyon = new ArrayList<>();
		tickets.forEach(Scope.entity(3L), t -> lyon.add(t.id()));
		List<Long> n1 = new ArrayList<>();
		tickets.forEach(Scope.group(101), t -> n1.add(t.id()));

		// then: 20 was solved, 7 and 13 too, 11 is in the trash
		assertThat(lyon).containsExactly(6L);
		assertThat(n1).containsExactly(1L, 2L, 15L);
	}

}
