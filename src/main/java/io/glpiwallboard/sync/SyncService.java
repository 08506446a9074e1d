package io.glpiwallboard.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import io.glpiwallboard.glpi.GlpiAccessDeniedException;
import io.glpiwallboard.glpi.GlpiAuthenticationException;
import io.glpiwallboard.glpi.GlpiClientFactory;
import io.glpiwallboard.glpi.GlpiConfigurationException;
import io.glpiwallboard.glpi.GlpiProtocolException;
import io.glpiwallboard.glpi.GlpiUnreachableException;
import io.glpiwallboard.glpi.Secrets;
import io.glpiwallboard.system.StorageFailure;
import io.glpiwallboard.system.StorageFailures;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Starts syncs, one at a time: {@code run}, {@code refresh} and the in-app schedule all
 * come through here. Failures come back as one line and an exit code, never as a stack
 * trace.
 */
@Service
public class SyncService {

	private static final Logger log = LoggerFactory.getLogger(SyncService.class);

	private final ReentrantLock lock = new ReentrantLock();

	private final JobOperator jobOperator;

	private final JobRepository jobs;

	private final Job job;

	private final SyncState state;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final StorageFailures storage;

	private final Secrets secrets;

	private volatile boolean leftoversClosed;

	private volatile Instant runningSince;

	SyncService(JobOperator jobOperator, JobRepository jobs, Job glpiSync, SyncState state, JdbcTemplate jdbc,
			Clock clock, StorageFailures storage, GlpiClientFactory clients) {
		this.secrets = clients.secrets();
		this.jobOperator = jobOperator;
		this.jobs = jobs;
		this.job = glpiSync;
		this.state = state;
		this.jdbc = jdbc;
		this.clock = clock;
		this.storage = storage;
	}

	public SyncOutcome run(SyncMode mode, boolean force) {
		if (!lock.tryLock()) {
			throw new SyncBusyException(
					"a sync is already running (started " + runningSince + "); try again when it ends");
		}
		long started = System.nanoTime();
		long previousExecution = -1;
		try {
			runningSince = clock.instant();
			closeLeftovers();
			storage.note().prepare();
			previousExecution = latestExecution();
			JobParameters parameters = new JobParametersBuilder().addString(SyncJob.MODE, mode.name())
				.addString(SyncJob.FORCE, Boolean.toString(force))
				.addString("requestedAt", clock.instant().toString())
				.addLong("nonce", System.nanoTime())
				.toJobParameters();
			JobExecution execution = jobOperator.start(job, parameters);
			return outcome(execution, Duration.ofNanos(System.nanoTime() - started), previousExecution);
		}
		catch (SyncBusyException e) {
			throw e;
		}
		catch (Exception e) {
			return failure(e, Duration.ofNanos(System.nanoTime() - started), 0, 0, previousExecution, null);
		}
		finally {
			runningSince = null;
			lock.unlock();
		}
	}

	private SyncOutcome outcome(JobExecution execution, Duration elapsed, long previousExecution) {
		long tickets = execution.getExecutionContext().getLong(SyncJob.TICKETS, 0L);
		long requests = execution.getExecutionContext().getLong(SyncJob.REQUESTS, 0L);
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			String message = String.format("synced %d tickets in %.1f s with %d requests to GLPI", tickets,
					elapsed.toMillis() / 1000.0, requests);
			// the peak heap is the benchmark's business (GC log), not a sampler thread in
			// every run
			log.info("Sync {}: {}", execution.getJobParameters().getString(SyncJob.MODE), message);
			return new SyncOutcome(true, message, null, tickets, requests, elapsed);
		}
		List<Throwable> failures = execution.getAllFailureExceptions();
		Throwable cause = failures.isEmpty() ? new IllegalStateException("the sync ended as " + execution.getStatus())
				: failures.get(0);
		return failure(cause, elapsed, tickets, requests, previousExecution, execution.getId());
	}

	/**
	 * @param previousExecution the newest job execution before this run's, -1 if unknown
	 * @param execution this run's job execution, null when starting the job failed before
	 * it returned one
	 */
	private SyncOutcome failure(Throwable cause, Duration elapsed, long tickets, long requests, long previousExecution,
			Long execution) {
		Throwable root = unwrap(cause);
		Optional<StorageFailure> storageFailure = root instanceof io.glpiwallboard.glpi.GlpiException ? Optional.empty()
				: StorageFailure.find(cause);
		if (storageFailure.isPresent()) {
			String reason = storageFailure.get().describe(storage.databaseFile());
			log.warn("Sync stopped: {}", reason);
			recordStorageFailure(reason, storageFailure.get().isDatabase(), previousExecution, execution);
			return new SyncOutcome(false, reason, SyncFailure.STORAGE, tickets, requests, elapsed);
		}
		SyncFailure kind = failureOf(root);
		// a second net: the glpi package cleans a server's words, but this line goes to
		// the board and /runs
		String message = secrets.redact(PublishException.oneLine(root));
		if (kind == SyncFailure.INTERNAL) {
			log.error("Sync failed unexpectedly", root);
			message = root.getClass().getSimpleName() + ": " + message;
		}
		if (!(root instanceof PublishException)) {
			state.put(SyncState.LAST_FAILURE, clock.instant().toString());
			state.put(SyncState.LAST_FAILURE_REASON, message);
		}
		return new SyncOutcome(false, message, kind, tickets, requests, elapsed);
	}

	/**
	 * The one line a person reads about a failed run, as the run history shows it: GLPI's
	 * or the publisher's reason, without Java class names.
	 */
	static String reason(Throwable failure) {
		Throwable root = unwrap(failure);
		if (failureOf(root) != SyncFailure.INTERNAL) {
			return PublishException.oneLine(root);
		}
		return "unexpected internal error (the log has the details)"
				+ (root.getMessage() == null || root.getMessage().isBlank() ? ""
						: ": " + PublishException.oneLine(root));
	}

	private static Throwable unwrap(Throwable t) {
		Throwable current = t;
		while (current.getCause() != null && !(current instanceof io.glpiwallboard.glpi.GlpiException)
				&& !(current instanceof PublishException)) {
			current = current.getCause();
		}
		return current;
	}

	static SyncFailure failureOf(Throwable t) {
		if (t instanceof GlpiConfigurationException)
			return SyncFailure.CONFIGURATION;
		if (t instanceof GlpiAuthenticationException || t instanceof GlpiAccessDeniedException)
			return SyncFailure.AUTHENTICATION;
		if (t instanceof GlpiUnreachableException)
			return SyncFailure.UNREACHABLE;
		if (t instanceof GlpiProtocolException)
			return SyncFailure.PROTOCOL;
		if (t instanceof PublishException)
			return SyncFailure.PUBLISH;
		if (t instanceof org.springframework.dao.DataAccessException)
			return SyncFailure.STORAGE;
		return SyncFailure.INTERNAL;
	}

	/**
	 * The id of the sync job's newest execution, 0 when it never ran. Every run is a new
	 * job instance (its parameters carry a nonce), so the newest instance holds it.
	 */
	private long latestExecution() {
		JobInstance instance = jobs.getLastJobInstance(SyncJob.NAME);
		JobExecution execution = instance == null ? null : jobs.getLastJobExecution(instance);
		return execution == null ? 0 : execution.getId();
	}

	/**
	 * Leaves the reason of a storage failure where {@code /runs} and the board's stale
	 * banner read it. The job repository could not record it itself when the database was
	 * the one failing (its run would otherwise stay STARTED and be shown as "interrupted"
	 * by the next process). H2 closes a database after a failed write; the connection
	 * pool opens it again, and a small update often fits where the big one did not. When
	 * even that fails, nothing more can be done here.
	 *
	 * <p>
	 * The pool is left alone when another file failed (a report in the way, a full report
	 * disk): the database is fine, and closing connections while it stays open risks H2
	 * 2.4's session-bound expressions: an {@code IN} list in a generated column (V30's
	 * {@code glpi_ticket.is_open}, spelt with comparisons since V44) kept the session
	 * that compiled it and answered "The database has been closed" (90098) to every later
	 * MERGE once that session was closed, until the database itself closed.
	 * @param databaseFailed whether the database failed, rather than a file the run
	 * writes
	 * @param previousExecution the newest job execution before this run's, -1 if unknown
	 * @param execution this run's job execution, null when starting the job failed before
	 * it returned one
	 */
	private void recordStorageFailure(String reason, boolean databaseFailed, long previousExecution, Long execution) {
		if (databaseFailed) {
			storage.discardConnections();
		}
		// in 'serve', the next run closes what this one could not
		leftoversClosed = false;
		try {
			if (previousExecution >= 0) {
				long thisRun = execution != null ? execution : latestExecution();
				// Not JobRepository.update: when the job failed to start there is no
				// JobExecution to pass, and after a failed write the one Spring Batch
				// holds is out of step with its row (H2 drops the writes it had not yet
				// put in the file), so the repository's optimistic lock refuses it, or
				// it rewrites what was lost. The row is set as the repository would set
				// it, VERSION bumped so that a stale copy in memory cannot overwrite it.
				int recorded = thisRun <= previousExecution ? 0 : jdbc.update(
						"UPDATE BATCH_JOB_EXECUTION SET STATUS = CASE WHEN STATUS IN ('STARTING', 'STARTED', 'STOPPING')"
								+ " THEN 'FAILED' ELSE STATUS END, EXIT_CODE = 'FAILED', EXIT_MESSAGE = ?,"
								+ " END_TIME = COALESCE(END_TIME, LOCALTIMESTAMP), VERSION = VERSION + 1"
								+ " WHERE JOB_EXECUTION_ID = ?",
						reason, thisRun);
				if (recorded == 0) {
					// H2 drops what it had not yet written to the file when a write
					// fails, this run's record included
					log.warn("The database lost its record of this run; /runs will not list it");
				}
			}
			state.put(SyncState.LAST_FAILURE, clock.instant().toString());
			state.put(SyncState.LAST_FAILURE_REASON, reason);
			// H2 acknowledges a commit before it reaches the disk: make sure this one did
			jdbc.execute("CHECKPOINT SYNC");
		}
		catch (RuntimeException e) {
			boolean noted = storage.note().write(reason);
			log.warn("Could not record the failure in the database either ({}){}",
					storage.describe(e).orElse(e.toString()), noted ? ": the next run will record it" : "");
		}
	}

	/**
	 * A process killed mid-sync leaves its execution STARTED in the job repository
	 * forever; only one process can open the database, so any such execution belongs to a
	 * dead run. Spring Batch recovers it (FAILED, its running steps too) and it is then
	 * abandoned, never to be restarted, with the reason {@code /runs} shows.
	 */
	private void closeLeftovers() {
		if (leftoversClosed) {
			return;
		}
		// a run stopped by a full disk could not say why in the database: it left a note
		Optional<String> noted = storage.note().take();
		String reason = noted.orElse("the process stopped during the run");
		Set<JobExecution> leftovers = jobs.findRunningJobExecutions(SyncJob.NAME);
		if (leftovers.isEmpty() && noted.isPresent()) {
			// H2 drops what it had not yet written to the file when a write fails, the
			// run's own
			// record included: the log is then the only place left to say why that run
			// stopped
			log.warn("The previous run stopped: {} (the database lost its record of that run)", noted.get());
		}
		if (!leftovers.isEmpty()) {
			for (JobExecution leftover : leftovers) {
				JobExecution recovered = jobOperator.recover(leftover);
				recovered.setExitStatus(ExitStatus.FAILED.addExitDescription("interrupted: " + reason));
				try {
					jobOperator.abandon(recovered);
				}
				catch (JobExecutionAlreadyRunningException notRecovered) {
					throw new IllegalStateException("execution " + leftover.getId() + " could not be recovered",
							notRecovered);
				}
			}
			log.warn("Marked {} interrupted run(s) from an earlier process as abandoned", leftovers.size());
		}
		leftoversClosed = true;
	}

}
