package io.glpiwallboard.wallboard;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.glpiwallboard.system.WallboardProperties;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/** The last syncs as the job repository recorded them, newest first, times in the board's zone. */
@Component
class RunHistory {

	static final String JOB_NAME = "glpiSync";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm:ss", Locale.ENGLISH);

	private final JobRepository jobs;

	private final WallboardProperties properties;

	RunHistory(JobRepository jobs, WallboardProperties properties) {
		this.jobs = jobs;
		this.properties = properties;
	}

	/**
	 * @param mode FULL or INCREMENTAL
	 * @param status the batch status, also the row's CSS class
	 * @param tickets tickets in the mirror after the run, null if not reached
	 * @param requests HTTP requests sent to GLPI
	 * @param errors why the run failed or what failed to publish; empty when all went well
	 */
	record Run(long id, String started, String ended, String duration, String mode, String status, Long tickets,
			Long requests, String errors) {
	}

	List<Run> latest(int count) {
		List<JobInstance> instances = jobs.getJobInstances(JOB_NAME, 0, count);
		return instances.stream()
			.flatMap(i -> jobs.getJobExecutions(i).stream())
			.sorted(Comparator.comparingLong(JobExecution::getId).reversed())
			.limit(count)
			.map(this::run)
			.toList();
	}

	private Run run(JobExecution e) {
		ExecutionContext context = e.getExecutionContext();
		String errors = context.containsKey("publishErrors") ? context.getString("publishErrors") : "";
		String exit = e.getExitStatus() == null ? "" : e.getExitStatus().getExitDescription();
		if (errors.isEmpty() && exit != null && !exit.isBlank() && !"COMPLETED".equals(e.getStatus().name())) {
			errors = firstLine(exit);
		}
		Duration took = e.getStartTime() == null || e.getEndTime() == null ? null
				: Duration.between(e.getStartTime(), e.getEndTime());
		return new Run(e.getId(), format(e.getStartTime()), format(e.getEndTime()),
				took == null ? "" : String.format(Locale.ENGLISH, "%.1f s", took.toMillis() / 1000.0),
				e.getJobParameters().getString("mode"), e.getStatus().name(),
				context.containsKey("tickets") ? context.getLong("tickets") : null,
				context.containsKey("requests") ? context.getLong("requests") : null, errors);
	}

	/** Exit descriptions hold stack traces; the page wants the reason. */
	private static String firstLine(String text) {
		String line = text.strip().lines().findFirst().orElse("");
		return line.length() > 300 ? line.substring(0, 300) + "…" : line;
	}

	/** The job repository stores local times of the JVM's zone. */
	private String format(LocalDateTime time) {
		return time == null ? "" : WHEN.format(time.atZone(ZoneId.systemDefault()).withZoneSameInstant(properties.zone()));
	}

}
