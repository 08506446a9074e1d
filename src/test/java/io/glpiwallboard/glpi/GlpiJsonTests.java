package io.glpiwallboard.glpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class GlpiJsonTests {

	@Test
	void readsGlpiDatesWithAnyOffset() {
		assertThat(GlpiJson.LenientDateTime.parse("2026-03-29T01:59:59+01:00"))
			.isEqualTo(OffsetDateTime.of(2026, 3, 29, 1, 59, 59, 0, ZoneOffset.ofHours(1)));
		assertThat(GlpiJson.LenientDateTime.parse("2026-11-02T08:00:00-05:00").toInstant())
			.isEqualTo(java.time.Instant.parse("2026-11-02T13:00:00Z"));
		assertThat(GlpiJson.LenientDateTime.parse("2026-11-02T08:00:00-03:30").toInstant())
			.isEqualTo(java.time.Instant.parse("2026-11-02T11:30:00Z"));
	}

	@Test
	void acceptsTheShapesOlderBuildsAndPluginsSend() {
		assertThat(GlpiJson.LenientDateTime.parse("2026-11-02T08:00:00Z").toInstant())
			.isEqualTo(java.time.Instant.parse("2026-11-02T08:00:00Z"));
		assertThat(GlpiJson.LenientDateTime.parse("2026-11-02 08:00:00").toInstant())
			.isEqualTo(java.time.Instant.parse("2026-11-02T08:00:00Z"));
		assertThat(GlpiJson.LenientDateTime.parse("2026-11-02T08:00:00.250+00:00").toInstant())
			.isEqualTo(java.time.Instant.parse("2026-11-02T08:00:00.250Z"));
		assertThat(GlpiJson.LenientDateTime.parse("")).isNull();
		assertThat(GlpiJson.LenientDateTime.parse("0000-00-00 00:00:00")).isNull();
	}

	@Test
	void refusesWhatIsNotADate() {
		assertThatThrownBy(() -> GlpiJson.LenientDateTime.parse("2026-13-45T99:00:00+01:00"))
			.hasMessageContaining("unreadable date");
		assertThatThrownBy(() -> GlpiJson.LenientDateTime.parse("yesterday")).hasMessageContaining("unreadable date");
	}

}
