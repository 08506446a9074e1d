package io.glpiwallboard.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class RsqlTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final SimulatedGlpi DATA = new SimulatedGlpi(SampleData.entities(), List.of(),
			java.time.Clock.systemUTC(), PARIS);

	private static final FieldSet<SimTicket> FIELDS = SchemaFields.tickets(DATA);

	private static SimTicket ticket(long id, String name, String dateMod) {
		Instant instant = Instant.parse(dateMod);
		return SimTicket.simple(id, name, 1, instant.minusSeconds(3600)).withDateMod(instant);
	}

	private static boolean matches(String filter, SimTicket ticket) {
		Predicate<SimTicket> predicate = RsqlPredicate.compile(RsqlParser.parse(filter), FIELDS, new WallClock(PARIS));
		return predicate.test(ticket);
	}

	@Test
	void quotedValuesEscapesAndListsParse() {
		// given
		SimTicket tricky = ticket(5, "a,b;c)\"d'", "2026-06-01T10:00:00Z");

		// then
		assertThat(matches("name=='a,b;c)\"d\\''", tricky)).isTrue();
		assertThat(matches("name==a\\,b\\;c\\)\"d'", tricky)).isTrue();
		assertThat(matches("name=in=(x,\"a,b;c)\\\"d'\")", tricky)).isTrue();
		assertThat(matches("id=out=(1,2,3)", tricky)).isTrue();
		assertThat(matches("id=in=(1,2,3)", tricky)).isFalse();
	}

	@Test
	void andBindsTighterThanOrAndGroupsOverrideIt() {
		// given id 5, priority 3
		SimTicket t = ticket(5, "x", "2026-06-01T10:00:00Z");

		// then
		assertThat(matches("id==5,id==6;priority==1", t)).isTrue();
		assertThat(matches("(id==5,id==6);priority==1", t)).isFalse();
	}

	@Test
	void dateLiteralsAreServerWallClockTimes() {
		// given 10:00 UTC is 12:00 in Paris (summer time)
		SimTicket t = ticket(1, "x", "2026-06-01T10:00:00Z");

		// then
		assertThat(matches("date_mod=='2026-06-01 12:00:00'", t)).isTrue();
		assertThat(matches("date_mod=gt='2026-06-01 11:59:59'", t)).isTrue();
		assertThat(matches("date_mod=lt='2026-06-01 12:00:00'", t)).isFalse();
		assertThat(matches("date_mod=ge=2026-06-01", t)).isTrue();
		assertThat(matches("date_solve=isnull=", t)).isTrue();
		assertThat(matches("date_mod=like=2026-06-01*", t)).isTrue();
	}

	@Test
	void likeIsCaseSensitiveAndIlikeIsNot() {
		// given
		SimTicket t = ticket(1, "Printer on 3rd floor", "2026-06-01T10:00:00Z");

		// then
		assertThat(matches("name=like=*printer*", t)).isFalse();
		assertThat(matches("name=ilike=*printer*", t)).isTrue();
		assertThat(matches("name=notlike=Printer*", t)).isFalse();
		assertThat(matches("is_deleted==false;is_deleted!=1", t)).isTrue();
	}

	@Test
	void syntaxErrorsAreRejected() {
		assertThatThrownBy(() -> RsqlParser.parse("(id==1")).isInstanceOf(RsqlException.class);
		assertThatThrownBy(() -> RsqlParser.parse("id")).isInstanceOf(RsqlException.class);
		assertThatThrownBy(() -> RsqlParser.parse("id==")).isInstanceOf(RsqlException.class);
		assertThatThrownBy(() -> RsqlParser.parse("name=='open")).isInstanceOf(RsqlException.class);
	}

	@Test
	void idBoundsComeFromTheTopLevelAndOnly() {
		assertThat(RsqlPredicate.idBounds(RsqlParser.parse("id=gt=100;id=le=600;status.id==1"))).containsExactly(101,
				600);
		assertThat(RsqlPredicate.idBounds(RsqlParser.parse("id=gt=100,id=le=600"))).containsExactly(Long.MIN_VALUE,
				Long.MAX_VALUE);
	}

	@Test
	void partialSortGivesTheSamePageAsAFullStableSort() {
		// given many ties on priority
		Random random = new Random(3);
		List<Integer> values = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			values.add(random.nextInt(10) * 1000 + i);
		}
		Comparator<Integer> byBucket = Comparator.comparingInt(v -> v / 1000);
		List<Integer> full = new ArrayList<>(values);
		full.sort(byBucket);

		// when
		List<Integer> partial = new ArrayList<>(values);
		ListSearch.sortFirst(partial, 200, byBucket);

		// then
		assertThat(partial.subList(0, 200)).isEqualTo(full.subList(0, 200));
	}

}
