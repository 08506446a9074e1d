package io.glpiwallboard.sync;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Step 2: mirrors the entity tree, or notes that GLPI denied it (the ticket step derives
 * it then).
 */
@Component
class EntitiesStep implements Tasklet {

	private final EntitySync entities;

	private final ActiveRun active;

	EntitiesStep(EntitySync entities, ActiveRun active) {
		this.entities = entities;
		this.active = active;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
		SyncRun run = active.run();
		active.entitiesDenied(!entities.run(run.client, run.runId));
		return RepeatStatus.FINISHED;
	}

}
