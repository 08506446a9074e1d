package io.glpiwallboard.report.mail;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SmtpRetryTests {

	final SmtpRetry retry = new SmtpRetry(3, Duration.ofMillis(1));

	final AtomicInteger calls = new AtomicInteger();

	@Test
	void anUnreachableServerIsRetriedUntilItAnswers() throws Exception {
		// given: the server refuses two connections, then accepts
		SmtpRetry.Attempt flaky = () -> {
			if (calls.incrementAndGet() < 3) {
				throw unreachable();
			}
		};
		// when
		int attempts = retry.send(flaky);
		// then
		assertThat(attempts).isEqualTo(3);
	}

	@Test
	void retriesAreBoundedAndTheReasonSaysWhy() {
		// given
		SmtpRetry.Attempt down = () -> {
			calls.incrementAndGet();
			throw unreachable();
		};
		// when
		SmtpRetry.Failure failure = catchThrowableOfType(SmtpRetry.Failure.class, () -> retry.send(down));
		// then
		assertThat(calls).hasValue(3);
		assertThat(failure.attempts).isEqualTo(3);
		assertThat(failure.getMessage()).contains("SMTP server unreachable")
			.contains("after 3 attempts")
			.doesNotContain("\n");
	}

	@Test
	void aWrongPasswordIsNotRetried() {
		// given
		SmtpRetry.Attempt badLogin = () -> {
			calls.incrementAndGet();
			throw new MailAuthenticationException("535 5.7.8 Authentication credentials invalid");
		};
		// when
		SmtpRetry.Failure failure = catchThrowableOfType(SmtpRetry.Failure.class, () -> retry.send(badLogin));
		// then
		assertThat(calls).hasValue(1);
		assertThat(failure.getMessage()).contains("authentication failed");
	}

	@Test
	void aPermanentRejectionIsNotRetriedButATemporaryOneIs() {
		// given
		SmtpRetry.Attempt rejected = () -> {
			calls.incrementAndGet();
			throw refused(554, "554 5.7.1 Message rejected as spam");
		};
		SmtpRetry.Attempt greylisted = () -> {
			if (calls.incrementAndGet() == 2) {
				throw refused(451, "451 4.7.1 Greylisted, try again later");
			}
		};
		// when
		SmtpRetry.Failure failure = catchThrowableOfType(SmtpRetry.Failure.class, () -> retry.send(rejected));
		// then
		assertThat(calls).hasValue(1);
		assertThat(failure.getMessage()).contains("refused").contains("554");
		assertThat(catchThrowableOfType(SmtpRetry.Failure.class, () -> retry.send(greylisted))).isNull();
		assertThat(calls).hasValue(3);
	}

	private static MailSendException unreachable() {
		return new MailSendException("Mail server connection failed",
				new MessagingException("Couldn't connect to host, port: smtp.example.org, 25; timeout -1",
						new ConnectException("Connection refused")));
	}

	private static MailSendException refused(int code, String reply) {
		SMTPSendFailedException smtp = new SMTPSendFailedException("DATA", code, reply, null, null, null, null);
		return new MailSendException(java.util.Map.of("message", smtp));
	}

}
