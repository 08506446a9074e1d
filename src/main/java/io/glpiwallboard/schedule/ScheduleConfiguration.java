package io.glpiwallboard.schedule;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import io.glpiwallboard.sync.SyncService;
import io.glpiwallboard.system.WallboardProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The in-app schedule, only in {@code serve} (and {@code demo}): the nightly full run and the
 * intraday refresh. The triggers are built here, from the properties and the wallboard's zone
 * object, rather than in {@code @Scheduled} strings, so the zone is never an empty string that
 * Spring would silently read as the server's zone and tests check the very triggers that run.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("schedule.enabled")
@EnableScheduling
class ScheduleConfiguration implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(ScheduleConfiguration.class);

	private final ScheduleProperties schedule;

	private final ZoneId zone;

	private final ScheduledSyncs syncs;

	ScheduleConfiguration(ScheduleProperties schedule, WallboardProperties wallboard, SyncService sync) {
		this.schedule = schedule;
		this.zone = wallboard.zone();
		this.syncs = new ScheduledSyncs(sync);
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		triggers(schedule, zone).forEach((name, trigger) -> {
			Runnable task = name.equals("nightly") ? syncs::nightly : syncs::refresh;
			registrar.addTriggerTask(task, trigger);
			log.info("Scheduled {}: '{}' in {}", name, trigger.getExpression(), zone.getId());
		});
	}

	/** The active triggers by name; a schedule set to {@code -} has none. */
	static Map<String, CronTrigger> triggers(ScheduleProperties schedule, ZoneId zone) {
		Map<String, CronTrigger> triggers = new LinkedHashMap<>();
		if (!SpringCron.DISABLED.equals(schedule.nightly().trim())) {
			triggers.put("nightly", new CronTrigger(schedule.nightly(), zone));
		}
		if (!SpringCron.DISABLED.equals(schedule.refresh().trim())) {
			triggers.put("refresh", new CronTrigger(schedule.refresh(), zone));
		}
		return triggers;
	}

}
