package io.glpiwallboard.wallboard;

import java.util.Map;
import java.util.Optional;

import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.sync.SyncState;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(controllers = { BoardController.class, ChartController.class, RunsController.class,
		WallboardApiController.class }, properties = { "wallboard.time-zone=UTC", "wallboard.access-token=s3cret-Tok" })
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

	@BeforeEach
	void snapshotExists() {
		BoardFixtures.stub(figures, 120);
		given(syncState.instant(SyncState.LAST_SUCCESS)).willReturn(Optional.of(BoardFixtures.AS_OF));
	}

	@Test
	void withoutTheTokenEveryDataPageAnswers401() throws Exception {
		for (String path : new String[] { "/", "/board/1", "/charts/trend.png", "/runs", "/api/wallboard" }) {
			mvc.perform(get(path)).andExpect(status().isUnauthorized());
		}
		String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Access token required").doesNotContain("s3cret");
	}

	@Test
	void aWrongTokenAnswers403WithoutEchoingEitherToken() throws Exception {
		// when
		String html = mvc.perform(get("/board/1").param("token", "guess<script>"))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();

		// then
		assertThat(html).contains("Access refused").doesNotContain("s3cret").doesNotContain("guess");
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
		assertThat(html).contains("url=/board/1?rotate=all,1&amp;token=s3cret-Tok\"", "v=" + BoardFixtures.AS_OF.toEpochMilli()
				+ "&amp;token=s3cret-Tok", "href=\"/board/4?token=s3cret-Tok\"");
	}

	@Test
	void apiClientsMayUseABearerHeaderAndStylesNeedNoToken() throws Exception {
		mvc.perform(get("/api/wallboard").header("Authorization", "Bearer s3cret-Tok")).andExpect(status().isOk());
		mvc.perform(get("/api/wallboard").header("Authorization", "Bearer nope")).andExpect(status().isForbidden());
		mvc.perform(get("/css/board.css")).andExpect(status().isOk());
	}

}
