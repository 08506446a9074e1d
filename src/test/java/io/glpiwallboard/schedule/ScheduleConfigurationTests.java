package io.glpiwallboard.schedule;

import io.glpiwallboard.sync.SyncBusyException;
import io.glpiwallboard.sync.SyncMode;
import io.glpiwallboard.sync.SyncService;
import io.glpiwallboard.system.TimeZoneProperties;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ScheduleConfigurationTests {

	final SyncService sync = mock(SyncService.class);

	final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Properties.class, ScheduleConfiguration.class)
		.withBean(SyncService.class, () -> sync)
		.withPropertyValues("wallboard.time-zone=Europe/Paris");

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ ScheduleProperties.class, TimeZoneProperties.class })
	static class Properties {

	}

	@Test
	void serveSchedulesTheNightlyRunAndTheRefresh() {
		context.withPropertyValues("schedule.enabled=true").run(app -> {
			// given / when: started as 'serve' does
			// then
			assertThat(app).hasNotFailed();
			assertThat(app.getBean(ScheduledTaskHolder.class).getScheduledTasks()).hasSize(2);
		});
	}

	@Test
	void runAndRefreshScheduleNothing() {
		context.withPropertyValues("schedule.enabled=false").run(app -> {
			assertThat(app).hasNotFailed();
			assertThat(app).doesNotHaveBean(ScheduleConfiguration.class);
			assertThat(app).doesNotHaveBean(ScheduledTaskHolder.class);
		});
	}

	@Test
	void aMistypedCronStopsTheStartWithThePropertyNameAndTheExpectedSyntax() {
		// given: a five-field (crontab) expression where Spring expects six
		context.withPropertyValues("schedule.enabled=true", "schedule.nightly=30 2 * * *").run(app -> {
			// then
			assertThat(app).hasFailed();
			assertThat(app.getStartupFailure()).rootCause()
				.hasMessageContaining("nightly")
				.hasMessageContaining("6 fields")
				.hasMessageContaining("30 2 * * *");
		});
	}

	@Test
	void aRunDueWhileAnotherIsGoingIsSkippedWithoutHarm() {
		// given
		when(sync.run(any(), anyBoolean())).thenThrow(new SyncBusyException("a sync is already running"));
		ScheduledSyncs syncs = new ScheduledSyncs(sync);
		// when / then
		assertThatNoException().isThrownBy(syncs::nightly);
		assertThatNoException().isThrownBy(syncs::refresh);
		verify(sync).run(SyncMode.FULL, false);
		verify(sync).run(SyncMode.INCREMENTAL, false);
	}

}
