package io.glpiwallboard.wallboard.web;

import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.sync.ConnectionSettings;
import io.glpiwallboard.sync.SyncState;
import io.glpiwallboard.testing.ValidHtml;
import io.glpiwallboard.wallboard.BoardFixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(
		controllers = { BoardController.class, ChartController.class, RunsController.class,
				WallboardApiController.class },
		properties = { "wallboard.time-zone=UTC", "wallboard.access-token=s3cret-Tok" })
@Import(BoardWebTestConfiguration.class)
class AccessTokenInterceptorTests {

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

	@BeforeEach
	void snapshotExists() {
		BoardFixtures.snapshotExists(figures, syncState);
	}

	@Test
	void withoutTheTokenEveryDataPageAnswers401() throws Exception {
		for (String path : new String[] { "/", "/board/1", "/charts/trend.png", "/runs", "/api/wallboard" }) {
			mvc.perform(get(path)).andExpect(status().isUnauthorized());
		}
		String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Access token required", "content=\"60; url=/\"").doesNotContain("s3cret");
		ValidHtml.assertValid("401 page", html);
	}

	@Test
	void aWrongTokenAnswers403AndRetriesWithTheSameAddressWithoutShowingTheRealToken() throws Exception {
		// when
		String html = mvc.perform(get("/board/1").param("token", "guess<script>").param("rotate", "1,4"))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then: the TV keeps its own token, so setting the server back to it brings the
		// boards back
		assertThat(html)
			.contains("Access refused", "content=\"60; url=/board/4?rotate=1,4&amp;token=guess%3Cscript%3E\"")
			.doesNotContain("s3cret")
			.doesNotContain("<script");
		ValidHtml.assertValid("403 page", html);
	}

	@Test
	void theRightTokenShowsTheBoardAndStaysInItsRefreshAndChartLinks() throws Exception {
		// when
		String html = mvc.perform(get("/").param("token", "s3cret-Tok").param("rotate", "all,1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then
		assertThat(html).contains("url=/board/1?rotate=all,1&amp;token=s3cret-Tok\"",
				"v=" + BoardFixtures.AS_OF.toEpochMilli() + "&amp;token=s3cret-Tok",
				"href=\"/board/4?token=s3cret-Tok\"");
	}

	@Test
	void apiClientsMayUseABearerHeaderAndStylesNeedNoToken() throws Exception {
		mvc.perform(get("/api/wallboard").header("Authorization", "Bearer s3cret-Tok")).andExpect(status().isOk());
		mvc.perform(get("/api/wallboard").header("Authorization", "Bearer nope")).andExpect(status().isForbidden());
		mvc.perform(get("/css/board.css")).andExpect(status().isOk());
	}

	@Test
	void dataGuardedByATokenIsNeverStoredByBrowsersOrProxies() throws Exception {
		for (String path : new String[] { "/api/wallboard", "/runs" }) {
			// with the token, and the refusals without it
			mvc.perform(get(path).param("token", "s3cret-Tok"))
				.andExpect(status().isOk())
				.andExpect(
						header().string("Cache-Control", allOf(containsString("private"), containsString("no-store"))));
			mvc.perform(get(path))
				.andExpect(status().isUnauthorized())
				.andExpect(
						header().string("Cache-Control", allOf(containsString("private"), containsString("no-store"))));
		}
	}

}
