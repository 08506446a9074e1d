package io.glpiwallboard.glpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The RSQL GLPI receives: ranges, keysets and date literals in its wall-clock time. */
class ListQueriesTests {

	@Test
	void theOpenEndedRangeSelectsEveryIdFromItsStart() {
		assertThat(ListQueries.idRange(1, Long.MAX_VALUE)).isEqualTo("id=gt=0");
		assertThat(ListQueries.idRange(1000, 1999)).isEqualTo("id=ge=1000;id=le=1999");
	}

	@Test
	void theKeysetNarrowsTheRangeToIdsAfterTheLastRow() {
		assertThat(ListQueries.idAfter("id=ge=1;id=le=9", 2)).isEqualTo("id=ge=1;id=le=9;id=gt=2");
		assertThat(ListQueries.idAfter(null, 17)).isEqualTo("id=gt=17");
	}

	@Test
	void modifiedSinceIsWrittenInGlpisWallClockTime() {
		// given: GLPI prints its dates at UTC+01:00
		Instant since = Instant.parse("2026-11-30T06:00:00Z");

		// then
		assertThat(ListQueries.modifiedSince(since, ZoneOffset.ofHours(1)))
			.isEqualTo("date_mod=ge='2026-11-30 07:00:00'");
		// unknown offset: reach back the widest one (UTC+14), so that nothing is missed
		assertThat(ListQueries.modifiedSince(since, null)).isEqualTo("date_mod=ge='2026-11-29 16:00:00'");
		assertThat(ListQueries.modifiedAfter("date_mod=ge='2026-11-30 07:00:00'",
				LocalDateTime.parse("2026-11-30T07:05:00"), 42))
			.isEqualTo(
					"date_mod=ge='2026-11-30 07:00:00';(date_mod=gt='2026-11-30 07:05:00',(date_mod=='2026-11-30 07:05:00';id=gt=42))");
	}

}
