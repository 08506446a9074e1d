package io.glpiwallboard.sync;

import java.time.Instant;

import org.springframework.stereotype.Component;

/** The run in progress, shared by the job's steps (runs never overlap: {@link SyncService} locks). */
@Component
class ActiveSync {

	private volatile SyncRun run;

	private volatile boolean entitiesDenied;

	private volatile boolean groupsDenied;

	private volatile Instant nextWatermark;

	private volatile Instant asOf;

	void start(SyncRun newRun) {
		this.run = newRun;
		this.entitiesDenied = false;
		this.groupsDenied = false;
		this.nextWatermark = null;
		this.asOf = null;
	}

	SyncRun run() {
		if (run == null) {
			throw new IllegalStateException("no sync in progress");
		}
		return run;
	}

	boolean isStarted() {
		return run != null;
	}

	void clear() {
		run = null;
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

	Instant nextWatermark() {
		return nextWatermark;
	}

	void nextWatermark(Instant watermark) {
		this.nextWatermark = watermark;
	}

	Instant asOf() {
		return asOf;
	}

	void asOf(Instant time) {
		this.asOf = time;
	}

}
