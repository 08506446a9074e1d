package io.glpiwallboard.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimTicket;
import io.glpiwallboard.simulator.SimulatorSettings;
import io.glpiwallboard.sync.SyncMode;
import io.glpiwallboard.sync.SyncOutcome;
import io.glpiwallboard.sync.SyncService;
import io.glpiwallboard.testing.FullContextTest;
import io.glpiwallboard.testing.GlpiUnderTest;
import io.glpiwallboard.testing.SettableClock;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole product against the simulator: a full sync with a fixed seed and clock, then
 * what {@code /api/wallboard} says, compared with figures worked out from the simulator's
 * rows ({@link SimulatorTruth}). GLPI runs in New York time, the board in Paris time, on
 * the Monday after the spring DST change, so dates cross both zones' day boundaries.
 */
@FullContextTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatorTruthTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** Monday 2026-03-30, 17:00 in Paris. */
	private static final Instant NOW = Instant.parse("2026-03-30T15:00:00Z");

	private static final LocalDate TODAY = LocalDate.parse("2026-03-30");

	private static final GlpiSimulator SIMULATOR = GlpiSimulator.start(SimulatorSettings.defaults()
		.withTickets(2500)
		.withSeed(20260330L)
		.withClock(Clock.fixed(NOW, ZoneOffset.UTC))
		.withServerZone(ZoneId.of("America/New_York")));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	private SettableClock clock;

	@Autowired
	private SyncService sync;

	@Value("${local.server.port}")
	private int port;

	private final SimulatorTruth truth = new SimulatorTruth(SIMULATOR.data(), PARIS);

	@BeforeAll
	void fullSync() {
		clock.pin(NOW);
		GlpiUnderTest.connect(GlpiUnderTest.to(SIMULATOR));
		SyncOutcome outcome = sync.run(SyncMode.FULL, false);
		assertThat(outcome.success()).as(outcome.message()).isTrue();
	}

	@AfterAll
	void stopSimulator() {
		clock.run();
		SIMULATOR.close();
	}

	@Test
	void theWholeHelpdeskShowsTheSimulatorsOpenTicketsAndTodaysFlows() throws Exception {
		// given
		List<SimTicket> open = truth.open(null);
		long[] flows = truth.flows(TODAY, null);

		// when
		JsonNode board = get("/api/wallboard");

		// then
		assertThat(board.get("day").asString()).isEqualTo(TODAY.toString());
		assertThat(board.get("open").get("total").asLong()).isEqualTo(open.size()).isPositive();
		assertThat(longs(board.get("open").get("byStatus"))).isEqualTo(SimulatorTruth.countBy(open, SimTicket::status));
		assertThat(longs(board.get("open").get("byPriority")))
			.isEqualTo(SimulatorTruth.countBy(open, SimTicket::priority, 1, 2, 3, 4, 5, 6));
		assertThat(longs(board.get("open").get("byType")))
			.isEqualTo(SimulatorTruth.countBy(open, SimTicket::type, 1, 2));
		assertThat(List.of(board.get("today").get("opened").asLong(), board.get("today").get("solved").asLong(),
				board.get("today").get("closed").asLong()))
			.containsExactly(flows[0], flows[1], flows[2]);
		assertThat(flows[0] + flows[1] + flows[2]).as("the seed gives the day some traffic").isPositive();
	}

	@Test
	void everyEntityShowsItsOwnOpenTicketsAndThoseOfItsDescendants() throws Exception {
		// given
		Map<Long, long[]> expected = truth.openPerEntity();

		// when
		JsonNode entities = get("/api/wallboard").get("entities");

		// then
		Map<Long, List<Long>> shown = new LinkedHashMap<>();
		entities.forEach(e -> shown.put(e.get("id").asLong(),
				List.of(e.get("open").asLong(), e.get("openIncludingChildren").asLong())));
		assertThat(shown).hasSize(expected.size());
		expected.forEach(
				(id, counts) -> assertThat(shown.get(id)).as("entity " + id).containsExactly(counts[0], counts[1]));
	}

	@Test
	void anEntityScopeShowsOnlyThatSubtree() throws Exception {
		// given: Paris (1) with its two children
		Set<Long> paris = truth.scope(1);
		List<SimTicket> open = truth.open(paris);
		long[] flows = truth.flows(TODAY, paris);

		// when
		JsonNode board = get("/api/wallboard?entity=1");

		// then
		assertThat(paris).hasSize(3);
		assertThat(board.get("open").get("total").asLong()).isEqualTo(open.size());
		assertThat(longs(board.get("open").get("byStatus"))).isEqualTo(SimulatorTruth.countBy(open, SimTicket::status));
		assertThat(board.get("today").get("opened").asLong()).isEqualTo(flows[0]);
		assertThat(board.get("today").get("solved").asLong()).isEqualTo(flows[1]);
		assertThat(board.get("today").get("closed").asLong()).isEqualTo(flows[2]);
		assertThat(board.get("entities")).extracting(e -> e.get("id").asLong())
			.containsExactlyInAnyOrderElementsOf(paris);
	}

	@Test
	void theTrendRebuildsPastDaysFromTicketDatesAndFlagsThem() throws Exception {
		// when
		JsonNode trend = get("/api/wallboard").get("trend");

		// then: 400 days, the last one observed, and sampled past days match the dates'
		// story,
		// the DST Sunday included
		assertThat(trend).hasSize(400);
		JsonNode last = trend.get(399);
		assertThat(last.get("date").asString()).isEqualTo(TODAY.toString());
		assertThat(last.get("reconstructed").asBoolean()).isFalse();
		for (int back : new int[] { 1, 2, 7, 30, 100, 399 }) {
			JsonNode point = trend.get(399 - back);
			LocalDate day = TODAY.minusDays(back);
			long[] flows = truth.flows(day, null);
			assertThat(point.get("date").asString()).isEqualTo(day.toString());
			assertThat(point.get("reconstructed").asBoolean()).as(day + " reconstructed").isTrue();
			assertThat(List.of(point.get("open").asLong(), point.get("opened").asLong(), point.get("solved").asLong(),
					point.get("closed").asLong()))
				.as(day.toString())
				.containsExactly(truth.openAtEndOf(day), flows[0], flows[1], flows[2]);
		}
	}

	@Test
	void changeSinceYesterdayAgeBucketsAndOldestTicketsMatchTheSimulatorsTickets() throws Exception {
		// when
		JsonNode board = get("/api/wallboard");

		// then
		assertThat(board.get("openChangeSinceYesterday").asLong())
			.isEqualTo(truth.open(null).size() - truth.openAtEndOf(TODAY.minusDays(1)));
		List<Long> ages = new ArrayList<>();
		board.get("age").forEach(b -> ages.add(b.get("count").asLong()));
		long[] expected = truth.ageBuckets(NOW);
		assertThat(ages).containsExactly(expected[0], expected[1], expected[2], expected[3], expected[4]);
		assertThat(board.get("oldest")).extracting(t -> t.get("id").asLong())
			.containsExactlyElementsOf(truth.oldestIds(SnapshotWriter.OLDEST_PER_ENTITY));
	}

	@Test
	void unassignedLateDueSoonAndGroupsOfTheWholeHelpdeskAreTheSimulatorsTeams() throws Exception {
		// when
		JsonNode board = get("/api/wallboard");

		// then
		assertThat(java.time.OffsetDateTime.parse(board.get("asOf").asString()).toInstant())
			.as("the as-of time late is measured at")
			.isEqualTo(NOW);
		assertTeamFigures(board.get("open"), null);
		assertThat(truth.openByGroup(null)).as("the seed gives several groups open tickets").hasSizeGreaterThan(2);
		assertThat(truth.late(null, NOW)).as("and some late tickets").isNotEmpty();
		Map<Long, Long> byGroup = truth.openByGroup(null);
		assertThat(board.get("groups")).extracting(g -> g.get("id").asLong())
			.containsExactlyInAnyOrderElementsOf(byGroup.keySet());
		for (JsonNode g : board.get("groups")) {
			long id = g.get("id").asLong();
			List<SimTicket> mine = truth.openInGroup(id, null);
			assertThat(g.get("open").asLong()).as("group " + id).isEqualTo(mine.size());
			assertThat(g.get("late").asLong()).as("group " + id + " late")
				.isEqualTo(mine.stream().filter(this::late).count());
			assertThat(g.get("unassigned").asLong()).as("group " + id + " without a technician")
				.isEqualTo(truth.waitingForTechnician(id, null).size());
		}
	}

	@Test
	void anEntityScopeRestrictsTheTeamFigures() throws Exception {
		// when
		JsonNode board = get("/api/wallboard?entity=1");

		// then
		assertTeamFigures(board.get("open"), truth.scope(1));
	}

	@Test
	void aGroupScopeAloneOrWithinAnEntityCountsTheGroupsTickets() throws Exception {
		for (long group : truth.openByGroup(null).keySet()) {
			for (Long entity : new Long[] { null, 1L }) {
				// given
				Set<Long> scope = entity == null ? null : truth.scope(entity);
				List<SimTicket> open = truth.openInGroup(group, scope);

				// when
				JsonNode board = get("/api/wallboard?group=" + group + (entity == null ? "" : "&entity=" + entity));

				// then
				String what = "group " + group + (entity == null ? "" : " in entity " + entity);
				assertThat(board.get("open").get("total").asLong()).as(what).isEqualTo(open.size());
				assertThat(longs(board.get("open").get("byStatus"))).as(what)
					.isEqualTo(SimulatorTruth.countBy(open, SimTicket::status));
				assertThat(board.get("open").get("unassigned").asLong()).as(what + ": no technician")
					.isEqualTo(truth.waitingForTechnician(group, scope).size());
				assertThat(board.get("open").get("late").asLong()).as(what + ": late")
					.isEqualTo(open.stream().filter(this::late).count());
				assertThat(board.get("open").get("dueSoon").asLong()).as(what + ": due soon")
					.isEqualTo(open.stream().filter(this::dueSoon).count());
				assertThat(board.get("open").get("noGroup").asLong()).as(what).isZero();
				assertThat(board.get("trend")).as(what + ": observed days only").hasSize(1);
			}
		}
	}

	@Test
	void eachReconstructedDayCountsTheTicketsLateAtItsEnd() throws Exception {
		// when
		JsonNode trend = get("/api/wallboard").get("trend");

		// then
		assertThat(trend.get(399).get("late").asLong()).isEqualTo(truth.late(null, NOW).size());
		long lateDays = 0;
		for (int back : new int[] { 1, 2, 3, 7, 30, 100, 399 }) {
			LocalDate day = TODAY.minusDays(back);
			long late = truth.lateAtEndOf(day);
			lateDays += late > 0 ? 1 : 0;
			assertThat(trend.get(399 - back).get("late").asLong()).as(day.toString()).isEqualTo(late);
		}
		assertThat(lateDays).as("the seed has late tickets on past days").isPositive();
	}

	/**
	 * unassigned, late, due soon, per group and no group against the simulator's rows.
	 */
	private void assertTeamFigures(JsonNode open, Set<Long> scope) {
		assertThat(open.get("unassigned").asLong()).isEqualTo(truth.unassigned(scope).size());
		assertThat(open.get("late").asLong()).isEqualTo(truth.late(scope, NOW).size());
		assertThat(open.get("dueSoon").asLong()).isEqualTo(truth.dueSoon(scope, NOW, Duration.ofHours(24)).size());
		assertThat(open.get("noGroup").asLong()).isEqualTo(truth.noGroup(scope));
		Map<String, Long> byGroup = new LinkedHashMap<>();
		truth.openByGroup(scope).forEach((g, n) -> byGroup.put(Long.toString(g), n));
		assertThat(longs(open.get("byGroup"))).isEqualTo(byGroup);
	}

	private boolean late(SimTicket t) {
		return SimulatorTruth.deadline(t) != null && SimulatorTruth.deadline(t).isBefore(NOW);
	}

	private boolean dueSoon(SimTicket t) {
		Instant due = SimulatorTruth.deadline(t);
		return due != null && !due.isBefore(NOW) && due.isBefore(NOW.plus(Duration.ofHours(24)));
	}

	private JsonNode get(String path) throws Exception {
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static Map<String, Long> longs(JsonNode object) {
		Map<String, Long> values = new LinkedHashMap<>();
		object.properties().forEach(e -> values.put(e.getKey(), e.getValue().asLong()));
		return values;
	}

}
