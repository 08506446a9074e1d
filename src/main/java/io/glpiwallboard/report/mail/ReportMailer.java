package io.glpiwallboard.report.mail;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import io.glpiwallboard.chart.ChartTheme;
import io.glpiwallboard.chart.TrendChart;
import io.glpiwallboard.report.GlpiLinks;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.snapshot.WallboardFigures.OldTicket;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * One report mail: the headline figures and the trend chart in the body, the workbook
 * attached. The body says everything on its own, in HTML and in plain text, so it is
 * useful even where the attachment cannot be opened or HTML is not shown.
 */
final class ReportMailer {

	static final String TEMPLATE = "mail/report";

	static final String CHART_ID = "trend-chart";

	static final String CHART_NAME = "open-tickets-trend.png";

	private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ITemplateEngine templates;

	private final ITemplateEngine texts;

	private final GlpiLinks links;

	private final BoardAddress board;

	private final ZoneId zone;

	private final String dueSoon;

	/**
	 * @param dueSoon {@code wallboard.due-soon} in words, e.g. "24 h"
	 */
	ReportMailer(ITemplateEngine templates, GlpiLinks links, BoardAddress board, ZoneId zone, String dueSoon) {
		this.templates = templates;
		this.texts = textEngine();
		this.links = links;
		this.board = board;
		this.zone = zone;
		this.dueSoon = dueSoon;
	}

	/**
	 * Thymeleaf's TEXT mode for {@code templates/mail/*.txt}: no HTML escaping, no
	 * markup.
	 */
	private static ITemplateEngine textEngine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

	/** Builds the message; a failure here is no SMTP problem and is never retried. */
	/**
	 * @param name the scope's name ({@code FiguresRepository.name})
	 */
	MimeMessage prepare(JavaMailSender sender, String from, Iterable<String> to, String name, WallboardFigures figures,
			Path workbook) {
		try {
			// the sender's session, so the message carries its mail.* settings; Spring's
			// is the usual sender
			Session session = sender instanceof JavaMailSenderImpl impl ? impl.getSession()
					: Session.getInstance(new java.util.Properties());
			ReportMessage message = new ReportMessage(session, from);
			message.setFrom(from);
			for (String address : to) {
				message.addRecipients(MimeMessage.RecipientType.TO, address);
			}
			message.setSubject(subject(name, figures), StandardCharsets.UTF_8.name());
			// a line needs two days; a group observed for the first time today has one
			byte[] chart = figures.trend().size() < 2 ? null
					: TrendChart.openLine(figures.trend(), ChartTheme.PAPER).png();
			Context context = context(name, figures, workbook, chart != null);
			message.setBody(texts.process(TEMPLATE, context), templates.process(TEMPLATE, context), chart, CHART_ID,
					CHART_NAME, workbook);
			return message;
		}
		catch (MessagingException | UncheckedIOException e) {
			throw new MailPreparationException("could not build the report mail: " + e.getMessage(), e);
		}
	}

	static String subject(String name, WallboardFigures figures) {
		Long change = figures.openChangeSinceYesterday();
		return "GLPI report " + figures.day() + " - " + name + ": " + figures.open().total() + " open"
				+ (change == null ? "" : " (" + signed(change) + " since yesterday)");
	}

	private Context context(String name, WallboardFigures figures, Path workbook, boolean chart) {
		Context context = new Context();
		context.setVariable("scope", name);
		context.setVariable("day", figures.day());
		context.setVariable("asOf", AS_OF.format(figures.asOf().atZone(zone)) + " (" + zone.getId() + ")");
		context.setVariable("open", figures.open().total());
		Long change = figures.openChangeSinceYesterday();
		context.setVariable("change", change == null ? null : signed(change));
		// more open tickets than yesterday is bad news: red; fewer: green
		context.setVariable("changeColour",
				change == null || change == 0 ? "#5c6773" : change > 0 ? "#b3261e" : "#1e7b34");
		context.setVariable("today", figures.today());
		// null when the snapshot predates them: the templates then leave the line out
		context.setVariable("service", figures.open().late() == null ? null : figures.open());
		context.setVariable("dueSoon", dueSoon);
		context.setVariable("chartId", chart ? CHART_ID : null);
		context.setVariable("chartWidth", TrendChart.MAIL_WIDTH);
		context.setVariable("chartHeight", TrendChart.MAIL_HEIGHT);
		context.setVariable("chartAlt", TrendChart.describe(figures.trend()));
		context.setVariable("chartDays", figures.trend().size());
		context.setVariable("workbook", workbook.getFileName().toString());
		context.setVariable("glpi", links.home().orElse(null));
		context.setVariable("board", board.of(figures.scope()).orElse(null));
		if (!figures.oldest().isEmpty()) {
			OldTicket oldest = figures.oldest().get(0);
			context.setVariable("oldest", oldest);
			context.setVariable("oldestLink", links.ticket(oldest.id()).orElse(null));
			context.setVariable("oldestDays",
					oldest.openedAt() == null ? null : Duration.between(oldest.openedAt(), figures.asOf()).toDays());
		}
		return context;
	}

	private static String signed(long n) {
		return n > 0 ? "+" + n : Long.toString(n);
	}

}
