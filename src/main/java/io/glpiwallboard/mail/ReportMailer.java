package io.glpiwallboard.mail;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import io.glpiwallboard.report.GlpiLinks;
import io.glpiwallboard.report.ReportScope;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.snapshot.WallboardFigures.OldTicket;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * One report mail: the headline figures and the trend chart in the body, the workbook attached.
 * The body says everything on its own, so it is useful even where the attachment cannot be opened.
 */
final class ReportMailer {

	static final String TEMPLATE = "mail/report";

	static final String CHART_ID = "trend-chart";

	private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ITemplateEngine templates;

	private final GlpiLinks links;

	private final ZoneId zone;

	private final String dueSoon;

	/** @param dueSoon {@code wallboard.due-soon} in words, e.g. "24 h" */
	ReportMailer(ITemplateEngine templates, GlpiLinks links, ZoneId zone, String dueSoon) {
		this.templates = templates;
		this.links = links;
		this.zone = zone;
		this.dueSoon = dueSoon;
	}

	/** Builds the message; a failure here is no SMTP problem and is never retried. */
	MimeMessage prepare(JavaMailSender sender, String from, Iterable<String> to, ReportScope scope,
			WallboardFigures figures, Path workbook) {
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
			helper.setFrom(from);
			for (String address : to) {
				helper.addTo(address);
			}
			helper.setSubject(subject(scope, figures));
			helper.setText(body(scope, figures, workbook), true);
			helper.addInline(CHART_ID, new ByteArrayResource(TrendChart.png(figures.trend(), zone)), "image/png");
			helper.addAttachment(workbook.getFileName().toString(), new FileSystemResource(workbook));
			return message;
		}
		catch (MessagingException | IOException e) {
			throw new MailPreparationException("could not build the report mail: " + e.getMessage(), e);
		}
	}

	static String subject(ReportScope scope, WallboardFigures figures) {
		Long change = change(figures);
		return "GLPI report " + figures.day() + " - " + scope.name() + ": " + figures.open().total() + " open"
				+ (change == null ? "" : " (" + signed(change) + " since yesterday)");
	}

	private String body(ReportScope scope, WallboardFigures figures, Path workbook) {
		Context context = new Context();
		context.setVariable("scope", scope.name());
		context.setVariable("day", figures.day());
		context.setVariable("asOf", AS_OF.format(figures.asOf().atZone(zone)) + " (" + zone.getId() + ")");
		context.setVariable("open", figures.open().total());
		Long change = change(figures);
		context.setVariable("change", change == null ? null : signed(change));
		// more open tickets than yesterday is bad news: red; fewer: green
		context.setVariable("changeColour", change == null || change == 0 ? "#5c6773" : change > 0 ? "#b3261e" : "#1e7b34");
		context.setVariable("today", figures.today());
		// null when the snapshot predates them: the template then leaves the line out
		context.setVariable("service", figures.open().late() == null ? null : figures.open());
		context.setVariable("dueSoon", dueSoon);
		context.setVariable("chartId", CHART_ID);
		context.setVariable("chartDays", figures.trend().size());
		context.setVariable("workbook", workbook.getFileName().toString());
		context.setVariable("glpi", links.home().orElse(null));
		if (!figures.oldest().isEmpty()) {
			OldTicket oldest = figures.oldest().get(0);
			context.setVariable("oldest", oldest);
			context.setVariable("oldestLink", links.ticket(oldest.id()).orElse(null));
			context.setVariable("oldestDays",
					oldest.openedAt() == null ? null : Duration.between(oldest.openedAt(), figures.asOf()).toDays());
		}
		return templates.process(TEMPLATE, context);
	}

	private static Long change(WallboardFigures figures) {
		Long yesterday = figures.openYesterday();
		return yesterday == null ? null : figures.open().total() - yesterday;
	}

	private static String signed(long n) {
		return n > 0 ? "+" + n : Long.toString(n);
	}

}
