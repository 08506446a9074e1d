package io.glpiwallboard.sync;

import java.time.LocalDate;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sync job: connect, entities, groups, tickets, snapshot, publish. Steps manage their own
 * transactions (one per page), hence the resourceless transaction manager: a step-wide
 * transaction would hold a million-ticket sync in one uncommitted unit.
 */
@Configuration(proxyBeanMethods = false)
class SyncJobConfiguration {

	static final String JOB_NAME = "glpiSync";

	private final ResourcelessTransactionManager noTransaction = new ResourcelessTransactionManager();

	@Bean
	Job glpiSync(JobRepository jobs, SyncSteps steps) {
		return new JobBuilder(JOB_NAME, jobs)
			.listener(new JobExecutionListener() {
				@Override
				public void afterJob(JobExecution execution) {
					steps.finish(execution.getExecutionContext(), execution.getAllFailureExceptions());
					// Spring Batch saves the job's context after each step, not after this listener
					jobs.updateExecutionContext(execution);
				}
			})
			.start(step("connect", jobs, (contribution, chunk) -> {
				steps.connect(jobContext(contribution));
				return RepeatStatus.FINISHED;
			}))
			.next(step("entities", jobs, (contribution, chunk) -> {
				steps.entities();
				return RepeatStatus.FINISHED;
			}))
			.next(step("groups", jobs, (contribution, chunk) -> {
				steps.groups();
				return RepeatStatus.FINISHED;
			}))
			.next(step("tickets", jobs, (contribution, chunk) -> {
				steps.tickets(mode(contribution), contribution, jobContext(contribution));
				return RepeatStatus.FINISHED;
			}))
			.next(step("snapshot", jobs, (contribution, chunk) -> {
				LocalDate day = steps.snapshot();
				jobContext(contribution).putString("day", day.toString());
				return RepeatStatus.FINISHED;
			}))
			.next(step("publish", jobs, (contribution, chunk) -> {
				ExecutionContext context = jobContext(contribution);
				steps.publish(LocalDate.parse(context.getString("day")), mode(contribution),
						"true".equals(contribution.getStepExecution().getJobParameters().getString("force")), context);
				return RepeatStatus.FINISHED;
			}))
			.build();
	}

	private Step step(String name, JobRepository jobs, Tasklet tasklet) {
		return new StepBuilder(name, jobs).tasklet(tasklet, noTransaction).build();
	}

	private static SyncMode mode(org.springframework.batch.core.step.StepContribution contribution) {
		return SyncMode.valueOf(contribution.getStepExecution().getJobParameters().getString("mode"));
	}

	private static ExecutionContext jobContext(org.springframework.batch.core.step.StepContribution contribution) {
		return contribution.getStepExecution().getJobExecution().getExecutionContext();
	}

}
