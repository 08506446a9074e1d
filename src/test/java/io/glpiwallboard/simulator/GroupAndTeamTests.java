package io.glpiwallboard.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /Administration/Group} with the paging, sorting and RSQL rules of the other
 * lists, and ticket teams.
 */
class GroupAndTeamTests {

	private static GlpiSimulator sim;

	private static SimClient client;

	private static String token;

	@BeforeAll
	static void start() {
		sim = GlpiSimulator.start(SimulatorSettings.defaults()
			.withTickets(600)
			.withClock(Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneId.of("Europe/Paris"))));
		client = new SimClient(sim);
		token = client.token();
	}

	@AfterAll
	static void stop() {
		sim.close();
	}

	@AfterEach
	void giveRightsBack() {
		sim.rights().allowAll();
	}

	private static HttpResponse<String> groups(String query, String... headers) {
		return client.get("/v2.2/Administration/Group?" + query, token, headers);
	}

	@Test
	void groupListPagesSortsAndFiltersLikeTheOtherLists() {
		// when
		HttpResponse<String> first = groups("sort=id&start=0&limit=4");
		HttpResponse<String> keyset = groups("sort=id:asc&limit=4&filter=" + SimClient.encode("id=gt=4"));
		HttpResponse<String> children = groups("sort=name:desc&limit=50&filter=" + SimClient.encode("parent.id==1"));
		HttpResponse<String> byName = groups("sort=id&limit=50&filter=" + SimClient.encode("name=like='*&*'"));
		HttpResponse<String> badFilter = groups("limit=50&filter=" + SimClient.encode("team.id==1"));
		HttpResponse<String> entityScoped = groups("sort=id&limit=50", "GLPI-Entity", "3");

		// then
		int all = sim.data().groups().size();
		assertThat(first.statusCode()).isEqualTo(206);
		assertThat(first.headers().firstValue("Content-Range")).hasValue("0-3/" + all);
		assertThat(SimClient.ids(first)).containsExactly(1L, 2L, 3L, 4L);
		assertThat(SimClient.ids(keyset)).containsExactly(5L, 6L, 7L, 8L);
		assertThat(keyset.headers().firstValue("Content-Range")).hasValue("0-3/" + (all - 4));
		assertThat(SimClient.ids(children)).containsExactly(3L, 2L); // "N2 ..." sorts
																		// after "N1 ..."
																		// descending
		assertThat(SimClient.ids(byName)).containsExactly(4L, 6L);
		assertThat(badFilter.statusCode()).isEqualTo(400);
		assertThat(SimClient.ids(entityScoped)).hasSize(all); // groups of the root entity
																// are recursive
	}

	@Test
	void groupItemHasItsParentLevelAndEscapableName() {
		// when
		JsonNode group = SimClient.json(client.get("/v2.2/Administration/Group/3", token));
		HttpResponse<String> missing = client.get("/v2.2/Administration/Group/999", token);

		// then
		assertThat(group.get("name").asString()).isEqualTo("N2 \"Experts\"");
		assertThat(group.get("completename").asString()).isEqualTo("Service Desk > N2 \"Experts\"");
		assertThat(group.get("parent").toString()).isEqualTo("{\"id\":1,\"name\":\"Service Desk\"}");
		assertThat(group.get("level").asInt()).isEqualTo(2);
		assertThat(missing.statusCode()).isEqualTo(404);
	}

	@Test
	void anAccountWithoutGroupReadGets403OnGroupsButStillReadsTickets() {
		// given
		sim.rights().deny("Group");

		// when
		HttpResponse<String> list = groups("sort=id&limit=50");
		HttpResponse<String> item = client.get("/v2.2/Administration/Group/1", token);
		HttpResponse<String> tickets = client.get("/v2.2/Assistance/Ticket?sort=id&limit=5", token);

		// then
		assertThat(list.statusCode()).isEqualTo(403);
		assertThat(SimClient.json(list).get("status").asString()).isEqualTo("ERROR_RIGHT_MISSING");
		assertThat(item.statusCode()).isEqualTo(403);
		assertThat(tickets.statusCode()).isEqualTo(206);
	}

	@Test
	void ticketTeamListsRequestersObserversAndAssigneesWithTheirRoles() {
		// given: a ticket with an observer, two assigned groups and a technician
		SimTicket ticket = sim.data()
			.tickets()
			.stream()
			.filter(t -> t.team().groups().size() == 2 && !t.team().technicians().isEmpty())
			.findFirst()
			.orElseThrow();
		long observer = sim.data()
			.tickets()
			.stream()
			.filter(t -> !t.team().observers().isEmpty())
			.findFirst()
			.orElseThrow()
			.id();

		// when
		JsonNode team = SimClient.json(client.get("/v2.2/Assistance/Ticket/" + ticket.id(), token)).get("team");
		JsonNode observed = SimClient.json(client.get("/v2.2/Assistance/Ticket/" + observer, token)).get("team");

		// then
		List<String> assigned = new ArrayList<>();
		team.forEach(m -> {
			if (m.get("role").asString().equals("assigned")) {
				assigned.add(m.get("type").asString() + ":" + m.get("id").asLong());
			}
		});
		List<String> expected = new ArrayList<>();
		ticket.team().technicians().forEach(u -> expected.add("User:" + u));
		ticket.team().groups().forEach(g -> expected.add("Group:" + g));
		if (ticket.team().supplierId() != null) {
			expected.add("Supplier:" + ticket.team().supplierId());
		}
		assertThat(assigned).containsExactlyElementsOf(expected);
		assertThat(team.get(0).get("role").asString()).isEqualTo("requester");
		List<String> roles = new ArrayList<>();
		observed.forEach(m -> roles.add(m.get("role").asString() + ":" + m.get("type").asString()));
		assertThat(roles).contains("observer:User");
	}

	@Test
	void ticketsCarryTheirServiceLevelDatesAndAreFilterableOnThem() {
		// given
		SimTicket withSla = sim.data()
			.tickets()
			.stream()
			.filter(t -> t.sla().internalTimeToOwn() != null)
			.findFirst()
			.orElseThrow();
		long withDeadline = sim.data().tickets().stream().filter(t -> t.sla().timeToResolve() != null).count();

		// when
		JsonNode ticket = SimClient.json(client.get("/v2.2/Assistance/Ticket/" + withSla.id(), token));
		HttpResponse<String> filtered = client
			.get("/v2.2/Assistance/Ticket?limit=1&filter=" + SimClient.encode("resolution_date=notnull="), token);

		// then
		assertThat(java.time.OffsetDateTime.parse(ticket.get("resolution_date").asString()).toInstant())
			.isEqualTo(withSla.sla().timeToResolve());
		assertThat(java.time.OffsetDateTime.parse(ticket.get("internal_take_into_account_date").asString()).toInstant())
			.isEqualTo(withSla.sla().internalTimeToOwn());
		assertThat(filtered.headers().firstValue("Content-Range")).hasValue("0-0/" + withDeadline);
	}

}
