package io.glpiwallboard.sync;

import java.time.Instant;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.stereotype.Component;

/**
 * What the steps of one job execution share beyond its execution context (which is saved
 * to the database and so holds no GLPI client): the run, what GLPI denied, the snapshot's
 * time. One instance per job execution ({@link JobScope}), gone when the execution ends.
 */
@Component
@JobScope
class ActiveRun {

	private volatile SyncRun run;

	private volatile boolean entitiesDenied;

	private volatile boolean groupsDenied;

	private volatile Instant asOf;

	void start(SyncRun newRun) {
		this.run = newRun;
	}

	SyncRun run() {
		if (run == null) {
			throw new IllegalStateException("the connect step did not run");
		}
		return run;
	}

	boolean isStarted() {
		return run != null;
	}

	boolean entitiesDenied() {
		return entitiesDenied;
	}

	void entitiesDenied(boolean denied) {
		this.entitiesDenied = denied;
	}

	boolean groupsDenied() {
		return groupsDenied;
	}

	void groupsDenied(boolean denied) {
		this.groupsDenied = denied;
	}

	Instant asOf() {
		return asOf;
	}

	void asOf(Instant time) {
		this.asOf = time;
	}

}
