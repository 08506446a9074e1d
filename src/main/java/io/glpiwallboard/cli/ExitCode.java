package io.glpiwallboard.cli;

import io.glpiwallboard.sync.SyncFailure;
import io.glpiwallboard.sync.SyncOutcome;

/** Process exit codes, documented in the README ("Exit codes"). */
public final class ExitCode {

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

	/**
	 * @return 0 for a successful sync, else the code of its failure
	 */
	public static int of(SyncOutcome outcome) {
		return outcome.success() || outcome.failure() == null ? OK : of(outcome.failure());
	}

	static int of(SyncFailure failure) {
		return switch (failure) {
			case CONFIGURATION -> CONFIGURATION;
			case AUTHENTICATION -> AUTHENTICATION;
			case UNREACHABLE -> UNREACHABLE;
			case PROTOCOL -> PROTOCOL;
			case PUBLISH -> PUBLISH;
			case STORAGE -> STORAGE;
			case INTERNAL -> INTERNAL;
		};
	}

}
