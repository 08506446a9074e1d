package io.glpiwallboard.wallboard.web;

import java.time.Clock;
import java.time.ZoneOffset;

import io.glpiwallboard.snapshot.SnapshotProperties;
import io.glpiwallboard.system.TimeZoneProperties;
import io.glpiwallboard.wallboard.BoardFixtures;
import io.glpiwallboard.wallboard.BoardProperties;
import io.glpiwallboard.wallboard.Freshness;
import io.glpiwallboard.wallboard.LatestSnapshot;
import io.glpiwallboard.wallboard.WallboardProperties;
import io.glpiwallboard.wallboard.view.BoardCache;
import io.glpiwallboard.wallboard.view.BoardRenderer;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The board's beans around mocked snapshot and sync state, at a fixed "now" ten minutes
 * after the snapshot.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties({ WallboardProperties.class, TimeZoneProperties.class, SnapshotProperties.class,
		BoardProperties.class })
@Import({ BoardPages.class, LatestSnapshot.class, BoardCache.class, BoardRenderer.class, Freshness.class,
		RunHistory.class, ErrorPages.class })
class BoardWebTestConfiguration {

	@Bean
	Clock clock() {
		return Clock.fixed(BoardFixtures.AS_OF.plusSeconds(600), ZoneOffset.UTC);
	}

}
