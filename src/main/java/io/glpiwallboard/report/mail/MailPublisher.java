package io.glpiwallboard.report.mail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.glpiwallboard.report.GlpiLinks;
import io.glpiwallboard.report.ReportFiles;
import io.glpiwallboard.report.ReportProperties;
import io.glpiwallboard.report.ReportProperties.Recipient;
import io.glpiwallboard.report.WorkbookPublisher;
import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.snapshot.SnapshotPublisher;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.snapshot.SnapshotProperties;
import io.glpiwallboard.system.TimeZoneProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

/**
 * After every full run, mails each {@code report.recipients} entry its workbook, once a
 * day (again only with {@code run --force}). Every entry is tried even when one fails;
 * failures are recorded and end the run in error, and the workbooks stay in
 * {@code report.dir} whatever happens.
 */
@Component
public class MailPublisher implements SnapshotPublisher {

	private static final Logger log = LoggerFactory.getLogger(MailPublisher.class);

	private final ReportProperties report;

	private final MailProperties mail;

	private final ObjectProvider<JavaMailSender> senders;

	private final ReportFiles files;

	private final FiguresRepository figures;

	private final MailDeliveries deliveries;

	private final ReportMailer mailer;

	private final Clock clock;

	public MailPublisher(ReportProperties report, MailProperties mail, ObjectProvider<JavaMailSender> senders,
			ReportFiles files, FiguresRepository figures, MailDeliveries deliveries, ITemplateEngine templates,
			GlpiLinks links, BoardLinkProperties boardLink, TimeZoneProperties timeZone, SnapshotProperties snapshots,
			Clock clock) {
		this.report = report;
		this.mail = mail;
		this.senders = senders;
		this.files = files;
		this.figures = figures;
		this.deliveries = deliveries;
		this.mailer = new ReportMailer(templates, links, new BoardAddress(boardLink), timeZone.zone(),
				snapshots.dueSoonText());
		this.clock = clock;
	}

	@Override
	public Stage stage() {
		return Stage.MAIL;
	}

	@Override
	public String name() {
		return "mail";
	}

	@Override
	public void publish(Request request) {
		if (report.recipients().isEmpty()) {
			return;
		}
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null || mail.from() == null || mail.from().isBlank()) {
			throw new IllegalStateException((sender == null ? "no SMTP server configured (spring.mail.host)"
					: "no sender address configured (report.mail.from)") + ": no report mailed; the workbooks are in "
					+ report.dir());
		}
		SmtpRetry retry = new SmtpRetry(mail.maxAttempts(), mail.initialBackoff());
		List<String> failures = new ArrayList<>();
		for (Recipient recipient : report.recipients()) {
			String key = key(recipient);
			if (!request.force() && deliveries.wasSent(request.day(), key)) {
				log.info("Report of {} already mailed to {} today; 'run --force' sends it again", request.day(),
						recipient);
				continue;
			}
			Path workbook = files.workbook(request.day(), recipient.entity(), recipient.group());
			try {
				int attempts = deliver(sender, retry, recipient, workbook);
				deliveries.sent(request.day(), key, attempts, clock.instant());
				log.info("Mailed {} to {}", workbook.getFileName(), String.join(", ", recipient.to()));
			}
			catch (SmtpRetry.Failure e) {
				String reason = "not sent to " + String.join(", ", recipient.to()) + " (" + recipient.scope() + "): "
						+ e.getMessage() + (Files.isRegularFile(workbook) ? "; report kept at " + workbook : "");
				deliveries.failed(request.day(), key, e.attempts, clock.instant(), e.getMessage());
				log.warn("Mail {}", reason);
				failures.add(reason);
			}
		}
		if (!failures.isEmpty()) {
			throw new IllegalStateException(String.join("; ", failures));
		}
	}

	private int deliver(JavaMailSender sender, SmtpRetry retry, Recipient recipient, Path workbook)
			throws SmtpRetry.Failure {
		if (!Files.isRegularFile(workbook)) {
			throw new SmtpRetry.Failure(0, "the workbook was not written (see the workbook error)", null);
		}
		Scope scope = new Scope(recipient.entity(), recipient.group());
		// the snapshot's figures of the scope: the same sync as the workbook's ticket
		// list, for a
		// group with the team headline (unassigned = no technician, late, due soon) and
		// its observed trend
		WallboardFigures loaded = figures.forScope(scope, mail.chartDays())
			.orElseThrow(() -> new SmtpRetry.Failure(0, unknown(scope), null));
		try {
			var message = mailer.prepare(sender, mail.from(), recipient.to(), figures.name(scope), loaded, workbook);
			return retry.send(() -> sender.send(message));
		}
		catch (org.springframework.mail.MailPreparationException e) {
			throw new SmtpRetry.Failure(0, e.getMessage(), e);
		}
	}

	private String unknown(Scope scope) {
		if (scope.entityId() != null && figures.entityTree().get(scope.entityId()).isEmpty()) {
			return "entity " + scope.entityId() + " is not in GLPI's entity tree";
		}
		return scope.isGroup() ? "group " + scope.groupId() + " is not a group GLPI knows" : "no snapshot yet";
	}

	/**
	 * The scope and the addresses, order and case aside: editing the list makes a new
	 * recipient. Entity-only keys are those of earlier versions, so an upgrade sends
	 * nothing twice.
	 */
	static String key(Recipient recipient) {
		String scope = recipient.entity() == null && recipient.group() == null ? "all"
				: (recipient.entity() == null ? "" : "entity:" + recipient.entity())
						+ (recipient.entity() != null && recipient.group() != null ? " " : "")
						+ (recipient.group() == null ? "" : "group:" + recipient.group());
		return scope + " "
				+ recipient.to()
					.stream()
					.map(a -> a.trim().toLowerCase(Locale.ROOT))
					.sorted()
					.collect(Collectors.joining(","));
	}

}
