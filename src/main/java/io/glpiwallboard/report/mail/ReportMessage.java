package io.glpiwallboard.report.mail;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * A report mail as every client reads it best: <pre>
 * multipart/mixed
 *   multipart/alternative
 *     text/plain                 (text-only clients, previews, screen readers)
 *     multipart/related
 *       text/html                (the body, with the chart by cid:)
 *       image/png                (the chart, inline, named)
 *   application/vnd.openxmlformats-officedocument.spreadsheetml.sheet   (the workbook, attached)
 * </pre> Its Message-ID uses the sender's domain (not this host's name, which spam
 * filters hold against it) and it says it was sent by a program ({@code Auto-Submitted},
 * RFC 3834), so auto-replies and out-of-office answers do not come back to the sender.
 */
final class ReportMessage extends MimeMessage {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final String domain;

	/**
	 * @param from the sender's address; its domain names the Message-ID
	 */
	ReportMessage(Session session, String from) {
		super(session);
		int at = from.lastIndexOf('@');
		this.domain = at < 0 ? "localhost" : from.substring(at + 1).trim().toLowerCase(Locale.ROOT);
	}

	@Override
	protected void updateMessageID() throws MessagingException {
		setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + domain + ">");
	}

	/**
	 * @param chartId the image's Content-ID, referred to as {@code cid:chartId} by the
	 * HTML
	 * @param chartName the image's file name, shown by clients that list inline images
	 */
	void setBody(String text, String html, byte[] chart, String chartId, String chartName, Path workbook)
			throws MessagingException {
		setHeader("Auto-Submitted", "auto-generated");
		// Exchange and Outlook: no out-of-office or delivery auto-replies to a report
		// robot
		setHeader("X-Auto-Response-Suppress", "All");
		MimeBodyPart plain = new MimeBodyPart();
		plain.setText(text, "UTF-8", "plain");
		MimeBodyPart page = new MimeBodyPart();
		page.setText(html, "UTF-8", "html");
		MimeMultipart related = new MimeMultipart("related");
		related.addBodyPart(page);
		if (chart != null) {
			MimeBodyPart image = new MimeBodyPart();
			image.setDataHandler(new DataHandler(new ByteArrayDataSource(chart, "image/png")));
			image.setContentID("<" + chartId + ">");
			image.setDisposition(Part.INLINE);
			image.setFileName(chartName);
			related.addBodyPart(image);
		}
		MimeMultipart alternative = new MimeMultipart("alternative");
		alternative.addBodyPart(plain);
		alternative.addBodyPart(wrap(related));
		MimeMultipart mixed = new MimeMultipart("mixed");
		mixed.addBodyPart(wrap(alternative));
		MimeBodyPart attachment = new MimeBodyPart();
		// the file-type map knows no .xlsx: it would say application/octet-stream
		attachment.setDataHandler(new DataHandler(new FileDataSource(workbook.toFile()) {

			@Override
			public String getContentType() {
				return XLSX;
			}

		}));
		attachment.setFileName(workbook.getFileName().toString());
		attachment.setDisposition(Part.ATTACHMENT);
		mixed.addBodyPart(attachment);
		setContent(mixed);
	}

	private static MimeBodyPart wrap(MimeMultipart multipart) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setContent(multipart);
		return part;
	}

}
