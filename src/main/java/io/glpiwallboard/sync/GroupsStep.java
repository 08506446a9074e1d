package io.glpiwallboard.sync;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Step 3: mirrors the group tree, or notes that GLPI denied it (the ticket step names
 * groups then).
 */
@Component
class GroupsStep implements Tasklet {

	private final GroupSync groups;

	private final ActiveRun active;

	GroupsStep(GroupSync groups, ActiveRun active) {
		this.groups = groups;
		this.active = active;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
		SyncRun run = active.run();
		active.groupsDenied(!groups.run(run.client, run.runId));
		return RepeatStatus.FINISHED;
	}

}
