package io.glpiwallboard.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TicketListTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static GlpiSimulator sim;

	private static SimClient client;

	private static String token;

	@BeforeAll
	static void start() {
		sim = GlpiSimulator.start(SimulatorSettings.defaults()
			.withTickets(1000)
			.withClock(java.time.Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), PARIS)));
		client = new SimClient(sim);
		token = client.token();
	}

	@AfterAll
	static void stop() {
		sim.close();
	}

	private static HttpResponse<String> tickets(String query, String... headers) {
		return client.get("/v2.2/Assistance/Ticket?" + query, token, headers);
	}

	private static String range(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Range").orElse("<none>");
	}

	@Test
	void noResultsGivesMinusOneEnd() {
		// when
		HttpResponse<String> response = tickets("filter=id==-5&limit=100&sort=id");

		// then
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(range(response)).isEqualTo("0--1/0");
		assertThat(response.body()).isEqualTo("[]");
	}

	@Test
	void pagesReachingOrPassingTheEndAnswer200WithGlpisRangeQuirksAndOtherPages206() {
		// given 42 tickets in entity 2 (trashed included)
		long inEntity = sim.data().tickets().stream().filter(t -> t.entityId() == 2).count();

		// when
		HttpResponse<String> past = tickets("filter=entity.id==2&start=500&limit=100&sort=id");
		HttpResponse<String> exact = tickets("filter=entity.id==2&start=0&limit=" + (inEntity + 1) + "&sort=id");
		HttpResponse<String> one = tickets("filter=entity.id==2&limit=1&sort=id");

		// then: past the end, an empty 200 whose range still ends at the last row; a page
		// that fits every row, a 200 whose range's end is one past the last row; a
		// partial
		// page, 206
		assertThat(past.statusCode()).isEqualTo(200);
		assertThat(range(past)).isEqualTo("500-" + (inEntity - 1) + "/" + inEntity);
		assertThat(past.body()).isEqualTo("[]");
		assertThat(range(exact)).isEqualTo("0-" + inEntity + "/" + inEntity);
		assertThat(exact.statusCode()).isEqualTo(200);
		assertThat(range(one)).isEqualTo("0-0/" + inEntity);
		assertThat(one.statusCode()).isEqualTo(206);
	}

	@Test
	void limitZeroReturnsAllRowsWith206AndNonNumericLimitWith200() {
		// when
		HttpResponse<String> zero = tickets("limit=0&sort=id");
		HttpResponse<String> word = tickets("limit=all&sort=id");
		HttpResponse<String> omitted = tickets("sort=id");

		// then
		assertThat(zero.statusCode()).isEqualTo(206);
		assertThat(range(zero)).isEqualTo("0-0/1000");
		assertThat(SimClient.ids(zero)).hasSize(1000);
		assertThat(word.statusCode()).isEqualTo(200);
		assertThat(SimClient.ids(word)).hasSize(1000);
		assertThat(SimClient.ids(omitted)).hasSize(100);
		assertThat(range(omitted)).isEqualTo("0-99/1000");
	}

	@Test
	void sortedOffsetPagingSeesEveryTicketOnce() {
		// when
		List<Long> seen = new ArrayList<>();
		for (int start = 0;; start += 300) {
			HttpResponse<String> page = tickets("start=" + start + "&limit=300&sort=id:asc");
			List<Long> ids = SimClient.ids(page);
			if (ids.isEmpty()) {
				break;
			}
			seen.addAll(ids);
		}

		// then
		assertThat(seen).containsExactlyElementsOf(sim.data().tickets().stream().map(SimTicket::id).toList());
	}

	@Test
	void unsortedPagingIsUnstable() {
		// when
		Set<Long> seen = new HashSet<>();
		int rows = 0;
		for (int start = 0; start < 1000; start += 100) {
			List<Long> ids = SimClient.ids(tickets("start=" + start + "&limit=100"));
			rows += ids.size();
			seen.addAll(ids);
		}

		// then: every row count is right, yet tickets were duplicated and others never
		// seen
		assertThat(rows).isEqualTo(1000);
		assertThat(seen.size()).isLessThan(1000);
	}

	@Test
	void sortsDescendingWhenAskedAndRejectsAnUnknownSortPropertyWithGlpisError() {
		// when
		HttpResponse<String> desc = tickets("limit=5&sort=date_mod:desc,id:desc");
		HttpResponse<String> bad = tickets("limit=5&sort=nope");

		// then
		List<JsonNode> rows = StreamSupport.stream(SimClient.json(desc).spliterator(), false).toList();
		assertThat(rows.get(0).get("date_mod").asString())
			.isGreaterThanOrEqualTo(rows.get(4).get("date_mod").asString());
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body())
			.isEqualTo("{\"status\":\"ERROR\",\"title\":\"Invalid property for sorting: nope\",\"detail\":null}");
	}

	@Test
	void rsqlOperatorsAndGroupsMatchTheTruth() {
		// given
		List<SimTicket> truth = sim.data().tickets();

		// when
		List<Long> open = SimClient.ids(tickets(
				"filter=" + SimClient.encode("status.id=in=(1,2,3,4,10);is_deleted==false") + "&limit=0&sort=id"));
		List<Long> grouped = SimClient.ids(tickets("filter="
				+ SimClient.encode("(status.id==5,status.id==6);priority=ge=4;type!=2") + "&limit=0&sort=id"));
		List<Long> noCategory = SimClient.ids(tickets("filter=category.id=isnull=&limit=0&sort=id"));
		List<Long> notCategory3 = SimClient.ids(tickets("filter=category.id!=3&limit=0&sort=id"));
		List<Long> like = SimClient
			.ids(tickets("filter=" + SimClient.encode("name=ilike=*PRINTER*") + "&limit=0&sort=id"));

		// then
		assertThat(open).containsExactlyElementsOf(
				truth.stream().filter(t -> t.isOpen() && !t.isDeleted()).map(SimTicket::id).toList());
		assertThat(grouped).containsExactlyElementsOf(truth.stream()
			.filter(t -> !t.isOpen() && t.priority() >= 4 && t.type() != 2)
			.map(SimTicket::id)
			.toList());
		assertThat(noCategory).isNotEmpty()
			.containsExactlyElementsOf(truth.stream().filter(t -> t.categoryId() == null).map(SimTicket::id).toList());
		// SQL NULL semantics: != drops the tickets without category
		assertThat(notCategory3)
			.hasSize((int) truth.stream().filter(t -> t.categoryId() != null && t.categoryId() != 3).count());
		assertThat(like).isNotEmpty()
			.allMatch(id -> sim.data().ticket(id).orElseThrow().name().toLowerCase().contains("printer"));
	}

	@Test
	void datesCompareAsServerWallClockLiterals() {
		// given a literal in the Paris wall clock
		String literal = "2026-02-01 00:00:00";
		Instant cut = LocalDateTime.parse("2026-02-01T00:00:00").atZone(PARIS).toInstant();

		// when
		HttpResponse<String> response = tickets(
				"filter=" + SimClient.encode("date_mod=ge='" + literal + "'") + "&limit=0&sort=date_mod:asc,id:asc");

		// then
		assertThat(SimClient.ids(response))
			.hasSameSizeAs(sim.data().tickets().stream().filter(t -> !t.dateMod().isBefore(cut)).toList());
		assertThat(SimClient.json(response).get(0).get("date_mod").asString()).matches("2026-.*\\+01:00");
	}

	@Test
	void rsqlErrorsAre400WithDetails() {
		// when
		HttpResponse<String> unknown = tickets("filter=foo==1");
		HttpResponse<String> mapped = tickets("filter=" + SimClient.encode("status.name==New"));
		HttpResponse<String> operator = tickets("filter=" + SimClient.encode("id=isnotnull="));
		HttpResponse<String> syntax = tickets("filter=" + SimClient.encode("(id==1"));

		// then
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body())
			.isEqualTo("{\"status\":\"ERROR_INVALID_PARAMETER\",\"title\":\"RSQL query has invalid filters\","
					+ "\"detail\":{\"foo\":\"Unknown property\"}}");
		assertThat(SimClient.json(mapped).get("detail").get("status.name").asString())
			.isEqualTo("Mapped properties cannot be used in RSQL");
		assertThat(SimClient.json(operator).get("detail").get("id").asString()).isEqualTo("Unknown operator");
		assertThat(syntax.statusCode()).isEqualTo(400);
	}

	@Test
	void entityHeadersRestrictVisibleTickets() {
		// given
		Set<Long> parisTree = sim.data().entityScope(1, true);

		// when
		List<Long> recursive = SimClient
			.ids(tickets("limit=0&sort=id", "GLPI-Entity", "1", "GLPI-Entity-Recursive", "true"));
		List<Long> single = SimClient.ids(tickets("limit=0&sort=id", "GLPI-Entity", "1"));
		List<Long> invalid = SimClient
			.ids(tickets("limit=0&sort=id", "GLPI-Entity", "999", "GLPI-Entity-Recursive", "true"));

		// then
		assertThat(parisTree).containsExactlyInAnyOrder(1L, 2L, 3L);
		assertThat(recursive).containsExactlyElementsOf(sim.data()
			.tickets()
			.stream()
			.filter(t -> parisTree.contains(t.entityId()))
			.map(SimTicket::id)
			.toList());
		assertThat(single).allMatch(id -> sim.data().ticket(id).orElseThrow().entityId() == 1).isNotEmpty();
		assertThat(invalid).hasSize(1000);
	}

	@Test
	void ticketJsonHasTheFullSchemaAndOffsetDates() {
		// given
		SimTicket closed = sim.data()
			.tickets()
			.stream()
			.filter(t -> t.status() == SimTicket.CLOSED)
			.findFirst()
			.orElseThrow();

		// when
		HttpResponse<String> response = client.get("/v2.2/Assistance/Ticket/" + closed.id(), token);
		HttpResponse<String> missing = client.get("/v2.2/Assistance/Ticket/99999999", token);

		// then
		JsonNode ticket = SimClient.json(response);
		assertThat(ticket.propertyNames()).hasSize(43);
		assertThat(ticket.get("status").toString()).isEqualTo("{\"id\":6,\"name\":\"Closed\"}");
		assertThat(ticket.get("date_close").asString())
			.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
		assertThat(ticket.get("entity").has("completename")).isTrue();
		assertThat(ticket.get("team").get(0).has("display_name")).isTrue();
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(SimClient.json(missing).get("status").asString()).isEqualTo("ERROR_ITEM_NOT_FOUND");
	}

	@Test
	void theEntityListHoldsEveryEntityWithTheRootFirstAndWithoutParent() {
		// when
		HttpResponse<String> entities = client.get("/v2.2/Administration/Entity?limit=100&sort=completename", token);

		// then
		JsonNode list = SimClient.json(entities);
		assertThat(list.size()).isEqualTo(sim.data().entities().size());
		assertThat(list.get(0).get("completename").asString()).isEqualTo("Root entity");
		assertThat(list.get(0).get("parent").isNull()).isTrue();
	}

	@Test
	void theVersionListAndTheStatusAnswerWithoutAToken() {
		// when
		HttpResponse<String> welcome = client.get("/", null);
		HttpResponse<String> status = client.get("/status/all", null);

		// then
		assertThat(SimClient.json(welcome).get("api_versions").get(3).get("endpoint").asString())
			.endsWith("/api.php/v2.2");
		assertThat(SimClient.json(status).get("glpi").get("status").asString()).isEqualTo("OK");
	}

	@Test
	void anUnknownRouteAnswers404WithANullBodyWhileAnUnknownVersionServesTheNewest() {
		// when
		HttpResponse<String> unknownRoute = client.get("/v2.2/Nothing/Here", token);
		HttpResponse<String> unknownVersion = client.get("/v9/Assistance/Ticket?limit=1", token);

		// then: as GLPI 11 does (Router::normalizeAPIVersion falls back to the newest
		// version)
		assertThat(unknownRoute.statusCode()).isEqualTo(404);
		assertThat(unknownRoute.body()).isEqualTo("null");
		assertThat(unknownVersion.statusCode()).isEqualTo(206);
	}

	@Test
	void pinnedVersion20LacksThe21Properties() {
		// when
		HttpResponse<String> v20 = client.get("/v2.0/Assistance/Ticket?limit=1&sort=id", token);
		HttpResponse<String> v2 = client.get("/v2/Assistance/Ticket?limit=1&sort=id", token);
		HttpResponse<String> filterV20 = client.get("/v2.0/Assistance/Ticket?limit=1&filter=date_solve=isnull=", token);

		// then
		JsonNode old = SimClient.json(v20).get(0);
		assertThat(old.propertyNames()).hasSize(19).doesNotContain("date_solve", "date_close", "user_recipient");
		assertThat(SimClient.json(v2).get(0).propertyNames()).hasSize(43).contains("date_solve");
		assertThat(SimClient.json(filterV20).get("detail").get("date_solve").asString()).isEqualTo("Unknown property");
	}

	@Test
	void csvAcceptHeaderGives200WithoutContentRange() {
		// when
		HttpResponse<String> csv = client.get("/v2.2/Assistance/Ticket?limit=3&sort=id", token, "Accept", "text/csv");

		// then
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Range")).isEmpty();
		assertThat(csv.body().split("\r\n")).hasSize(4);
		assertThat(csv.body()).startsWith("\"id\",\"name\"");
	}

	@Test
	void keysetPagingByIdSeesEveryVisibleTicketOnce() {
		// given
		Set<Long> lyon = sim.data().entityScope(4, true);
		List<Long> expected = sim.data()
			.tickets()
			.stream()
			.filter(t -> lyon.contains(t.entityId()) && t.id() > 0)
			.map(SimTicket::id)
			.toList();

		// when
		List<Long> seen = new ArrayList<>();
		long last = 0;
		String firstRange = null;
		while (true) {
			HttpResponse<String> page = tickets(
					"filter=" + SimClient.encode("id=gt=" + last) + "&sort=id&limit=40&start=0", "GLPI-Entity", "4",
					"GLPI-Entity-Recursive", "true");
			firstRange = firstRange == null ? range(page) : firstRange;
			List<Long> ids = SimClient.ids(page);
			if (ids.isEmpty()) {
				break;
			}
			seen.addAll(ids);
			last = ids.get(ids.size() - 1);
		}

		// then
		assertThat(seen).containsExactlyElementsOf(expected);
		assertThat(firstRange).isEqualTo("0-39/" + expected.size());
	}

}
