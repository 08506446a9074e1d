package io.glpiwallboard.wallboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import io.glpiwallboard.snapshot.MirrorFixture;
import io.glpiwallboard.snapshot.SnapshotPublisher;
import io.glpiwallboard.snapshot.SnapshotService;
import io.glpiwallboard.sync.SyncState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API, the live board and the static board over the hand-checked teams of
 * {@link MirrorFixture#springWeekWithTeams()}, snapshot on Monday 2026-03-30 at 12:00 in
 * Paris.
 */
// A context of its own: wallboard.board.top-entities is bound at start-up.
@SpringBootTest(properties = { "schedule.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:team-board;DB_CLOSE_DELAY=-1", "wallboard.time-zone=Europe/Paris",
		"report.dir=target/team-board-reports", "wallboard.board.top-entities=8" })
@AutoConfigureMockMvc
class TeamBoardTests {

	static final Instant NOON = Instant.parse("2026-03-30T10:00:00Z");

	static final String NETWORK_ESCAPED = "Support &gt; Network &lt;LAN&gt; &amp; &quot;Wi-Fi&quot;";

	@TestBean
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SnapshotService snapshots;

	@Autowired
	SyncState syncState;

	@Autowired
	LatestSnapshot boardState;

	@Autowired
	List<SnapshotPublisher> publishers;

	static Clock clock() {
		return Clock.fixed(NOON.plusSeconds(300), ZoneId.of("Europe/Paris"));
	}

	@BeforeEach
	void snapshotOfTheSpringWeekWithTeams() throws Exception {
		MirrorFixture mirror = new MirrorFixture(jdbc, MirrorFixture.PARIS);
		mirror.clear();
		mirror.springWeekWithTeams();
		// ticket 16's entity is missing from GLPI's entity list
		mirror.put(mirror.ticket(16, 77L, "2026-03-30T08:00:00Z"));
		syncState.put(SyncState.LAST_SUCCESS, NOON.toString());
		publish(NOON);
	}

	/**
	 * A new snapshot, as a sync ends: the board's caches follow, the static board is
	 * written.
	 */
	private void publish(Instant asOf) throws Exception {
		LocalDate day = snapshots.recordObserved(asOf);
		for (SnapshotPublisher publisher : publishers.stream().sorted(SnapshotPublisher.IN_ORDER).toList()) {
			if (publisher.afterRefresh()) {
				publisher.publish(new SnapshotPublisher.Request(day, asOf, false, false));
			}
		}
		boardState.invalidate();
	}

	@Test
	void theApiGivesTheTeamFiguresUnderExactlyTheirNames() throws Exception {
		// when
		String body = mvc.perform(get("/api/wallboard"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then: 10 open (the fixture's 9 and ticket 16)
		JsonNode api = JsonMapper.builder().build().readTree(body);
		JsonNode open = api.get("open");
		assertThat(open.get("total").asLong()).isEqualTo(10);
		assertThat(open.get("unassigned").asLong()).isEqualTo(3);
		assertThat(open.get("late").asLong()).isEqualTo(4);
		assertThat(open.get("dueSoon").asLong()).isEqualTo(3);
		assertThat(open.get("noGroup").asLong()).isEqualTo(5);
		assertThat(open.get("byGroup").get("101").asLong()).isEqualTo(3);
		assertThat(open.get("byGroup").get("102").asLong()).isEqualTo(3);
		assertThat(names(api.get("groups").get(0))).containsExactly("id", "completename", "open", "late", "unassigned");
		assertThat(api.get("groups").get(1).get("id").asLong()).isEqualTo(102);
		assertThat(api.get("groups").get(1).get("completename").asString())
			.isEqualTo("Support > Network <LAN> & \"Wi-Fi\"");
		JsonNode today = api.get("trend").get(api.get("trend").size() - 1);
		assertThat(today.get("late").asLong()).isEqualTo(4);
	}

	@Test
	void theApisEntityRowsAddUpToTheTotalWithTheUnknownAndMissingEntities() throws Exception {
		// when
		JsonNode api = JsonMapper.builder()
			.build()
			.readTree(mvc.perform(get("/api/wallboard")).andReturn().getResponse().getContentAsString());

		// then
		long sum = 0;
		List<String> names = new ArrayList<>();
		for (JsonNode e : api.get("entities")) {
			sum += e.get("open").asLong();
			names.add(e.get("completename").asString());
		}
		assertThat(sum).isEqualTo(api.get("open").get("total").asLong());
		assertThat(names).contains("Unknown entity #77", "No entity");
	}

	@Test
	void aGroupRestrictsEveryFigureAloneOrWithinAnEntity() throws Exception {
		mvc.perform(get("/api/wallboard").param("group", "101"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.group").value(101))
			.andExpect(jsonPath("$.open.total").value(3))
			.andExpect(jsonPath("$.open.unassigned").value(1))
			.andExpect(jsonPath("$.open.late").value(1))
			.andExpect(jsonPath("$.open.dueSoon").value(2))
			.andExpect(jsonPath("$.open.noGroup").value(0))
			.andExpect(jsonPath("$.open.byGroup.102").value(1))
			.andExpect(jsonPath("$.today.opened").value(2))
			.andExpect(jsonPath("$.trend.length()").value(1));
		mvc.perform(get("/api/wallboard").param("group", "102").param("entity", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.open.total").value(2))
			.andExpect(jsonPath("$.open.unassigned").value(2))
			.andExpect(jsonPath("$.open.late").value(1));
		mvc.perform(get("/api/wallboard").param("group", "999"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("unknown group 999"));
		mvc.perform(get("/api/wallboard").param("group", "101").param("entity", "99"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("unknown entity 99"));
	}

	@Test
	void theBoardShowsUnassignedLateAndDueSoonTilesAndTheTeamsWithTheirLateCount() throws Exception {
		// when
		String html = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		// then: late > 0 is amber without any setting
		assertThat(html).contains("data-kpi=\"open\">10<", "data-kpi=\"unassigned\">3<", "data-kpi=\"late\">4<",
				"data-kpi=\"dueSoon\">3<", ">Due in 24 h<");
		assertThat(html).containsPattern("class=\"kpi warning\">\\s*<div class=\"label\">Late<");
		assertThat(html)
			.contains(">By team<", "href=\"/board/group/102\"", "title=\"" + NETWORK_ESCAPED + "\"",
					">Network &lt;LAN&gt; &amp; &quot;Wi-Fi&quot;<", ">N1<", ">No team<",
					"Rows do not add up: a shared ticket counts in each team.")
			.doesNotContain("<LAN>");
		assertThat(html).contains(">Unknown entity #77<").doesNotContain("/board/77\"");
		assertThat(html).containsPattern("class=\"late-mark\">Late</span><span>Ticket 12<");
	}

	@Test
	void aGroupsBoardIsTheSameBoardForItsTicketsUnderItsEscapedName() throws Exception {
		// when
		String html = mvc.perform(get("/board/group/102").param("rotate", "all,group:102,1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then: 2, 5 and 14; 2 and 14 have no technician; 2 is late
		assertThat(html).contains("<h1>" + NETWORK_ESCAPED + "</h1>", "data-kpi=\"open\">3<", ">No technician<",
				"data-kpi=\"unassigned\">2<", "data-kpi=\"late\">1<", ">Also assigned to<", ">N1<");
		assertThat(html).contains("content=\"60; url=/board/1?rotate=all,group:102,1\"");
		assertThat(html).contains("Team history is observed, never reconstructed: it starts on 30 Mar 2026.");
		mvc.perform(get("/board/group/999")).andExpect(status().isNotFound());
		mvc.perform(get("/board/group/x")).andExpect(status().isNotFound());
		mvc.perform(get("/charts/trend.png").param("group", "102")).andExpect(status().isOk());
	}

	@Test
	void theStaticBoardWritesAPagePerGroupWithOpenTicketsAndLinksIt() throws Exception {
		// then
		Path dir = Path.of("target/team-board-reports/wallboard");
		String index = Files.readString(dir.resolve("index.html"));
		assertThat(index).contains("href=\"group-101.html\"", "href=\"group-102.html\"", NETWORK_ESCAPED)
			.doesNotContain("entity-77.html");
		String network = Files.readString(dir.resolve("group-102.html"));
		assertThat(network).contains("<h1>" + NETWORK_ESCAPED + "</h1>", "url=group-102.html",
				"data-kpi=\"unassigned\">2<");
		assertThat(dir.resolve("group-100.html")).as("no open tickets").doesNotExist();
	}

	private static List<String> names(JsonNode node) {
		List<String> names = new ArrayList<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

}
