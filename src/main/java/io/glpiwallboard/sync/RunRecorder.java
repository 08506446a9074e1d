package io.glpiwallboard.sync;

import io.glpiwallboard.glpi.GlpiClientFactory;
import io.glpiwallboard.glpi.Secrets;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * Records what {@code /runs} shows of every run, failed ones included: the requests sent
 * to GLPI and, on failure, the one line a person reads (never a Java class name).
 */
@Component
class RunRecorder implements JobExecutionListener {

	private final ActiveRun active;

	private final JobRepository jobs;

	private final Secrets secrets;

	RunRecorder(ActiveRun active, JobRepository jobs, GlpiClientFactory clients) {
		this.secrets = clients.secrets();
		this.active = active;
		this.jobs = jobs;
	}

	@Override
	public void afterJob(JobExecution execution) {
		ExecutionContext context = execution.getExecutionContext();
		if (active.isStarted()) {
			context.putLong(SyncJob.REQUESTS, active.run().client.requestCount());
		}
		else if (!context.containsKey(SyncJob.REQUESTS)) {
			context.putLong(SyncJob.REQUESTS, 0);
		}
		if (!execution.getAllFailureExceptions().isEmpty()) {
			context.putString(SyncJob.FAILURE,
					secrets.redact(SyncService.reason(execution.getAllFailureExceptions().get(0))));
		}
		// Spring Batch saves the job's context after each step, not after this listener
		jobs.updateExecutionContext(execution);
	}

}
