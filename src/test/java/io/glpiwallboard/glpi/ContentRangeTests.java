package io.glpiwallboard.glpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentRangeTests {

	@Test
	void readsAnOrdinaryRange() {
		// when
		ContentRange range = ContentRange.parse("0-499/1234").orElseThrow();

		// then
		assertThat(range.start()).isZero();
		assertThat(range.end()).isEqualTo(499);
		assertThat(range.total()).isEqualTo(1234);
	}

	@Test
	void acceptsTheEmptyResultQuirk() {
		// GLPI computes end = start + limit - 1 clamped to total - 1, so an empty list
		// reads 0--1/0
		assertThat(ContentRange.parse("0--1/0")).hasValueSatisfying(r -> {
			assertThat(r.total()).isZero();
			assertThat(r.end()).isEqualTo(-1);
		});
	}

	@Test
	void acceptsAStartPastTheEnd() {
		assertThat(ContentRange.parse("500-41/42")).hasValueSatisfying(r -> {
			assertThat(r.start()).isEqualTo(500);
			assertThat(r.total()).isEqualTo(42);
		});
	}

	@Test
	void ignoresWhatIsNotARange() {
		assertThat(ContentRange.parse(null)).isEmpty();
		assertThat(ContentRange.parse("")).isEmpty();
		assertThat(ContentRange.parse("bytes */42")).isEmpty();
		assertThat(ContentRange.parse("0-1/99999999999999999999999")).isEmpty();
	}

	@Test
	void aPageIsLastWhenShortOrWhenTheTotalIsReached() {
		// given
		GlpiPage<String> full = new GlpiPage<>(java.util.List.of("a", "b"), ContentRange.parse("0-1/4"),
				java.util.Optional.empty());
		GlpiPage<String> end = new GlpiPage<>(java.util.List.of("c", "d"), ContentRange.parse("2-3/4"),
				java.util.Optional.empty());
		GlpiPage<String> shortPage = new GlpiPage<>(java.util.List.of("e"), java.util.Optional.empty(),
				java.util.Optional.empty());

		GlpiPage<String> capped = new GlpiPage<>(java.util.List.of("a", "b"), ContentRange.parse("0-1/9"),
				java.util.Optional.empty());
		GlpiPage<String> empty = new GlpiPage<>(java.util.List.of(), ContentRange.parse("0-4/9"),
				java.util.Optional.empty());

		// then
		assertThat(full.isLast(0, 2)).isFalse();
		assertThat(end.isLast(2, 2)).as("a full page is never trusted to be the last").isFalse();
		assertThat(end.isLast(2, 5)).isTrue();
		assertThat(shortPage.isLast(0, 2)).isTrue();
		assertThat(capped.isLast(0, 5)).as("a server capping the page size below limit").isFalse();
		assertThat(empty.isLast(0, 5)).isTrue();
	}

}
