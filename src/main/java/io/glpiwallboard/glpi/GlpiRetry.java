package io.glpiwallboard.glpi;

import java.time.Duration;
import java.util.function.IntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Retries of one GLPI request with Spring's {@link RetryTemplate}: exponential backoff
 * with jitter ({@code glpi.retry.*}), bounded in attempts and in time, and stretched to a
 * {@code Retry-After} the server sent. A wait that would end beyond
 * {@code glpi.retry.max-elapsed} is never started: the request fails at once instead,
 * saying why.
 */
final class GlpiRetry {

	private static final Logger log = LoggerFactory.getLogger(GlpiRetry.class);

	/**
	 * A failure worth another attempt; {@link #giveUp} is what the caller sees when none
	 * is left.
	 */
	static final class TransientFailure extends RuntimeException {

		private final String failure;

		private final Duration retryAfter;

		private final IntFunction<GlpiUnreachableException> giveUp;

		/**
		 * @param failure a few words for the log, e.g. {@code HTTP 503}
		 * @param retryAfter the wait the server asked for, or null
		 * @param giveUp the final error, given the number of attempts made
		 */
		TransientFailure(String failure, Duration retryAfter, IntFunction<GlpiUnreachableException> giveUp) {
			super(failure, null, false, false);
			this.failure = failure;
			this.retryAfter = retryAfter;
			this.giveUp = giveUp;
		}

	}

	/**
	 * One attempt: returns the result, or throws {@link TransientFailure} to be retried,
	 * or any other exception to stop.
	 */
	@FunctionalInterface
	interface Attempt<T> {

		T run();

	}

	private final GlpiProperties.Retry settings;

	private final ExponentialBackOff backOff;

	GlpiRetry(GlpiProperties.Retry settings) {
		this.settings = settings;
		this.backOff = new ExponentialBackOff(settings.initialBackoff().toMillis(), 2.0);
		backOff.setMaxInterval(Math.max(settings.initialBackoff().toMillis(), settings.maxBackoff().toMillis()));
		// jitter keeps several workers from retrying in lock-step against a struggling
		// server
		backOff.setJitter(settings.initialBackoff().toMillis() / 2);
		backOff.setMaxAttempts(settings.maxAttempts() - 1L);
	}

	/**
	 * @param what the request, for messages
	 * @throws GlpiUnreachableException when the attempts or the time ran out, or a
	 * Retry-After exceeds what is left
	 * @throws GlpiException when interrupted while waiting, or whatever non-transient
	 * exception an attempt threw
	 */
	<T> T run(String what, Attempt<T> attempt) {
		Call call = new Call(what, System.nanoTime());
		try {
			return new RetryTemplate(call).execute(new Retryable<T>() {

				@Override
				public T execute() {
					call.attempts++;
					try {
						return attempt.run();
					}
					catch (TransientFailure f) {
						call.last = f;
						throw f;
					}
				}

				@Override
				public String getName() {
					return what;
				}
			});
		}
		catch (RetryException exhausted) {
			Throwable last = exhausted.getLastException();
			if (last instanceof RuntimeException stop && !(last instanceof TransientFailure)) {
				throw stop;
			}
			if (last instanceof Error error) {
				throw error;
			}
			if (Thread.currentThread().isInterrupted()) {
				throw new GlpiException("interrupted while waiting to retry " + what, exhausted);
			}
			if (call.beyondBudget != null) {
				throw call.beyondBudget;
			}
			throw call.last.giveUp.apply(call.attempts);
		}
	}

	/**
	 * The retry state of one request; also its policy, so that the backoff can see the
	 * last failure.
	 */
	private final class Call implements RetryPolicy, BackOff {

		private final String what;

		private final long started;

		private int attempts;

		private TransientFailure last;

		private GlpiUnreachableException beyondBudget;

		Call(String what, long started) {
			this.what = what;
			this.started = started;
		}

		@Override
		public boolean shouldRetry(Throwable failure) {
			return failure instanceof TransientFailure;
		}

		@Override
		public Duration getTimeout() {
			return settings.maxElapsed();
		}

		@Override
		public BackOff getBackOff() {
			return this;
		}

		@Override
		public BackOffExecution start() {
			BackOffExecution exponential = backOff.start();
			return () -> next(exponential.nextBackOff());
		}

		private long next(long exponential) {
			if (exponential == BackOffExecution.STOP) {
				return BackOffExecution.STOP;
			}
			long asked = last.retryAfter == null ? 0 : last.retryAfter.toMillis();
			long wait = Math.max(exponential, asked);
			long left = settings.maxElapsed().toMillis() - (System.nanoTime() - started) / 1_000_000;
			if (wait > left) {
				if (asked > left) {
					// an absurd Retry-After was capped at a year: the capped number would
					// read as GLPI's
					String in = last.retryAfter.compareTo(RetryAfter.FOREVER) >= 0 ? "more than a year"
							: seconds(last.retryAfter);
					beyondBudget = new GlpiUnreachableException("GLPI asked to retry " + what + " in " + in + " ("
							+ last.failure + ", Retry-After), more than glpi.retry.max-elapsed ("
							+ seconds(settings.maxElapsed()) + ") leaves; try again later");
				}
				return BackOffExecution.STOP;
			}
			log.warn("GLPI request {} failed ({}), attempt {}/{}; retrying in {} ms{}", what, last.failure, attempts,
					settings.maxAttempts(), wait, asked > 0 ? " (Retry-After)" : "");
			return wait;
		}

	}

	private static String seconds(Duration d) {
		return d.toSeconds() + " s";
	}

}
