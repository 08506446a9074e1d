package io.glpiwallboard.report.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which report went to whom on which day, and why one did not: table
 * {@code mail_delivery}.
 */
@Repository
public class MailDeliveries {

	/**
	 * @param recipientKey the scope and the addresses, e.g.
	 * {@code entity:3 a@x.org,b@x.org}
	 * @param sent true when the mail was accepted by the SMTP server
	 * @param attempts attempts of the last delivery
	 * @param attemptedAt when the last attempt ended
	 * @param error why the last delivery failed, or null
	 */
	public record Delivery(LocalDate day, String recipientKey, boolean sent, int attempts, Instant attemptedAt,
			String error) {
	}

	private final JdbcTemplate jdbc;

	public MailDeliveries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	boolean wasSent(LocalDate day, String recipientKey) {
		return !jdbc
			.queryForList("SELECT 1 FROM mail_delivery WHERE report_date = ? AND recipient_key = ? AND status = 'SENT'",
					day, recipientKey)
			.isEmpty();
	}

	void sent(LocalDate day, String recipientKey, int attempts, Instant at) {
		save(day, recipientKey, "SENT", attempts, at, null);
	}

	void failed(LocalDate day, String recipientKey, int attempts, Instant at, String error) {
		save(day, recipientKey, "FAILED", attempts, at, error.length() > 4000 ? error.substring(0, 4000) : error);
	}

	/** The deliveries of a report day, e.g. for the run history. */
	public List<Delivery> forDay(LocalDate day) {
		return jdbc.query(
				"SELECT report_date, recipient_key, status, attempts, attempted_at, error FROM mail_delivery"
						+ " WHERE report_date = ? ORDER BY recipient_key",
				(rs, i) -> new Delivery(rs.getObject(1, LocalDate.class), rs.getString(2),
						"SENT".equals(rs.getString(3)), rs.getInt(4), rs.getObject(5, OffsetDateTime.class).toInstant(),
						rs.getString(6)),
				day);
	}

	private void save(LocalDate day, String key, String status, int attempts, Instant at, String error) {
		OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
		jdbc.update(
				"MERGE INTO mail_delivery (report_date, recipient_key, status, attempts, attempted_at, sent_at, error)"
						+ " KEY (report_date, recipient_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
				day, key, status, attempts, when, "SENT".equals(status) ? when : null, error);
	}

}
