package io.glpiwallboard.benchmark;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdealPagerTests {

	@Test
	void readsTheLastTicketsIdAndCountsTicketsWithoutBeingFooledByNestedIdsOrText() {
		// given: nested objects with their own ids, text that looks like JSON, an "id"
		// string value
		String body = """
				[{"id": 7, "name": "a {\\"id\\": 99} [", "entity": {"id": 3}, "team": [{"id": 12, "role": "id"}]},
				 {"name": "id", "entity": {"id": 4}, "id":1234, "content": "}}]]"}]""";

		// when
		var page = IdealPager.scan(body.getBytes(StandardCharsets.UTF_8));

		// then
		assertThat(page.count).isEqualTo(2);
		assertThat(page.lastId).isEqualTo(1234);
	}

}
