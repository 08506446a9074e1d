package io.glpiwallboard.glpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which pages agree with their own Content-Range: GLPI's quirks do, lies do not. */
class PageConsistencyTests {

	@ParameterizedTest(name = "HTTP {0}, {1} rows, Content-Range {2}, start {3}, limit {4}")
	@CsvSource(delimiter = '|', textBlock = """
			206 | 100 | 0-99/442    | 0   | 100
			200 | 42  | 400-441/442 | 400 | 100
			200 | 0   | 0--1/0      | 0   | 100
			200 | 0   | 500-41/42   | 500 | 100
			200 | 99  | 0-99/99     | 0   | 100
			206 | 1   | 0-0/24      | 0   | 1
			200 | 2   | 0-1/5       | 0   | 5
			206 | 3   |             | 0   | 5
			200 | 0   |             | 0   | 5
			""")
	void acceptsEveryPageGlpiProducesQuirksIncluded(int status, int rows, String range, long start, int limit) {
		// when
		Optional<String> contradiction = PageConsistency.contradiction(status, rows, ContentRange.parse(range),
				new ListQuery(null, "id:asc", start, limit));

		// then
		assertThat(contradiction).isEmpty();
	}

	@ParameterizedTest(name = "HTTP {0}, {1} rows, Content-Range {2}, start {3}: {5}")
	@CsvSource(delimiter = '|', textBlock = """
			206 | 0   | 0-199/300   | 0   | 200 | HTTP 206 (more rows follow) with an empty page
			200 | 0   | 0-199/300   | 0   | 200 | an empty page, but Content-Range 0-199/300 says 300 rows match
			206 | 0   |             | 0   | 200 | HTTP 206 (more rows follow) with an empty page
			200 | 0   | 0--1/5      | 0   | 200 | an empty page
			200 | 150 | 0-199/300   | 0   | 200 | 150 rows, but Content-Range 0-199/300 announces 200
			206 | 200 | 0-99/300    | 0   | 200 | 200 rows, but Content-Range 0-99/300 announces 100
			200 | 5   | 0-4/3       | 0   | 200 | 5 rows, but Content-Range 0-4/3 leaves room for 3
			200 | 1   | 0-0/0       | 0   | 200 | 1 rows, but Content-Range 0-0/0 leaves room for 0
			200 | 4   | 700-703/703 | 700 | 200 | 4 rows, but Content-Range 700-703/703 leaves room for 3
			200 | 3   | 800-802/703 | 800 | 200 | leaves room for 0
			206 | 100 | 100-199/300 | 0   | 100 | starts at row 100 but the request asked for row 0
			""")
	void flagsEveryPageThatContradictsItsOwnContentRange(int status, int rows, String range, long start, int limit,
			String expected) {
		// when
		Optional<String> contradiction = PageConsistency.contradiction(status, rows, ContentRange.parse(range),
				new ListQuery(null, "id:asc", start, limit));

		// then
		assertThat(contradiction).hasValueSatisfying(c -> assertThat(c).contains(expected));
	}

	@Test
	void anUnreadableContentRangeIsNoClaim() {
		// given: the lenient parser ignores what it cannot read; the short page then ends
		// the list
		Optional<ContentRange> unreadable = ContentRange.parse("bytes */42");

		// then
		assertThat(PageConsistency.contradiction(200, 3, unreadable, ListQuery.of(null, "id:asc", 5))).isEmpty();
	}

}
