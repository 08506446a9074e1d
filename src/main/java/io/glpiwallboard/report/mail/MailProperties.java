package io.glpiwallboard.report.mail;

import java.time.Duration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the daily reports are mailed to {@code report.recipients}. The SMTP server itself
 * is Spring's {@code spring.mail.*} (host, port, username, password, properties).
 *
 * @param from sender address of the report mails; required as soon as there are
 * recipients
 * @param maxAttempts attempts per mail, the first one included, when the SMTP server is
 * unreachable or answers "try again later" (4xx); authentication failures and rejected
 * addresses are never retried
 * @param initialBackoff wait before the first retry; doubles with each further retry; 0
 * to 1 hour
 * @param chartDays days shown in the trend chart of the mail body
 */
@Validated
@ConfigurationProperties("report.mail")
public record MailProperties(@Email String from, @DefaultValue("3") @Min(1) @Max(10) int maxAttempts,
		@DefaultValue("5s") @NotNull @DurationMin(millis = 0) @DurationMax(hours = 1) Duration initialBackoff,
		@DefaultValue("30") @Min(2) @Max(3660) int chartDays) {
}
