package io.glpiwallboard.sync;

import java.time.Duration;

/**
 * How a sync ended, for the command line and the scheduler.
 *
 * @param success true when everything, publishing included, succeeded
 * @param message one line: a summary on success, the reason on failure
 * @param exitCode 0 on success; see {@link SyncService.ExitCode} otherwise
 */
public record SyncOutcome(boolean success, String message, int exitCode, long tickets, long requests, Duration elapsed) {
}
