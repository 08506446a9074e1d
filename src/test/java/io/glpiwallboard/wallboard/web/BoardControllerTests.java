package io.glpiwallboard.wallboard.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.sync.ConnectionSettings;
import io.glpiwallboard.sync.SyncState;
import io.glpiwallboard.wallboard.BoardFixtures;
import io.glpiwallboard.wallboard.LatestSnapshot;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.BDDMockito.willReturn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = { BoardController.class, ChartController.class, RunsController.class,
		WallboardApiController.class }, properties = "wallboard.time-zone=UTC")
@Import(BoardWebTestConfiguration.class)
class BoardControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private FiguresRepository figures;

	@MockitoBean
	private SyncState syncState;

	@MockitoBean
	private JobRepository jobs;

	@MockitoBean
	private ConnectionSettings connection;

	@Autowired
	private LatestSnapshot boardState;

	@BeforeEach
	void snapshotExists() {
		BoardFixtures.snapshotExists(figures, syncState);
		boardState.invalidate();
	}

	@Test
	void boardShowsTheSnapshotsNumbersAndEscapesTitlesAndEntityNames() throws Exception {
		// when
		String html = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		// then
		assertThat(html).contains("data-kpi=\"open\">120<", "data-kpi=\"newToday\">7<", "data-kpi=\"solvedToday\">4<",
				"data-kpi=\"change\">+10<", ">Fri 27 Nov 13:32<");
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; printer").doesNotContain("<script>alert(1)");
		assertThat(html).contains("IT &lt;b&gt;Support&lt;/b&gt;").doesNotContain("<b>Support");
		assertThat(html).doesNotContain("<script").doesNotContain("Stale data");
		assertThat(html).contains("content=\"60; url=/\"");
	}

	@Test
	void lightThemeIsKeptInLinksAndChartsFollowIt() throws Exception {
		// when
		String html = mvc.perform(get("/board/1").param("theme", "light"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then
		assertThat(html).contains("class=\"board light\"", "/charts/trend.png?entity=1&amp;theme=light",
				"content=\"60; url=/board/1?theme=light\"");
	}

	@Test
	void rotationSendsTheTvToTheNextBoardAfterTheInterval() throws Exception {
		// when
		String html = mvc.perform(get("/board/1").param("rotate", "all,1,4").param("interval", "30"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then
		assertThat(html).contains("content=\"30; url=/board/4?rotate=all,1,4&amp;interval=30\"");
	}

	@Test
	void rotationSkipsAnEntityGlpiNoLongerHasAndItsPageMovesOnByItself() throws Exception {
		// when: /?rotate=all,999,3&interval=10 with no entity 999
		String all = mvc.perform(get("/").param("rotate", "all,999,3").param("interval", "10"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String unknown = mvc.perform(get("/board/999").param("rotate", "all,999,3").param("interval", "10"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then
		assertThat(all).contains("content=\"10; url=/board/3?rotate=all,999,3&amp;interval=10\"");
		assertThat(unknown).contains("Unknown board", "content=\"10; url=/board/3?rotate=all,999,3&amp;interval=10\"");
	}

	@Test
	void anUnknownBoardOutsideARotationChecksAgainForTheEntitysReturn() throws Exception {
		// when
		String html = mvc.perform(get("/board/999").param("theme", "light"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String malformed = mvc.perform(get("/board/abc").param("token", "t"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then
		assertThat(html).contains("content=\"60; url=/board/999?theme=light\"", "class=\"message light\"");
		assertThat(malformed).contains("Unknown board", "content=\"60; url=/board/abc?token=t\"");
	}

	@Test
	void aBusyDatabaseAnswers503WithAPageThatTriesAgain() throws Exception {
		// given
		willThrow(new org.springframework.dao.CannotAcquireLockException("Timeout trying to lock table")).given(figures)
			.forScope(eq(Scope.entity(4L)), anyInt());

		// when
		MvcResult result = mvc.perform(get("/board/4").param("rotate", "4,all"))
			.andExpect(status().isServiceUnavailable())
			.andReturn();

		// then
		assertThat(result.getResponse().getHeader("Retry-After")).isEqualTo("60");
		assertThat(result.getResponse().getContentAsString())
			.contains("Database busy", "content=\"60; url=/?rotate=4,all\"")
			.doesNotContain("Timeout trying");
		mvc.perform(get("/api/wallboard").param("entity", "4").accept("application/json"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.error").value("Database busy"));
	}

	@Test
	void aGroupsBoardIsTitledWithItsEscapedNameAndLinksItsOwnChart() throws Exception {
		// when
		String html = mvc.perform(get("/board/group/7").param("theme", "light"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then
		assertThat(html).contains("<h1>Support &gt; N2 &lt;b&gt;&quot;Core&quot; &amp; co&lt;/b&gt;</h1>",
				"/charts/trend.png?group=7&amp;theme=light", "content=\"60; url=/board/group/7?theme=light\"",
				">No technician<", ">Also assigned to<", "href=\"/board/group/8?theme=light\"");
		assertThat(html).doesNotContain("<b>\"Core");
		mvc.perform(get("/charts/trend.png").param("group", "7")).andExpect(status().isOk());
		mvc.perform(get("/board/group/12345")).andExpect(status().isNotFound());
	}

	@Test
	void unknownEntityAnswers404InTheBoardsStyle() throws Exception {
		mvc.perform(get("/board/999"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Unknown board")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("http-equiv=\"refresh\" content=\"60; url=/board/999\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/css/board.css")));
		mvc.perform(get("/board/<x>")).andExpect(status().isNotFound());
	}

	@Test
	void beforeTheFirstSyncTheBoardSaysSoWith200() throws Exception {
		// given
		given(figures.latestObserved()).willReturn(Optional.empty());
		given(syncState.instant(SyncState.LAST_SUCCESS)).willReturn(Optional.empty());

		// then
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("No data yet")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("No successful sync yet")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("content=\"60; url=/\"")));
	}

	@Test
	void aFailedSyncPutsItsReasonInTheBanner() throws Exception {
		// given
		given(syncState.instant(SyncState.LAST_FAILURE)).willReturn(Optional.of(BoardFixtures.AS_OF.plusSeconds(300)));
		given(syncState.get(SyncState.LAST_FAILURE_REASON)).willReturn(Optional.of("GLPI <unreachable>"));

		// when
		String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();

		// then
		assertThat(html).contains("Stale data", "The last sync failed at 13:37: GLPI &lt;unreachable&gt;", "is-stale");
	}

	@Test
	void anUnchangedPageAnswersTheTvsReloadWith304() throws Exception {
		// given
		String etag = mvc.perform(get("/")).andReturn().getResponse().getHeader("ETag");

		// then
		assertThat(etag).isNotBlank();
		mvc.perform(get("/").header("If-None-Match", etag)).andExpect(status().isNotModified());
	}

	@Test
	void everyResponseForbidsScriptsFramingAndSniffing() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("default-src 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"));
	}

	@Test
	void chartsAreServedFromMemoryAndCachedUntilTheNextSnapshot() throws Exception {
		// when
		MvcResult result = mvc
			.perform(get("/charts/trend.png").param("entity", "1")
				.param("v", Long.toString(BoardFixtures.AS_OF.toEpochMilli())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andReturn();

		// then
		assertThat(result.getResponse().getContentAsByteArray()).startsWith(0x89, 'P', 'N', 'G');
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("max-age=86400", "immutable");
		mvc.perform(get("/charts/trend.png").param("v", "1")).andExpect(header().string("Cache-Control", "no-cache"));
		mvc.perform(get("/charts/trend.png").param("entity", "999")).andExpect(status().isNotFound());
	}

	@Test
	void apiReturnsTheBoardsNumbersWithTheFullTrend() throws Exception {
		// given
		WallboardFigures history = BoardFixtures.figures(null, 120);
		willReturn(Optional.of(history)).given(figures).forScope(eq(Scope.everything()), eq(400));

		// then
		mvc.perform(get("/api/wallboard"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.open.total").value(120))
			.andExpect(jsonPath("$.today.opened").value(7))
			.andExpect(jsonPath("$.openChangeSinceYesterday").value(10))
			.andExpect(jsonPath("$.trend.length()").value(history.trend().size()))
			.andExpect(jsonPath("$.stale").value(false));
		mvc.perform(get("/api/wallboard").param("entity", "999")).andExpect(status().isNotFound());
	}

	@Test
	void runsListsEachSyncWithItsCountsAndTheReasonOfFailures() throws Exception {
		// given
		JobInstance first = new JobInstance(1, RunHistory.JOB_NAME);
		JobInstance second = new JobInstance(2, RunHistory.JOB_NAME);
		JobExecution ok = execution(first, 10, BatchStatus.COMPLETED, ExitStatus.COMPLETED);
		ok.getExecutionContext().putLong("tickets", 5000);
		ok.getExecutionContext().putLong("requests", 20);
		// as Spring Batch stores a failure when the sync recorded no reason of its own: a
		// stack trace
		JobExecution failed = execution(second, 11, BatchStatus.FAILED, new ExitStatus("FAILED",
				"io.glpiwallboard.glpi.GlpiUnreachableException: GLPI unreachable: connection refused\n\tat io.glpiwallboard.X.y(X.java:1)"));
		given(jobs.getJobInstances(RunHistory.JOB_NAME, 0, RunsController.SHOWN)).willReturn(List.of(second, first));
		given(jobs.getJobExecutions(first)).willReturn(List.of(ok));
		given(jobs.getJobExecutions(second)).willReturn(List.of(failed));

		// when
		String html = mvc.perform(get("/runs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then
		assertThat(html).contains("COMPLETED", "5000", "20", "FAILED", ">GLPI unreachable: connection refused<", "FULL")
			.doesNotContain("X.java")
			.doesNotContain("Exception");
		assertThat(html.indexOf("FAILED")).isLessThan(html.indexOf("COMPLETED"));
	}

	@Test
	void theApiAndTheRunHistoryAreAskedForAgainEachTime() throws Exception {
		for (String path : new String[] { "/api/wallboard", "/api/wallboard?entity=999", "/runs" }) {
			mvc.perform(get(path)).andExpect(header().string("Cache-Control", "no-cache"));
		}
	}

	private static JobExecution execution(JobInstance instance, long id, BatchStatus status, ExitStatus exit) {
		JobExecution e = new JobExecution(id, instance,
				new JobParametersBuilder().addString("mode", "FULL").toJobParameters());
		e.setStatus(status);
		e.setExitStatus(exit);
		e.setStartTime(LocalDateTime.of(2026, 11, 27, 6, 0));
		e.setEndTime(LocalDateTime.of(2026, 11, 27, 6, 1));
		return e;
	}

}
