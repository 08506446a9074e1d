package io.glpiwallboard.sync;

import java.time.Duration;

/**
 * How a sync ended, for the command line and the scheduler.
 *
 * @param success true when everything, publishing included, succeeded
 * @param message one line: a summary on success, the reason on failure
 * @param failure why it failed; null on success
 */
public record SyncOutcome(boolean success, String message, SyncFailure failure, long tickets, long requests,
		Duration elapsed) {
}
