package io.glpiwallboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.glpiwallboard.cli.ExitCode;
import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.simulator.SimTicket;
import io.glpiwallboard.simulator.SimulatorSettings;
import io.glpiwallboard.testing.GlpiUnderTest;
import io.glpiwallboard.testing.HostileGlpi.Lie;
import io.glpiwallboard.testing.HostileGlpi.ListRequest;
import io.glpiwallboard.testing.HostileGlpi.Page;
import io.glpiwallboard.testing.HostileGlpi;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The whole product against a GLPI whose ticket lists lie (issue 7 §3): the figures come
 * out exact, or the run fails with exit 5 and the mirror and the published figures stay
 * as they were.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileGlpiSyncTests extends SimulatedGlpiSync {

	static final GlpiSimulator simulator = GlpiSimulator
		.start(SimulatorSettings.defaults().withTickets(600).withSeed(11L));

	static final HostileGlpi glpi = HostileGlpi.inFrontOf(simulator);

	private static final JsonMapper json = JsonMapper.builder().build();

	@Override
	protected GlpiUnderTest.Connection glpi() {
		return GlpiUnderTest.to(simulator, glpi::baseUrl);
	}

	private static int honestRunRequests;

	private final List<String> ticketFilters = Collections.synchronizedList(new ArrayList<>());

	@BeforeEach
	void startFromAnExactMirror() {
		glpi.tellTheTruth();
		simulator.onListRequest(r -> {
		});
		if (!MirrorAssertions.mirror(jdbc).equals(MirrorAssertions.truth(simulator))) {
			assertThat(sync.run(SyncMode.FULL, false).success()).isTrue();
		}
		simulator.onListRequest(r -> {
			if (r.resource().equals("Ticket")) {
				ticketFilters.add(r.filter().orElse(""));
			}
		});
	}

	/** Every way a page can contradict its own status or Content-Range. */
	static Stream<Named<Lie>> contradictions() {
		return Stream.of(
				Named.of("206 [] with Content-Range 0-199/300 (the reported case)",
						(r, honest) -> new Page(206, "0-199/300", "[]")),
				Named.of("an empty page whose Content-Range says rows exist",
						(r, honest) -> new Page(200, "0-99/600", "[]")),
				Named.of("one row fewer than the Content-Range announces",
						(r, honest) -> new Page(honest.status(), honest.contentRange(), withoutLastRow(honest.body()))),
				Named.of("more rows than the total leaves", (r, honest) -> new Page(200, "0-0/0", honest.body())),
				Named.of("a Content-Range for rows the request did not ask for",
						(r, honest) -> new Page(honest.status(), honest.contentRange().replaceFirst("^0-", "100-"),
								honest.body())),
				Named.of("206 with an empty page and no Content-Range", (r, honest) -> new Page(206, null, "[]")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("contradictions")
	void aPageThatContradictsItselfOnEveryRequestFailsTheRunAndChangesNothing(Lie contradiction) {
		// given
		List<String> mirror = MirrorAssertions.mirror(jdbc);
		String published = published();
		glpi.lie(contradiction);

		// when
		SyncOutcome full = sync.run(SyncMode.FULL, false);
		SyncOutcome refresh = sync.run(SyncMode.INCREMENTAL, false);

		// then
		for (SyncOutcome outcome : List.of(full, refresh)) {
			assertThat(outcome.success()).isFalse();
			assertThat(ExitCode.of(outcome)).isEqualTo(ExitCode.PROTOCOL);
			assertThat(outcome.message()).contains("malformed page")
				.contains("contradicts itself")
				.doesNotContain("\n");
		}
		assertThat(MirrorAssertions.mirror(jdbc)).isEqualTo(mirror);
		assertThat(published()).isEqualTo(published);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("contradictions")
	void aPageThatContradictsItselfOnceIsReadAgainAndTheFiguresAreExact(Lie contradiction) {
		// given: the first request of an id range lies, its second reading tells the
		// truth
		Predicate<ListRequest> firstRange = r -> r.filtered() && r.filter().startsWith("id=ge=")
				&& !r.filter().contains("id=gt=");
		glpi.lie(Lie.once(firstRange, contradiction));

		// when
		SyncOutcome outcome = sync.run(SyncMode.FULL, false);

		// then
		assertThat(outcome.success()).as(outcome.message()).isTrue();
		assertThat(MirrorAssertions.mirror(jdbc)).containsExactlyElementsOf(MirrorAssertions.truth(simulator));
		assertThat(publishedOpen()).isEqualTo(MirrorAssertions.open(simulator.data().tickets()));
		assertThat(glpi.lied()).hasSize(1);
		int lyingRunRequests = ticketFilters.size();
		int askedForTheLyingPage = Collections.frequency(ticketFilters, glpi.lied().get(0).filter());
		assertThat(askedForTheLyingPage).as("read again once").isEqualTo(2);
		assertThat(lyingRunRequests).isEqualTo(honestRunRequests() + 1);
	}

	@Test
	void aFullSyncThatWouldRemoveMostTicketsWithoutGlpisCountConfirmingItIsRefused() {
		// given: every filtered ticket list is empty and consistent, while GLPI still
		// counts every ticket
		List<String> mirror = MirrorAssertions.mirror(jdbc);
		String published = published();
		glpi.lie(Lie.when(ListRequest::filtered, Lie.always(new Page(200, "0--1/0", "[]"))));

		// when
		SyncOutcome outcome = sync.run(SyncMode.FULL, false);

		// then
		assertThat(ExitCode.of(outcome)).isEqualTo(ExitCode.PROTOCOL);
		assertThat(outcome.message()).startsWith("refusing to remove 599 of 600 mirrored tickets")
			.contains("sync.max-purge-ratio=50%")
			.contains("GLPI counts 600 tickets, its pages showed 1")
			.contains("nothing was removed");
		assertThat(MirrorAssertions.mirror(jdbc)).isEqualTo(mirror);
		assertThat(published()).isEqualTo(published);
	}

	@Test
	void aGlpiThatShowsNoTicketAtAllNeverEmptiesTheMirror() {
		// given: GLPI is consistent and empty (a service account that lost its rights
		// looks like this)
		List<String> mirror = MirrorAssertions.mirror(jdbc);
		String published = published();
		glpi.lie(Lie.always(new Page(200, "0--1/0", "[]")));

		// when
		SyncOutcome full = sync.run(SyncMode.FULL, false);
		SyncOutcome refresh = sync.run(SyncMode.INCREMENTAL, false);

		// then
		for (SyncOutcome outcome : List.of(full, refresh)) {
			assertThat(ExitCode.of(outcome)).as(outcome.message()).isEqualTo(ExitCode.PROTOCOL);
			assertThat(outcome.message()).startsWith("GLPI shows no ticket at all where the mirror holds 600")
				.contains("--sync.max-purge-ratio=1");
		}
		assertThat(MirrorAssertions.mirror(jdbc)).isEqualTo(mirror);
		assertThat(published()).isEqualTo(published);
	}

	@Test
	void aPurgeOfMostTicketsThatGlpisCountConfirmsGoesThrough(CapturedOutput output) {
		// given: GLPI really purged 70% of its tickets
		List<SimTicket> purged = simulator.data().tickets().stream().filter(t -> t.id() % 10 < 7).toList();
		purged.forEach(t -> simulator.data().purgeTicket(t.id()));
		try {
			// when
			SyncOutcome outcome = sync.run(SyncMode.FULL, false);

			// then
			assertThat(outcome.success()).as(outcome.message()).isTrue();
			assertThat(MirrorAssertions.mirror(jdbc)).containsExactlyElementsOf(MirrorAssertions.truth(simulator));
			assertThat(publishedOpen()).isEqualTo(MirrorAssertions.open(simulator.data().tickets()));
			assertThat(output.getOut()).contains("Removing " + purged.size() + " of 600 mirrored tickets")
				.contains("GLPI counts " + simulator.data().ticketCount() + " tickets");
		}
		finally {
			purged.forEach(simulator.data()::addTicket);
		}
	}

	@Test
	void aHugeClaimedTotalOverAHugeIdSpanCostsABoundedNumberOfRequests(CapturedOutput output) {
		// given: a real ticket with id 10^12, and GLPI claiming 10^9 tickets when asked
		// for all of them
		SimTicket far = simulator.data()
			.addTicket(SimTicket.simple(1_000_000_000_000L, "Imported with a huge id", 0, simulator.data().now()));
		glpi.lie(Lie.when(r -> !r.filtered(), (r, honest) -> new Page(honest.status(),
				honest.contentRange().replaceFirst("/\\d+$", "/1000000000"), honest.body())));
		try {
			// when
			SyncOutcome outcome = sync.run(SyncMode.FULL, false);

			// then: the plan followed the pages (about 20 widening ranges), not the 2.6
			// million ranges the claim implies
			assertThat(outcome.success()).as(outcome.message()).isTrue();
			assertThat(MirrorAssertions.mirror(jdbc)).containsExactlyElementsOf(MirrorAssertions.truth(simulator));
			assertThat(ticketFilters).hasSizeLessThan(150);
			assertThat(output.getOut()).contains("GLPI counted 1000000000 tickets but its pages held 601");
			assertNoProgressLineBeyondItsPlan(output.getOut());
		}
		finally {
			simulator.data().purgeTicket(far.id());
		}
	}

	@Test
	void aClaimedTotalFarBelowTheTruthNeverShowsMorePagesDoneThanPlanned(CapturedOutput output) {
		// given: GLPI claims 7 tickets while it has 600, so the plan starts at one range
		// and a page or two
		glpi.lie(Lie.when(r -> !r.filtered(), (r, honest) -> new Page(honest.status(),
				honest.contentRange().replaceFirst("/\\d+$", "/7"), honest.body())));

		// when
		SyncOutcome outcome = sync.run(SyncMode.FULL, false);

		// then
		assertThat(outcome.success()).as(outcome.message()).isTrue();
		assertThat(MirrorAssertions.mirror(jdbc)).containsExactlyElementsOf(MirrorAssertions.truth(simulator));
		assertThat(output.getOut()).contains("GLPI counted 7 tickets but its pages held 600");
		assertNoProgressLineBeyondItsPlan(output.getOut());
	}

	/** Rows GLPI cannot have sent, as the first row of every ticket page. */
	static Stream<Named<Lie>> impossibleRows() {
		return Stream.of(Named.of("a negative id (the trial's negative-ids)", rows((row, i) -> {
			if (i == 0) {
				row.put("id", -row.get("id").asLong());
			}
		})), Named.of("no id", rows((row, i) -> {
			if (i == 0) {
				row.remove("id");
			}
		})), Named.of("an unreadable opening date (the trial's dates-other)", rows((row, i) -> {
			if (i == 0) {
				row.put("date", "30/11/2026 07:00");
			}
		})));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("impossibleRows")
	void aPageWithAnImpossibleRowFailsTheRunAndChangesNothing(Lie impossible) {
		// given
		List<String> mirror = MirrorAssertions.mirror(jdbc);
		String published = published();
		glpi.lie(impossible);

		// when
		SyncOutcome full = sync.run(SyncMode.FULL, false);

		// then
		assertThat(full.success()).isFalse();
		assertThat(ExitCode.of(full)).as(full.message()).isEqualTo(ExitCode.PROTOCOL);
		assertThat(MirrorAssertions.mirror(jdbc)).isEqualTo(mirror);
		assertThat(published()).isEqualTo(published);

		// and when GLPI tells the truth again, a plain refresh publishes exact figures
		glpi.tellTheTruth();
		assertThat(sync.run(SyncMode.INCREMENTAL, false).success()).isTrue();
		assertThat(MirrorAssertions.mirror(jdbc)).containsExactlyElementsOf(MirrorAssertions.truth(simulator));
		assertThat(publishedOpen()).isEqualTo(MirrorAssertions.open(simulator.data().tickets()));
	}

	@Test
	void aDateWithoutOffsetIsReadInTheOffsetGlpiWritesItsOtherDatesWith() {
		// given: opening dates without their offset, as SQL and as RFC 3339 without
		// offset (the trial's dates-other);
		// only where the ticket's date_mod has the same offset, as a daylight-saving
		// change is not the point here
		glpi.lie(rows((row, i) -> {
			String date = row.path("date").asString("");
			String modified = row.path("date_mod").asString("");
			if (date.length() == 25 && modified.length() == 25 && date.substring(19).equals(modified.substring(19))) {
				row.put("date", i % 2 == 0 ? date.substring(0, 19).replace('T', ' ') : date.substring(0, 19));
			}
		}));

		// when
		SyncOutcome outcome = sync.run(SyncMode.FULL, false);

		// then
		assertThat(outcome.success()).as(outcome.message()).isTrue();
		assertThat(glpi.lied()).isNotEmpty();
		assertThat(MirrorAssertions.mirror(jdbc)).containsExactlyElementsOf(MirrorAssertions.truth(simulator));
	}

	/**
	 * Every ticket page with rows, each row rewritten by
	 * {@code rewrite(index in the page, row)}.
	 */
	private static Lie rows(java.util.function.ObjIntConsumer<tools.jackson.databind.node.ObjectNode> rewrite) {
		return (request, honest) -> {
			if (honest.status() >= 300 || !honest.body().startsWith("[") || honest.body().equals("[]")) {
				return honest;
			}
			ArrayNode rows = (ArrayNode) json.readTree(honest.body());
			for (int i = 0; i < rows.size(); i++) {
				rewrite.accept((tools.jackson.databind.node.ObjectNode) rows.get(i), i);
			}
			return new Page(honest.status(), honest.contentRange(), json.writeValueAsString(rows));
		};
	}

	/**
	 * Ticket list requests an honest full sync of the sample data sends (measured once:
	 * it is the same each time).
	 */
	private int honestRunRequests() {
		if (honestRunRequests == 0) {
			glpi.tellTheTruth();
			ticketFilters.clear();
			assertThat(sync.run(SyncMode.FULL, false).success()).isTrue();
			honestRunRequests = ticketFilters.size();
		}
		return honestRunRequests;
	}

	private static void assertNoProgressLineBeyondItsPlan(String log) {
		List<String> lines = log.lines().filter(l -> l.contains("SyncProgress")).toList();
		for (String line : lines) {
			java.util.regex.Matcher m = java.util.regex.Pattern.compile(" (\\d+)/(\\d+) pages").matcher(line);
			if (m.find()) {
				assertThat(Long.parseLong(m.group(1))).as(line).isLessThanOrEqualTo(Long.parseLong(m.group(2)));
			}
		}
		for (int i = 1; i < lines.size(); i++) {
			assertThat(lines.get(i).replaceFirst("^\\S+ \\S+ ", ""))
				.isNotEqualTo(lines.get(i - 1).replaceFirst("^\\S+ \\S+ ", ""));
		}
	}

	/**
	 * The last published day's time and figures, as the board, the API and the workbook
	 * read them.
	 */
	private String published() {
		return jdbc.queryForObject("SELECT MAX(as_of) FROM snapshot_day WHERE reconstructed = FALSE", String.class)
				+ " open=" + publishedOpen();
	}

	private long publishedOpen() {
		return jdbc.queryForObject("SELECT COALESCE(SUM(open_count), 0) FROM snapshot_open WHERE snapshot_date ="
				+ " (SELECT MAX(snapshot_date) FROM snapshot_day WHERE reconstructed = FALSE)", Long.class);
	}

	private static String withoutLastRow(String body) {
		ArrayNode rows = (ArrayNode) json.readTree(body);
		if (!rows.isEmpty()) {
			rows.remove(rows.size() - 1);
		}
		return json.writeValueAsString(rows);
	}

}
