package io.glpiwallboard.wallboard;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

import io.glpiwallboard.system.DaysOfWeek;
import io.glpiwallboard.system.SettingFormatException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/**
 * {@code wallboard.working-days} reads the notations an admin uses, the README's
 * included.
 */
class WorkingDaysTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Properties.class)
		.withBean(DaysOfWeek.class);

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "MONDAY..FRIDAY", "MON-FRI", "mon-fri", "Monday..Friday",
			"MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY", "MON-WED,THU,FRI" })
	void mondayToFridayIsWrittenInEveryUsualWay(String notation) {
		context.withPropertyValues("wallboard.working-days=" + notation)
			.run(c -> assertThat(c.getBean(WallboardProperties.class).workingDays())
				.isEqualTo(EnumSet.range(MONDAY, FRIDAY)));
	}

	@Test
	void aYamlListOfDaysBinds() {
		context
			.withPropertyValues("wallboard.working-days[0]=MON", "wallboard.working-days[1]=WEDNESDAY",
					"wallboard.working-days[2]=fri")
			.run(c -> assertThat(c.getBean(WallboardProperties.class).workingDays()).containsExactlyInAnyOrder(MONDAY,
					WEDNESDAY, FRIDAY));
	}

	@Test
	void theDefaultIsMondayToFriday() {
		context.run(c -> assertThat(c.getBean(WallboardProperties.class).workingDays())
			.isEqualTo(EnumSet.range(MONDAY, FRIDAY)));
	}

	@Test
	void aRangeMayWrapAroundTheWeekend() {
		// when
		Set<DayOfWeek> days = DaysOfWeek.parse("FRI-MON");
		// then
		assertThat(days).containsExactlyInAnyOrder(FRIDAY, SATURDAY, SUNDAY, MONDAY);
	}

	@Test
	void somethingThatIsNotADayIsNamed() {
		assertThatThrownBy(() -> DaysOfWeek.parse("MON-FRY")).isInstanceOf(SettingFormatException.class)
			.hasMessage("'FRY' is not a day: expected days such as MONDAY..FRIDAY, MON-FRI or MON,WED,FRI");
		assertThatThrownBy(() -> DaysOfWeek.parse(" , ")).isInstanceOf(SettingFormatException.class);
	}

	@EnableConfigurationProperties(WallboardProperties.class)
	static class Properties {

	}

}
