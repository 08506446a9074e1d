package io.glpiwallboard.report.mail;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.SendFailedException;

import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/**
 * Sends with a bounded number of attempts, by Spring's {@link RetryTemplate} with a
 * doubling backoff ({@code mail.max-attempts}, {@code mail.initial-backoff}). Only what
 * may pass by itself is retried: an unreachable server, a timeout, a "try again later"
 * (4xx). A wrong password or a rejected address fails at once.
 */
final class SmtpRetry {

	/** The mail was not sent; {@code reason} is one line for the run history. */
	static final class Failure extends Exception {

		final int attempts;

		Failure(int attempts, String reason, Throwable cause) {
			super(reason, cause);
			this.attempts = attempts;
		}

	}

	@FunctionalInterface
	interface Attempt {

		void send() throws MailException;

	}

	private final RetryPolicy policy;

	/**
	 * @param maxAttempts attempts per mail, the first one included (at least 1)
	 * @param initialBackoff the wait before the first retry; it doubles with each further
	 * one
	 */
	SmtpRetry(int maxAttempts, Duration initialBackoff) {
		// the longest wait is the one before the last attempt; Spring's default cap would
		// shorten it
		Duration longest = initialBackoff.multipliedBy(1L << Math.max(0, maxAttempts - 2));
		this.policy = RetryPolicy.builder()
			.maxRetries(maxAttempts - 1L)
			.delay(initialBackoff)
			.multiplier(2)
			.maxDelay(longest)
			.predicate(failure -> failure instanceof MailException mail && isTransient(mail))
			.build();
	}

	/**
	 * @return the attempts it took
	 * @throws Failure when the mail was not sent: at once for what cannot pass by itself,
	 * else after the last attempt
	 */
	int send(Attempt attempt) throws Failure {
		AtomicInteger attempts = new AtomicInteger();
		try {
			new RetryTemplate(policy).execute(() -> {
				attempts.incrementAndGet();
				attempt.send();
				return null;
			});
			return attempts.get();
		}
		catch (RetryException e) {
			int n = attempts.get();
			if (!(e.getLastException() instanceof MailException last)) {
				throw new Failure(
						n, "SMTP error: " + (Thread.currentThread().isInterrupted()
								? "interrupted while waiting to retry" : oneLine(String.valueOf(e.getLastException()))),
						e.getLastException());
			}
			String tries = n == 1 ? "" : " after " + n + " attempts";
			throw new Failure(n, reason(last) + tries, last);
		}
	}

	static boolean isTransient(MailException e) {
		if (e instanceof MailAuthenticationException) {
			return false;
		}
		if (!(e instanceof MailSendException send)) {
			return false;
		}
		for (Throwable t : causes(send)) {
			for (Throwable c = t; c != null; c = c.getCause()) {
				int code = smtpCode(c);
				if (code > 0) {
					return code / 100 == 4;
				}
				if (c instanceof IOException) {
					// connection refused or reset, timeout, unknown host (DNS may be down
					// for a moment)
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * One line saying what went wrong, without the addresses' passwords or server
	 * banners' line breaks.
	 */
	static String reason(MailException e) {
		if (e instanceof MailAuthenticationException) {
			return "SMTP authentication failed (check spring.mail.username and spring.mail.password)";
		}
		for (Throwable t : e instanceof MailSendException send ? causes(send) : new Throwable[] { e }) {
			for (Throwable c = t; c != null; c = c.getCause()) {
				if (c instanceof SendFailedException) {
					return "SMTP server refused the mail: " + oneLine(c.getMessage());
				}
				if (c instanceof ConnectException || c instanceof UnknownHostException
						|| c instanceof SocketTimeoutException) {
					return "SMTP server unreachable: " + oneLine(t.getMessage()) + " (" + c.getClass().getSimpleName()
							+ ")";
				}
			}
		}
		Throwable root = e;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return "SMTP error: "
				+ oneLine(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
	}

	/**
	 * The SMTP reply code of a rejection (4xx: try later, 5xx: never); the exceptions
	 * carrying it belong to the mail implementation, which is only on the runtime
	 * classpath.
	 */
	private static int smtpCode(Throwable t) {
		if (!(t instanceof SendFailedException)) {
			return -1;
		}
		try {
			return (int) t.getClass().getMethod("getReturnCode").invoke(t);
		}
		catch (ReflectiveOperationException | ClassCastException e) {
			return -1;
		}
	}

	private static Throwable[] causes(MailSendException e) {
		Exception[] perMessage = e.getMessageExceptions();
		if (perMessage.length > 0) {
			return perMessage;
		}
		return new Throwable[] { e.getCause() == null ? e : e.getCause() };
	}

	private static String oneLine(String s) {
		return s == null ? "" : s.replaceAll("\\s+", " ").trim();
	}

}
