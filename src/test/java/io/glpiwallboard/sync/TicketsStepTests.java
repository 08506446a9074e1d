package io.glpiwallboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.glpiwallboard.glpi.GlpiClient;
import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimulatorCredentials;
import io.glpiwallboard.simulator.SimulatorSettings;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.StepContribution;

/**
 * The tickets step on its own: which ticket pass it runs, what it derives when GLPI
 * denied the entity or group list, and the watermark it leaves for the next run.
 */
class TicketsStepTests {

	static final GlpiSimulator simulator = GlpiSimulator
		.start(SimulatorSettings.defaults().withTickets(300).withSeed(7L));

	/**
	 * The product's clock, far from GLPI's: what comes from one and not the other shows.
	 */
	static final Clock PRODUCT_CLOCK = Clock.fixed(Instant.parse("2020-01-06T08:00:00Z"), ZoneOffset.UTC);

	static final long RUN_ID = 5;

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	final StepFixture fixture = new StepFixture();

	final ActiveRun active = new ActiveRun();

	@AfterAll
	static void stopSimulator() {
		simulator.close();
	}

	@Test
	void aFirstIncrementalRunMirrorsEveryTicketAsAFullSyncWould() {
		// given: no watermark, so no previous run to continue from

		// when
		run(SyncMode.INCREMENTAL);

		// then
		assertThat(MirrorAssertions.mirror(fixture.jdbc)).containsExactlyElementsOf(MirrorAssertions.truth(simulator));
	}

	@Test
	void anIncrementalRunReadsOnlyTheTicketsModifiedSinceTheWatermarkMinusTheOverlap() {
		// given: a mirror up to date, and a watermark one overlap (an hour) after a quiet
		// moment in the middle of GLPI's history, so that about half the tickets changed
		// since
		run(SyncMode.FULL, RUN_ID - 1, null);
		Instant quiet = quietMomentInTheMiddle();
		fixture.state.put(SyncState.WATERMARK, quiet.plus(Duration.ofHours(1)).toString());

		// when
		run(SyncMode.INCREMENTAL, RUN_ID, PARIS.getRules().getOffset(quiet));

		// then
		List<Long> changed = simulator.data()
			.tickets()
			.stream()
			.filter(t -> t.dateMod().isAfter(quiet))
			.map(t -> t.id())
			.sorted()
			.toList();
		assertThat(changed).hasSizeBetween(50, 250);
		assertThat(fixture.jdbc.queryForList("SELECT id FROM glpi_ticket WHERE last_seen_run = ? ORDER BY id",
				Long.class, RUN_ID))
			.containsExactlyElementsOf(changed);
	}

	@Test
	void theWatermarkIsGlpisClockWhenThePassStartedNotTheProductsOwn() {
		// given: the product's clock six years behind GLPI's
		Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

		// when
		StepContribution contribution = run(SyncMode.FULL);

		// then: GLPI's Date header (one-second resolution), so that no change GLPI stamps
		// is missed whatever the two clocks say
		Instant watermark = fixture.state.watermark().orElseThrow();
		assertThat(watermark).isBetween(before, Instant.now());
		assertThat(SyncJob.jobContext(contribution).getLong(SyncJob.TICKETS)).isEqualTo(300);
	}

	@Test
	void entitiesAndGroupsGlpiDeniedAreDerivedFromTheMirroredTickets() {
		// given: GLPI denied both lists, and the mirror still holds an entity and a group
		// of an earlier run
		active.entitiesDenied(true);
		active.groupsDenied(true);
		tree("glpi_entity", 9999, RUN_ID - 1);
		tree("glpi_group", 9999, RUN_ID - 1);

		// when
		run(SyncMode.FULL);

		// then: exactly the entities and assigned groups the tickets name
		assertThat(ids("glpi_entity")).containsExactlyElementsOf(
				simulator.data().tickets().stream().map(t -> t.entityId()).distinct().sorted().toList());
		assertThat(ids("glpi_group")).containsExactlyElementsOf(simulator.data()
			.tickets()
			.stream()
			.flatMap(t -> t.team().groups().stream())
			.distinct()
			.sorted()
			.toList());
	}

	@Test
	void entitiesAndGroupsGlpiListedAreLeftAsTheEarlierStepsMirroredThem() {
		// given: the entity and group steps mirrored one entity and one group (this run),
		// neither named by any ticket
		tree("glpi_entity", 9999, RUN_ID);
		tree("glpi_group", 9999, RUN_ID);

		// when
		run(SyncMode.FULL);

		// then
		assertThat(ids("glpi_entity")).containsExactly(9999L);
		assertThat(ids("glpi_group")).containsExactly(9999L);
	}

	private StepContribution run(SyncMode mode) {
		return run(mode, RUN_ID, null);
	}

	/**
	 * Runs the step as the connect step leaves it: logged in, with the UTC offset of GLPI
	 * learnt by the last run ({@code null}: none).
	 */
	private StepContribution run(SyncMode mode, long runId, ZoneOffset knownServerOffset) {
		GlpiClient client = StepFixture.clients(simulator, SimulatorCredentials.demo(), PRODUCT_CLOCK).create();
		client.connect();
		active.start(new SyncRun(runId, client, PARIS, fixture.tickets, knownServerOffset));
		StepContribution contribution = StepFixture.contribution(mode, "tickets");
		SyncProperties properties = new SyncProperties(Duration.ofHours(1), Duration.ofSeconds(10), 400, 0.5);
		new TicketsStep(active, fixture.tickets, new EntitySync(new EntityMirror(fixture.jdbc)),
				new GroupSync(new GroupMirror(fixture.jdbc)), fixture.state, properties, PRODUCT_CLOCK)
			.execute(contribution, null);
		return contribution;
	}

	/**
	 * The middle of the widest gap between two ticket changes among the middle half of
	 * the changes: no change is near it, whatever a second or a time zone does.
	 */
	private static Instant quietMomentInTheMiddle() {
		List<Instant> changes = simulator.data().tickets().stream().map(t -> t.dateMod()).sorted().toList();
		Instant best = null;
		Duration widest = Duration.ZERO;
		for (int i = changes.size() / 4; i < changes.size() * 3 / 4; i++) {
			Duration gap = Duration.between(changes.get(i), changes.get(i + 1));
			if (gap.compareTo(widest) > 0) {
				widest = gap;
				best = changes.get(i).plus(gap.dividedBy(2));
			}
		}
		assertThat(widest).isGreaterThan(Duration.ofHours(3));
		return best;
	}

	private void tree(String table, long id, long runId) {
		fixture.jdbc.update("INSERT INTO " + table + " (id, name, completename, last_seen_run) VALUES (?, ?, ?, ?)", id,
				"Old " + id, "Old " + id, runId);
	}

	private List<Long> ids(String table) {
		return fixture.jdbc.queryForList("SELECT id FROM " + table + " ORDER BY id", Long.class);
	}

}
