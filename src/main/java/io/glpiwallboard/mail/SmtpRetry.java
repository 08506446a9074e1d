package io.glpiwallboard.mail;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

import jakarta.mail.SendFailedException;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/**
 * Sends with a bounded number of attempts. Only what may pass by itself is retried: an unreachable
 * server, a timeout, a "try again later" (4xx). A wrong password or a rejected address fails at once.
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

	private final int maxAttempts;

	private final Duration initialBackoff;

	SmtpRetry(int maxAttempts, Duration initialBackoff) {
		this.maxAttempts = maxAttempts;
		this.initialBackoff = initialBackoff;
	}

	/** @return the attempts it took */
	int send(Attempt attempt) throws Failure {
		Duration wait = initialBackoff;
		for (int n = 1;; n++) {
			try {
				attempt.send();
				return n;
			}
			catch (MailException e) {
				boolean transientFailure = isTransient(e);
				if (!transientFailure || n >= maxAttempts) {
					String tries = n == 1 ? "" : " after " + n + " attempts";
					throw new Failure(n, reason(e) + tries, e);
				}
				sleep(wait);
				wait = wait.multipliedBy(2);
			}
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
					// connection refused or reset, timeout, unknown host (DNS may be down for a moment)
					return true;
				}
			}
		}
		return false;
	}

	/** One line saying what went wrong, without the addresses' passwords or server banners' line breaks. */
	static String reason(MailException e) {
		if (e instanceof MailAuthenticationException) {
			return "SMTP authentication failed (check spring.mail.username and spring.mail.password)";
		}
		for (Throwable t : e instanceof MailSendException send ? causes(send) : new Throwable[] { e }) {
			for (Throwable c = t; c != null; c = c.getCause()) {
				if (c instanceof SendFailedException) {
					return "SMTP server refused the mail: " + oneLine(c.getMessage());
				}
				if (c instanceof ConnectException || c instanceof UnknownHostException || c instanceof SocketTimeoutException) {
					return "SMTP server unreachable: " + oneLine(t.getMessage()) + " (" + c.getClass().getSimpleName() + ")";
				}
			}
		}
		Throwable root = e;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return "SMTP error: " + oneLine(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
	}

	/**
	 * The SMTP reply code of a rejection (4xx: try later, 5xx: never); the exceptions carrying it
	 * belong to the mail implementation, which is only on the runtime classpath.
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

	private static void sleep(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

}
