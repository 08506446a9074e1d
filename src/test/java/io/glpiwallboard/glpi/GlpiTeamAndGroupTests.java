package io.glpiwallboard.glpi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reading team members, service-level dates and the group tree from GLPI's JSON, as real
 * servers send it.
 */
class GlpiTeamAndGroupTests {

	private static final String GROUPS = "/api.php/v2.2/Administration/Group";

	@RegisterExtension
	static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private GlpiClient client;

	@BeforeEach
	void setUp() {
		client = new GlpiClient(GlpiStubs.properties(wm.baseUrl()), Clock.systemUTC());
		GlpiStubs.token(wm, "tok1", 3600);
	}

	@Test
	void keepsOnlyAssignedTechniciansGroupsAndSuppliersWhateverShapeTheMembersCome() {
		// given: a live-server team (extra keys), plus the odd shapes other servers and
		// plugins send
		String team = "\"team\":["
				+ "{\"role\":\"requester\",\"name\":\"jdupont\",\"realname\":\"Dupont\",\"firstname\":\"Jeanne\","
				+ "\"display_name\":\"Dupont Jeanne\",\"id\":10,\"href\":\"/front/user.form.php?id=10\",\"type\":\"User\"},"
				+ "{\"role\":\"observer\",\"name\":\"Management <Direction>\",\"id\":9,\"type\":\"Group\"},"
				+ "{\"role\":\"observer\",\"name\":\"mrossi\",\"id\":13,\"type\":\"User\"},"
				+ "{\"role\":\"assigned\",\"name\":\"tech.alice\",\"realname\":\"Leroy\",\"firstname\":\"Alice\","
				+ "\"display_name\":\"Leroy Alice\",\"id\":100,\"href\":\"/front/user.form.php?id=100\",\"type\":\"User\"},"
				+ "{\"role\":\"Assigned\",\"id\":\"2\",\"name\":\"N1 <Front line> & \\\"co\\\"\",\"type\":\"group\"},"
				+ "{\"role\":\"assigned\",\"id\":3,\"type\":\"Group\"},"
				+ "{\"role\":\"assigned\",\"id\":3,\"name\":\"N2 again\",\"type\":\"Group\"},"
				+ "{\"role\":\"assigned\",\"id\":1,\"name\":\"Acme Printing & Co\",\"type\":\"Supplier\"},"
				+ "{\"role\":\"assigned\",\"id\":5,\"name\":\"A contact\",\"type\":\"Contact\"},"
				+ "{\"role\":\"approver\",\"id\":101,\"name\":\"tech.bruno\",\"type\":\"User\"},"
				+ "{\"role\":\"assigned\",\"name\":\"no id\",\"type\":\"User\"},"
				+ "{\"role\":\"assigned\",\"id\":\"abc\",\"name\":\"bad id\",\"type\":\"User\"},"
				+ "{\"role\":{\"odd\":[1,2]},\"id\":104,\"name\":\"role as an object\",\"type\":\"User\"},"
				+ "{\"role\":\"assigned\",\"id\":105,\"name\":{\"first\":\"x\"},\"links\":[{\"a\":1}],\"type\":\"User\"},"
				+ "null,7,\"text\"]";
		GlpiStubs.tickets(wm, "[" + GlpiStubs.ticket(1, 2, team) + "]", "0-0/1");

		// when
		GlpiTicket ticket = client.tickets(ListQuery.of(null, "id:asc", 2)).items().get(0);

		// then
		assertThat(ticket.assigned()).extracting(GlpiTeamMember::memberType, GlpiTeamMember::id, GlpiTeamMember::label)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("User", 100L, "Leroy Alice"),
					org.assertj.core.groups.Tuple.tuple("Group", 2L, "N1 <Front line> & \"co\""),
					org.assertj.core.groups.Tuple.tuple("Group", 3L, null),
					org.assertj.core.groups.Tuple.tuple("Supplier", 1L, "Acme Printing & Co"),
					org.assertj.core.groups.Tuple.tuple("User", 105L, null));
	}

	@Test
	void aTicketWithoutTeamOrWithAnEmptyOrMalformedOneHasNoAssignee() {
		// given
		String noTeam = GlpiStubs.ticket(1, 1);
		String empty = GlpiStubs.ticket(2, 1, "\"team\":[]");
		String nullTeam = GlpiStubs.ticket(3, 1, "\"team\":null");
		String objectTeam = GlpiStubs.ticket(4, 1, "\"team\":{\"role\":\"assigned\",\"id\":1,\"type\":\"User\"}");
		GlpiStubs.tickets(wm, "[" + noTeam + "," + empty + "," + nullTeam + "," + objectTeam + "]", "0-3/4");

		// when
		List<GlpiTicket> tickets = client.tickets(ListQuery.of(null, "id:asc", 4)).items();

		// then
		assertThat(tickets).hasSize(4).allSatisfy(t -> assertThat(t.assigned()).isEmpty());
	}

	@Test
	void readsTheServiceLevelDatesRequestTypeAndLocation() {
		// given: the v2.1 dates, own_date (v2.3), references as objects, and as bare ids
		// from other servers
		String sla = GlpiStubs.ticket(1, 2, "\"resolution_date\":\"2026-11-28T18:00:00+01:00\","
				+ "\"internal_resolution_date\":\"2026-11-28 12:00:00\",\"take_into_account_date\":\"2026-11-27T09:20:00+01:00\","
				+ "\"take_into_account_duration\":\"300\",\"internal_take_into_account_date\":\"2026-11-27T10:15:00+01:00\","
				+ "\"own_date\":\"2026-11-27T09:45:00+01:00\",\"request_type\":{\"id\":2,\"name\":\"E-Mail\"},"
				+ "\"location\":{\"id\":7,\"name\":\"Salle de réunion Étoile\"}");
		String bare = GlpiStubs.ticket(2, 1, "\"resolution_date\":null,\"take_into_account_date\":\"\","
				+ "\"take_into_account_duration\":0,\"request_type\":1,\"location\":null");
		GlpiStubs.tickets(wm, "[" + sla + "," + bare + "]", "0-1/2");

		// when
		List<GlpiTicket> tickets = client.tickets(ListQuery.of(null, "id:asc", 2)).items();

		// then
		GlpiTicket first = tickets.get(0);
		assertThat(first.resolutionDate()).isEqualTo(OffsetDateTime.parse("2026-11-28T18:00:00+01:00"));
		// without an offset: in the offset GLPI writes the ticket's other dates with, not
		// UTC
		assertThat(first.internalResolutionDate()).isEqualTo(OffsetDateTime.parse("2026-11-28T12:00:00+01:00"));
		assertThat(first.takeIntoAccountDate()).isEqualTo(OffsetDateTime.parse("2026-11-27T09:20:00+01:00"));
		assertThat(first.takeIntoAccountDuration()).isEqualTo(300L);
		assertThat(first.internalTakeIntoAccountDate()).isEqualTo(OffsetDateTime.parse("2026-11-27T10:15:00+01:00"));
		assertThat(first.ownDate()).isEqualTo(OffsetDateTime.parse("2026-11-27T09:45:00+01:00"));
		assertThat(first.requestType().name()).isEqualTo("E-Mail");
		assertThat(first.location().name()).isEqualTo("Salle de réunion Étoile");
		GlpiTicket second = tickets.get(1);
		assertThat(second.resolutionDate()).isNull();
		assertThat(second.takeIntoAccountDate()).isNull();
		assertThat(second.requestType().id()).isEqualTo(1L);
		assertThat(second.requestType().name()).isNull();
		assertThat(second.location()).isNull();
	}

	@Test
	void listsGroupsSortedAndLimitedWithTheirParents() {
		// given
		wm.stubFor(get(urlPathEqualTo(GROUPS)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Range", "0-2/3")
			.withBody(
					"[{\"id\":1,\"name\":\"Service Desk\",\"comment\":null,\"completename\":\"Service Desk\",\"parent\":null,"
							+ "\"level\":1,\"is_recursive\":true,\"entity\":{\"id\":0,\"name\":\"Root entity\"}},"
							+ "{\"id\":\"2\",\"name\":\"N1 <Front line>\",\"completename\":\"Service Desk > N1 <Front line>\","
							+ "\"parent\":{\"id\":1,\"name\":\"Service Desk\"},\"level\":2},"
							+ "{\"id\":3,\"name\":\"Bare parent\",\"parent\":1}]")));

		// when
		GlpiPage<GlpiGroup> page = client.groups(ListQuery.of("id=gt=0", "id:asc", 50));

		// then
		wm.verify(getRequestedFor(urlPathEqualTo(GROUPS)).withQueryParam("sort", equalTo("id:asc"))
			.withQueryParam("limit", equalTo("50"))
			.withQueryParam("filter", equalTo("id=gt=0")));
		assertThat(page.items())
			.extracting(GlpiGroup::id, GlpiGroup::completename, GlpiGroup::parentId, GlpiGroup::level)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "Service Desk", null, 1),
					org.assertj.core.groups.Tuple.tuple(2L, "Service Desk > N1 <Front line>", 1L, 2),
					org.assertj.core.groups.Tuple.tuple(3L, null, 1L, null));
	}

	@Test
	void aDeniedGroupListIsAnAccessDeniedErrorNamingTheRight() {
		// given
		wm.stubFor(get(urlPathEqualTo(GROUPS)).willReturn(aResponse().withStatus(403)
			.withBody(
					"{\"status\":\"ERROR_RIGHT_MISSING\",\"title\":\"You don't have permission to perform this action.\"}")));

		// when / then
		assertThatThrownBy(() -> client.groups(ListQuery.of(null, "id:asc", 50)))
			.isInstanceOf(GlpiAccessDeniedException.class)
			.hasMessageContaining("GET /Administration/Group")
			.hasMessageContaining("groups");
	}

}
