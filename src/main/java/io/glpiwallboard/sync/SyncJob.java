package io.glpiwallboard.sync;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The sync job's name, parameters and the keys of its execution context, written once:
 * the job ({@link SyncJobConfiguration}), the run history ({@code /runs}) and the gauges
 * read them.
 */
public final class SyncJob {

	/** The job's name in the job repository. */
	public static final String NAME = "glpiSync";

	/** Job parameter: {@link SyncMode}'s name. */
	static final String MODE = "mode";

	/** Job parameter: "true" when publishing was forced. */
	static final String FORCE = "force";

	/** Context key: tickets in the mirror after the run. */
	public static final String TICKETS = "tickets";

	/** Context key: requests sent to GLPI, failed runs included. */
	public static final String REQUESTS = "requests";

	/** Context key: list requests of the ticket step. */
	public static final String TICKET_REQUESTS = "ticketRequests";

	/** Context key: the one line a person reads about a failed run. */
	public static final String FAILURE = "failure";

	/** Context key: what each failed publisher said. */
	public static final String PUBLISH_ERRORS = "publishErrors";

	/** Context key: the names of the publishers that failed. */
	public static final String PUBLISH_FAILED = "publishFailed";

	/** Context key: the day of the snapshot taken. */
	static final String DAY = "day";

	private SyncJob() {
	}

	static SyncMode mode(StepContribution contribution) {
		return SyncMode.valueOf(contribution.getStepExecution().getJobParameters().getString(MODE));
	}

	static boolean forced(StepContribution contribution) {
		return "true".equals(contribution.getStepExecution().getJobParameters().getString(FORCE));
	}

	static ExecutionContext jobContext(StepContribution contribution) {
		return contribution.getStepExecution().getJobExecution().getExecutionContext();
	}

}
