package io.glpiwallboard.wallboard.web;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.glpiwallboard.sync.SyncJob;
import io.glpiwallboard.system.TimeZoneProperties;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * The last syncs as the job repository recorded them, newest first, times in the board's
 * zone ({@code wallboard.time-zone}). Reads the keys the sync writes into the job's
 * execution context ({@link SyncJob}): tickets, requests, failure, publishErrors,
 * publishFailed.
 */
@Component
class RunHistory {

	static final String JOB_NAME = SyncJob.NAME;

	/**
	 * A run whose sync and snapshot succeeded but a publisher (mail, workbook...) failed.
	 */
	static final String PARTIAL = "PARTIAL";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm:ss z",
			Locale.ENGLISH);

	/**
	 * "io.glpiwallboard.glpi.GlpiUnreachableException: " at the start of a stored stack
	 * trace.
	 */
	private static final Pattern CLASS_NAME = Pattern.compile("^(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?::\\s*|$)");

	private final JobRepository jobs;

	private final TimeZoneProperties properties;

	RunHistory(JobRepository jobs, TimeZoneProperties properties) {
		this.jobs = jobs;
		this.properties = properties;
	}

	/**
	 * @param mode FULL or INCREMENTAL
	 * @param status what a person reads: completed, failed, "completed, mail failed",
	 * interrupted, running
	 * @param state the row's CSS class: the batch status, or {@link #PARTIAL}
	 * @param tickets tickets in the mirror after the run, null if not reached
	 * @param requests HTTP requests sent to GLPI, null for runs recorded before they were
	 * counted
	 * @param errors why the run failed or what failed to publish, in one line; empty when
	 * all went well
	 */
	record Run(long id, String started, String ended, String duration, String mode, String status, String state,
			Long tickets, Long requests, String errors) {
	}

	/** The zone the times are shown in, e.g. {@code Europe/Paris}. */
	String zone() {
		return properties.zone().getId();
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
		boolean published = !context.containsKey(SyncJob.PUBLISH_ERRORS);
		String state = e.getStatus() == BatchStatus.FAILED && !published ? PARTIAL : e.getStatus().name();
		Duration took = e.getStartTime() == null || e.getEndTime() == null ? null
				: Duration.between(e.getStartTime(), e.getEndTime());
		return new Run(e.getId(), format(e.getStartTime()), format(e.getEndTime()),
				took == null ? "" : String.format(Locale.ENGLISH, "%.1f s", took.toMillis() / 1000.0),
				e.getJobParameters().getString("mode"), label(e.getStatus(), state, context), state,
				context.containsKey(SyncJob.TICKETS) ? context.getLong(SyncJob.TICKETS) : null,
				context.containsKey(SyncJob.REQUESTS) ? context.getLong(SyncJob.REQUESTS) : null, errors(e, context));
	}

	private static String label(BatchStatus status, String state, ExecutionContext context) {
		if (PARTIAL.equals(state)) {
			String failed = context.containsKey(SyncJob.PUBLISH_FAILED) ? context.getString(SyncJob.PUBLISH_FAILED)
					: "publishing";
			return "completed, " + and(failed) + " failed";
		}
		return switch (status) {
			case COMPLETED -> "completed";
			case FAILED -> "failed";
			case ABANDONED -> "interrupted";
			case STARTING, STARTED -> "running";
			case STOPPING, STOPPED -> "stopped";
			default -> status.name().toLowerCase(Locale.ROOT);
		};
	}

	/** "mail, workbook" reads "mail and workbook". */
	private static String and(String names) {
		List<String> parts = Arrays.asList(names.split(",\\s*"));
		return parts.size() < 2 ? names
				: String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

	private static String errors(JobExecution e, ExecutionContext context) {
		if (context.containsKey(SyncJob.PUBLISH_ERRORS)) {
			return context.getString(SyncJob.PUBLISH_ERRORS);
		}
		if (context.containsKey(SyncJob.FAILURE)) {
			return context.getString(SyncJob.FAILURE);
		}
		String exit = e.getExitStatus() == null ? null : e.getExitStatus().getExitDescription();
		if (e.getStatus() == BatchStatus.COMPLETED || exit == null || exit.isBlank()) {
			return "";
		}
		return userLine(exit);
	}

	/**
	 * Runs recorded before the sync wrote its own reason keep Spring Batch's exit
	 * description: a stack trace. The page wants its first line, without the Java class
	 * names.
	 */
	static String userLine(String text) {
		String line = text.strip().lines().findFirst().orElse("");
		String previous;
		do {
			previous = line;
			line = CLASS_NAME.matcher(line).replaceFirst("").strip();
		}
		while (!line.equals(previous) && !line.isEmpty());
		if (line.isEmpty()) {
			return "unexpected internal error (the log has the details)";
		}
		return line.length() > 300 ? line.substring(0, 300) + "…" : line;
	}

	/** The job repository stores local times of the JVM's zone. */
	private String format(LocalDateTime time) {
		return time == null ? ""
				: WHEN.format(time.atZone(ZoneId.systemDefault()).withZoneSameInstant(properties.zone()));
	}

}
