package io.glpiwallboard.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import io.glpiwallboard.glpi.GlpiAccessDeniedException;
import io.glpiwallboard.glpi.GlpiAuthenticationException;
import io.glpiwallboard.glpi.GlpiConfigurationException;
import io.glpiwallboard.glpi.GlpiProtocolException;
import io.glpiwallboard.glpi.GlpiUnreachableException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Starts syncs, one at a time: {@code run}, {@code refresh} and the in-app schedule all come
 * through here. Failures come back as one line and an exit code, never as a stack trace.
 */
@Service
public class SyncService {

	private static final Logger log = LoggerFactory.getLogger(SyncService.class);

	private final ReentrantLock lock = new ReentrantLock();

	private final JobOperator jobOperator;

	private final Job job;

	private final SyncState state;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private volatile boolean leftoversClosed;

	private volatile Instant runningSince;

	SyncService(JobOperator jobOperator, Job glpiSync, SyncState state, JdbcTemplate jdbc, Clock clock) {
		this.jobOperator = jobOperator;
		this.job = glpiSync;
		this.state = state;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public SyncOutcome run(SyncMode mode, boolean force) {
		if (!lock.tryLock()) {
			throw new SyncBusyException("a sync is already running (started " + runningSince + "); try again when it ends");
		}
		long started = System.nanoTime();
		try {
			runningSince = clock.instant();
			closeLeftovers();
			JobParameters parameters = new JobParametersBuilder().addString("mode", mode.name())
				.addString("force", Boolean.toString(force))
				.addString("requestedAt", clock.instant().toString())
				.addLong("nonce", System.nanoTime())
				.toJobParameters();
			JobExecution execution = jobOperator.start(job, parameters);
			return outcome(execution, Duration.ofNanos(System.nanoTime() - started));
		}
		catch (SyncBusyException e) {
			throw e;
		}
		catch (Exception e) {
			return failure(e, Duration.ofNanos(System.nanoTime() - started), 0, 0);
		}
		finally {
			runningSince = null;
			lock.unlock();
		}
	}

	private SyncOutcome outcome(JobExecution execution, Duration elapsed) {
		long tickets = execution.getExecutionContext().getLong("tickets", 0L);
		long requests = execution.getExecutionContext().getLong("requests", 0L);
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			String message = String.format("synced %d tickets in %.1f s with %d requests to GLPI", tickets,
					elapsed.toMillis() / 1000.0, requests);
			// the peak heap is the benchmark's business (GC log), not a sampler thread in every run
			log.info("Sync {}: {}", execution.getJobParameters().getString("mode"), message);
			return new SyncOutcome(true, message, 0, tickets, requests, elapsed);
		}
		List<Throwable> failures = execution.getAllFailureExceptions();
		Throwable cause = failures.isEmpty() ? new IllegalStateException("the sync ended as " + execution.getStatus())
				: failures.get(0);
		return failure(cause, elapsed, tickets, requests);
	}

	private SyncOutcome failure(Throwable cause, Duration elapsed, long tickets, long requests) {
		Throwable root = unwrap(cause);
		int code = exitCode(root);
		String message = PublishException.oneLine(root);
		if (code == ExitCode.INTERNAL) {
			log.error("Sync failed unexpectedly", root);
			message = root.getClass().getSimpleName() + ": " + message;
		}
		if (!(root instanceof PublishException)) {
			state.put(SyncState.LAST_FAILURE, clock.instant().toString());
			state.put(SyncState.LAST_FAILURE_REASON, message);
		}
		return new SyncOutcome(false, message, code, tickets, requests, elapsed);
	}

	/**
	 * The one line a person reads about a failed run, as the run history shows it: GLPI's or the
	 * publisher's reason, without Java class names.
	 */
	static String reason(Throwable failure) {
		Throwable root = unwrap(failure);
		if (exitCode(root) != ExitCode.INTERNAL) {
			return PublishException.oneLine(root);
		}
		return "unexpected internal error (the log has the details)"
				+ (root.getMessage() == null || root.getMessage().isBlank() ? "" : ": " + PublishException.oneLine(root));
	}

	private static Throwable unwrap(Throwable t) {
		Throwable current = t;
		while (current.getCause() != null && !(current instanceof io.glpiwallboard.glpi.GlpiException)
				&& !(current instanceof PublishException)) {
			current = current.getCause();
		}
		return current;
	}

	static int exitCode(Throwable t) {
		if (t instanceof GlpiConfigurationException) return ExitCode.CONFIGURATION;
		if (t instanceof GlpiAuthenticationException || t instanceof GlpiAccessDeniedException) return ExitCode.AUTHENTICATION;
		if (t instanceof GlpiUnreachableException) return ExitCode.UNREACHABLE;
		if (t instanceof GlpiProtocolException) return ExitCode.PROTOCOL;
		if (t instanceof PublishException) return ExitCode.PUBLISH;
		if (t instanceof org.springframework.dao.DataAccessException) return ExitCode.STORAGE;
		return ExitCode.INTERNAL;
	}

	/**
	 * A process killed mid-sync leaves its execution STARTED in the job repository forever; only
	 * one process can open the database, so any such row belongs to a dead run.
	 */
	private void closeLeftovers() {
		if (leftoversClosed) {
			return;
		}
		int n = jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'ABANDONED', EXIT_CODE = 'FAILED',"
				+ " EXIT_MESSAGE = 'interrupted: the process stopped during the run', END_TIME = CURRENT_TIMESTAMP"
				+ " WHERE STATUS IN ('STARTING', 'STARTED', 'STOPPING')");
		if (n > 0) {
			log.warn("Marked {} interrupted run(s) from an earlier process as abandoned", n);
		}
		leftoversClosed = true;
	}

	/** Process exit codes, documented in the README. */
	public static final class ExitCode {

		public static final int OK = 0;

		public static final int INTERNAL = 1;

		public static final int CONFIGURATION = 2;

		public static final int AUTHENTICATION = 3;

		public static final int UNREACHABLE = 4;

		public static final int PROTOCOL = 5;

		public static final int PUBLISH = 6;

		public static final int BUSY = 7;

		public static final int STORAGE = 8;

		private ExitCode() {
		}

	}

}
