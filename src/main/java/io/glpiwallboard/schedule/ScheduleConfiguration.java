package io.glpiwallboard.schedule;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import io.glpiwallboard.sync.SyncService;
import io.glpiwallboard.system.TimeZoneProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The in-app schedule, only in {@code serve} (and {@code demo}): the nightly full run and
 * the intraday refresh. The triggers are built here rather than in {@code @Scheduled}
 * strings: they take the wallboard's zone as an object (an empty {@code zone} string
 * would silently mean the server's zone), they are safe across daylight saving time
 * changes, and the tests check the very triggers that run.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("schedule.enabled")
@EnableScheduling
class ScheduleConfiguration implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(ScheduleConfiguration.class);

	private final ScheduleProperties schedule;

	private final ZoneId zone;

	private final ScheduledSyncs syncs;

	ScheduleConfiguration(ScheduleProperties schedule, TimeZoneProperties timeZone, SyncService sync) {
		this.schedule = schedule;
		this.zone = timeZone.zone();
		this.syncs = new ScheduledSyncs(sync);
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		triggers(schedule, zone).forEach((name, trigger) -> {
			Runnable task = name.equals("nightly") ? syncs::nightly : syncs::refresh;
			registrar.addTriggerTask(task, trigger);
			log.info("Scheduled {}: '{}' in {}", name, trigger.expression(), zone.getId());
		});
	}

	/** The active triggers by name; a schedule set to {@code -} has none. */
	static Map<String, WallClockCronTrigger> triggers(ScheduleProperties schedule, ZoneId zone) {
		Map<String, WallClockCronTrigger> triggers = new LinkedHashMap<>();
		if (!SpringCron.DISABLED.equals(schedule.nightly().trim())) {
			triggers.put("nightly", new WallClockCronTrigger("nightly run", schedule.nightly(), zone));
		}
		if (!SpringCron.DISABLED.equals(schedule.refresh().trim())) {
			triggers.put("refresh", new WallClockCronTrigger("refresh", schedule.refresh(), zone));
		}
		return triggers;
	}

}
