package io.glpiwallboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.LongStream;

import io.glpiwallboard.sync.IdRangePlan.IdRange;

import org.junit.jupiter.api.Test;

/**
 * The full sync's ranges: an honest GLPI keeps its plan, a lying one cannot make it
 * explode.
 */
class IdRangePlanTests {

	/**
	 * What reading a plan against these ticket ids costs, range after range (one worker).
	 */
	private record Reading(int ranges, long requests, long pages, long expectedPagesAtStart) {
	}

	@Test
	void anHonestInstanceIsReadInRangesOfALittleUnderFourPages() {
		// given: 100,000 tickets, ids 1..100,000, pages of 500
		long[] ids = LongStream.rangeClosed(1, 100_000).toArray();

		// when
		Reading reading = read(new IdRangePlan(1, 100_000, 100_000, 500), ids, 500);

		// then: 52 ranges of 1,940 ids (97% of four pages) and the open-ended one for new
		// tickets
		assertThat(reading.ranges()).isEqualTo(52 + 1);
		assertThat(reading.pages()).isEqualTo(51 * 4 + 3);
		assertThat(reading.expectedPagesAtStart()).isBetween(reading.pages(), reading.pages() + 4);
	}

	@Test
	void aSmallInstanceIsPlannedWithThePagesItReallyTakes() {
		// given: the "10/7 pages" case: 700 tickets, pages of 100, one page per range
		long[] ids = LongStream.rangeClosed(1, 700).toArray();

		// when
		Reading reading = read(new IdRangePlan(1, 700, 700, 100), ids, 100);

		// then
		assertThat(reading.pages()).isEqualTo(8);
		assertThat(reading.expectedPagesAtStart()).isEqualTo(8);
	}

	@Test
	void aHugeClaimedTotalOverAHugeIdSpanCostsRequestsLogarithmicInTheSpan() {
		// given: 600 tickets and one imported with id 10^12; GLPI claims 10^9 tickets
		long[] ids = LongStream.concat(LongStream.rangeClosed(1, 600), LongStream.of(1_000_000_000_000L)).toArray();

		// when
		Reading reading = read(new IdRangePlan(1, 1_000_000_000_000L, 1_000_000_000L, 100), ids, 100);

		// then: the claim alone would plan 2.6 million ranges of 388,000 ids
		assertThat(reading.ranges()).isLessThan(20);
		assertThat(reading.requests()).isLessThan(30);
	}

	@Test
	void anIdSpanUpToTheLargestIdEndsAfterAFewRanges() {
		// given: GLPI claims 10 tickets between id 1 and Long.MAX_VALUE - 1
		long[] ids = LongStream.rangeClosed(1, 10).toArray();

		// when
		Reading reading = read(new IdRangePlan(1, Long.MAX_VALUE - 1, 10, 100), ids, 100);

		// then
		assertThat(reading.ranges()).isLessThan(40);
	}

	@Test
	void aRangeFarDenserThanPlannedMakesTheNextOnesNarrower() {
		// given: GLPI claims 1,000 tickets over ids 1..10,000,000, every one of which
		// exists
		IdRangePlan plan = new IdRangePlan(1, 10_000_000, 1000, 100);
		IdRange first = plan.next().orElseThrow();

		// when
		plan.done(first, first.to() - first.from() + 1, (first.to() - first.from()) / 100 + 1);
		IdRange second = plan.next().orElseThrow();

		// then: four times narrower at most per range, so that the workers share what is
		// left
		assertThat(second.to() - second.from() + 1).isEqualTo((first.to() - first.from() + 1) / 4);
	}

	@Test
	void anEmptyGlpiIsReadByTheOpenEndedRangeAlone() {
		// given
		IdRangePlan plan = new IdRangePlan(0, 0, 0, 100);

		// then
		assertThat(plan.next()).contains(new IdRange(1, Long.MAX_VALUE));
		assertThat(plan.next()).isEmpty();
	}

	private static Reading read(IdRangePlan plan, long[] ids, int pageSize) {
		long expected = plan.expectedPages();
		int ranges = 0;
		long requests = 0;
		long pages = 0;
		long nextFrom = -1;
		for (Optional<IdRange> r = plan.next(); r.isPresent(); r = plan.next()) {
			IdRange range = r.get();
			if (nextFrom >= 0) {
				assertThat(range.from()).as("ranges follow each other without gap or overlap").isEqualTo(nextFrom);
			}
			nextFrom = range.to() == Long.MAX_VALUE ? Long.MAX_VALUE : range.to() + 1;
			long rows = count(ids, range);
			long rangePages = (rows + pageSize - 1) / pageSize;
			// keyset: full pages, then a short or empty one ends the range
			requests += rows / pageSize + 1;
			pages += rangePages;
			ranges++;
			plan.done(range, rows, rangePages);
			assertThat(ranges).as("the plan ends").isLessThan(100_000);
		}
		return new Reading(ranges, requests, pages, expected);
	}

	private static long count(long[] ids, IdRange range) {
		int from = Arrays.binarySearch(ids, range.from());
		int to = Arrays.binarySearch(ids, range.to());
		from = from >= 0 ? from : -from - 1;
		to = to >= 0 ? to + 1 : -to - 1;
		return Math.max(0, to - from);
	}

}
