package io.glpiwallboard.report.mail;

import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.glpiwallboard.cli.ExitCode;
import io.glpiwallboard.report.ReportFiles;
import io.glpiwallboard.report.SimulatedGlpiForTests;
import io.glpiwallboard.report.WorkbookReader;
import io.glpiwallboard.simulator.GlpiSimulator;
import io.glpiwallboard.sync.SyncJob;
import io.glpiwallboard.sync.SyncMode;
import io.glpiwallboard.sync.SyncOutcome;
import io.glpiwallboard.sync.SyncService;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

// A context of its own: the mail settings, the recipients and the public URLs are bound
// at start-up.
@SpringBootTest(properties = { "schedule.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:report-mail;DB_CLOSE_DELAY=-1", "report.dir=target/test-reports/mail",
		"wallboard.time-zone=Europe/Paris", "wallboard.history-days=40", "spring.mail.host=127.0.0.1",
		"report.mail.from=wallboard@example.org", "report.mail.initial-backoff=10ms",
		"wallboard.public-url=https://wallboard.example.org/tv/", "glpi.public-url=https://helpdesk.example.org/glpi/",
		"report.recipients[0].to=lead@example.org", "report.recipients[1].entity=" + SimulatedGlpiForTests.PARIS,
		"report.recipients[1].to=paris@example.org,deputy@example.org" })
class MailPublisherTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	static final GlpiSimulator glpi = SimulatedGlpiForTests.start(400);

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		SimulatedGlpiForTests.register(registry, glpi);
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	SyncService sync;

	@Autowired
	ReportFiles files;

	@Autowired
	JavaMailSenderImpl sender;

	@Autowired
	MailDeliveries deliveries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobRepository jobs;

	final LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));

	@BeforeEach
	void nothingSentYet() throws Exception {
		jdbc.update("DELETE FROM mail_delivery");
		smtp.purgeEmailFromAllMailboxes();
	}

	@AfterAll
	static void stop() {
		glpi.close();
	}

	@Test
	void eachRecipientGetsItsOwnSliceAsAnAttachmentWithTheFiguresInTheBody() throws Exception {
		// given
		var parisTickets = SimulatedGlpiForTests.openTicketIds(glpi, SimulatedGlpiForTests.PARIS);
		// when
		SyncOutcome outcome = sync.run(SyncMode.FULL, false);
		// then
		assertThat(outcome.success()).as(outcome.message()).isTrue();
		MimeMessage paris = receivedBy("paris@example.org");
		assertThat(Arrays.stream(paris.getAllRecipients()).map(Object::toString))
			.containsExactlyInAnyOrder("paris@example.org", "deputy@example.org");
		assertThat(paris.getFrom()[0].toString()).isEqualTo("wallboard@example.org");
		assertThat(paris.getSubject()).isEqualTo("GLPI report " + today + " - Root entity > Paris: "
				+ parisTickets.size() + " open" + changeSuffix(paris.getSubject()));
		List<Part> parts = leaves(paris);
		Part attachment = parts.stream()
			.filter(p -> Part.ATTACHMENT.equalsIgnoreCase(disposition(p)))
			.findFirst()
			.orElseThrow();
		assertThat(attachment.getFileName()).isEqualTo("glpi-report-" + today + "-entity-1.xlsx");
		try (InputStream in = attachment.getInputStream(); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertThat(new HashSet<>(WorkbookReader.ticketIds(workbook))).isEqualTo(parisTickets);
		}
		String html = parts.stream()
			.filter(p -> isType(p, "text/html"))
			.findFirst()
			.orElseThrow()
			.getContent()
			.toString();
		assertThat(html).contains(">" + parisTickets.size() + "<")
			.contains("Root entity &gt; Paris")
			.contains("src=\"cid:trend-chart\"");
		assertThat(html).contains("id=\"unassigned\">", "id=\"late\">", "id=\"dueSoon\">", ">due in 24 h<");
		Part chart = parts.stream().filter(p -> isType(p, "image/png")).findFirst().orElseThrow();
		assertThat(((MimeBodyPart) chart).getContentID()).isEqualTo("<trend-chart>");
		MimeMessage lead = receivedBy("lead@example.org");
		assertThat(lead.getSubject())
			.contains("All entities: " + SimulatedGlpiForTests.openTicketIds(glpi, null).size() + " open");
		assertThat(leaves(lead).stream().map(this::fileName)).contains("glpi-report-" + today + ".xlsx");
	}

	@Test
	void theMailHasAPlainTextAlternativeAndAttachesTheWorkbookAsAnXlsx() throws Exception {
		// given
		int open = SimulatedGlpiForTests.openTicketIds(glpi, SimulatedGlpiForTests.PARIS).size();
		// when
		sync.run(SyncMode.FULL, false);
		MimeMessage paris = receivedBy("paris@example.org");
		// then: mixed [ alternative [ plain, related [ html, png ] ], xlsx ]
		assertThat(paris.isMimeType("multipart/mixed")).isTrue();
		Multipart mixed = (Multipart) paris.getContent();
		assertThat(mixed.getCount()).isEqualTo(2);
		assertThat(mixed.getBodyPart(0).isMimeType("multipart/alternative")).isTrue();
		Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
		assertThat(alternative.getCount()).isEqualTo(2);
		BodyPart plain = alternative.getBodyPart(0);
		assertThat(plain.isMimeType("text/plain")).isTrue();
		assertThat(plain.getContentType()).containsIgnoringCase("charset=UTF-8");
		assertThat(alternative.getBodyPart(1).isMimeType("multipart/related")).isTrue();
		Multipart related = (Multipart) alternative.getBodyPart(1).getContent();
		assertThat(related.getBodyPart(0).isMimeType("text/html")).isTrue();
		assertThat(related.getBodyPart(1).isMimeType("image/png")).isTrue();
		BodyPart attachment = mixed.getBodyPart(1);
		assertThat(attachment.getContentType())
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(attachment.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
		String text = plain.getContent().toString();
		assertThat(text).contains("GLPI report " + today + " - Root entity > Paris")
			.containsPattern("Open tickets: +" + open)
			.contains("glpi-report-" + today + "-entity-1.xlsx")
			.doesNotContain("<")
			.doesNotContain("&gt;");
	}

	@Test
	void theChartIsNamedDescribedAndDrawnAtTwiceItsDisplayedSize() throws Exception {
		// when
		sync.run(SyncMode.FULL, false);
		List<Part> parts = leaves(receivedBy("lead@example.org"));
		// then
		Part chart = parts.stream().filter(p -> isType(p, "image/png")).findFirst().orElseThrow();
		assertThat(chart.getFileName()).isEqualTo("open-tickets-trend.png");
		assertThat(chart.getDisposition()).isEqualToIgnoringCase(Part.INLINE);
		java.awt.image.BufferedImage png;
		try (InputStream in = chart.getInputStream()) {
			png = javax.imageio.ImageIO.read(in);
		}
		String html = parts.stream()
			.filter(p -> isType(p, "text/html"))
			.findFirst()
			.orElseThrow()
			.getContent()
			.toString();
		java.util.regex.Matcher img = java.util.regex.Pattern.compile("<img [^>]*>").matcher(html);
		assertThat(img.find()).isTrue();
		String tag = img.group();
		int width = Integer.parseInt(attribute(tag, "width"));
		int height = Integer.parseInt(attribute(tag, "height"));
		assertThat(png.getWidth()).isEqualTo(2 * width);
		assertThat(png.getHeight()).isEqualTo(2 * height);
		// shrinks to a phone's width, keeping its proportions
		assertThat(attribute(tag, "style")).contains("width:100%")
			.contains("max-width:" + width + "px")
			.contains("height:auto");
		assertThat(attribute(tag, "alt")).startsWith("Line chart of open tickets per day from ")
			.contains(" at the end (lowest ");
	}

	@Test
	void theHeadersNameTheSendersDomainAndSayTheMailIsAutomatic() throws Exception {
		// when
		sync.run(SyncMode.FULL, false);
		MimeMessage lead = receivedBy("lead@example.org");
		// then
		assertThat(lead.getMessageID()).matches("<[^@<>]+@example\\.org>");
		assertThat(lead.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		String html = leaves(lead).stream()
			.filter(p -> isType(p, "text/html"))
			.findFirst()
			.orElseThrow()
			.getContent()
			.toString();
		assertThat(html).doesNotContain("<!--");
	}

	@Test
	void theMailLinksToTheLiveBoardAndTicketsToGlpisPublicAddress() throws Exception {
		// when
		sync.run(SyncMode.FULL, false);
		String paris = html(receivedBy("paris@example.org"));
		String lead = html(receivedBy("lead@example.org"));
		// then: the board of the recipient's scope, without the access token; GLPI's
		// public address
		assertThat(paris)
			.contains("href=\"https://wallboard.example.org/tv/board/" + SimulatedGlpiForTests.PARIS + "\"");
		assertThat(lead).contains("href=\"https://wallboard.example.org/tv/\"");
		assertThat(lead).contains("href=\"https://helpdesk.example.org/glpi/front/ticket.form.php?id=")
			.doesNotContain(glpi.baseUrl().replace("/api.php", ""));
		String text = receivedBy("lead@example.org").getContent() instanceof Multipart m ? plainText(m) : "";
		assertThat(text).contains("Live board: https://wallboard.example.org/tv/");
	}

	@Test
	void aRepeatedRunMailsNobodyTwiceUnlessForced() throws Exception {
		// given
		sync.run(SyncMode.FULL, false);
		int first = smtp.getReceivedMessages().length;
		// when
		SyncOutcome again = sync.run(SyncMode.FULL, false);
		int afterRepeat = smtp.getReceivedMessages().length;
		SyncOutcome forced = sync.run(SyncMode.FULL, true);
		// then
		assertThat(again.success()).isTrue();
		assertThat(forced.success()).isTrue();
		assertThat(first).isEqualTo(3);
		assertThat(afterRepeat).isEqualTo(3);
		assertThat(smtp.getReceivedMessages()).hasSize(6);
	}

	@Test
	void anSmtpOutageKeepsTheReportsOnDiskAndFailsTheRunWithTheReason() throws Exception {
		// given: nothing listens on the SMTP port any more
		int port = sender.getPort();
		sender.setPort(freePort());
		SyncOutcome outcome;
		try {
			// when
			outcome = sync.run(SyncMode.FULL, false);
		}
		finally {
			sender.setPort(port);
		}
		// then
		Path all = files.workbook(today, null);
		Path paris = files.workbook(today, SimulatedGlpiForTests.PARIS);
		assertThat(outcome.success()).isFalse();
		assertThat(ExitCode.of(outcome)).isEqualTo(ExitCode.PUBLISH);
		assertThat(outcome.message())
			.startsWith("mail: not sent to lead@example.org (all entities): SMTP server unreachable")
			.contains("after 3 attempts; report kept at " + all)
			.contains("not sent to paris@example.org, deputy@example.org (entity 1)")
			.contains("report kept at " + paris)
			.doesNotContain("\n");
		assertThat(Files.isRegularFile(all)).isTrue();
		assertThat(Files.isRegularFile(paris)).isTrue();
		assertThat(deliveries.forDay(today)).hasSize(2).allSatisfy(d -> {
			assertThat(d.sent()).isFalse();
			assertThat(d.attempts()).isEqualTo(3);
			assertThat(d.error()).contains("unreachable");
		});
		JobExecution run = jobs.getLastJobExecution(jobs.getLastJobInstance(SyncJob.NAME));
		assertThat(run.getExecutionContext().getString("publishErrors")).isEqualTo(outcome.message());
		// and the next run, with the server back, delivers what failed
		assertThat(sync.run(SyncMode.FULL, false).success()).isTrue();
		assertThat(smtp.getReceivedMessages()).hasSize(3);
	}

	@Test
	void aWorkbookThatCouldNotBeWrittenIsNotMailedNorSaidToBeKept() throws Exception {
		// given: a folder stands where Paris's workbook goes, so only Paris's workbook
		// fails
		Path paris = files.workbook(today, SimulatedGlpiForTests.PARIS);
		Files.deleteIfExists(paris);
		Files.createDirectories(paris.resolve("in-the-way"));
		SyncOutcome outcome;
		try {
			// when
			outcome = sync.run(SyncMode.FULL, false);
		}
		finally {
			org.springframework.util.FileSystemUtils.deleteRecursively(paris);
		}

		// then: a file in the way is a storage failure (exit 8); the others get their
		// mail, and Paris's line,
		// kept with the run, says why and points at no file that does not exist
		assertThat(ExitCode.of(outcome)).isEqualTo(ExitCode.STORAGE);
		assertThat(outcome.message())
			.isEqualTo("cannot write " + paris + ": a file or folder of that name is in the way");
		JobExecution run = jobs.getLastJobExecution(jobs.getLastJobInstance(SyncJob.NAME));
		assertThat(run.getExecutionContext().getString("publishErrors"))
			.contains("not sent to paris@example.org, deputy@example.org (entity 1): the workbook was not written")
			.doesNotContain("report kept at " + paris)
			.doesNotContain("\n");
		assertThat(receivedBy("lead@example.org")).isNotNull();
	}

	private MimeMessage receivedBy(String address) throws Exception {
		// the server keeps one copy per mailbox: count the messages, by id, addressed to
		// this one
		Map<String, MimeMessage> mine = new LinkedHashMap<>();
		for (MimeMessage m : smtp.getReceivedMessages()) {
			if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address))) {
				mine.put(m.getMessageID(), m);
			}
		}
		assertThat(mine).as("mails received by " + address).hasSize(1);
		return mine.values().iterator().next();
	}

	private static String html(MimeMessage message) throws Exception {
		return leaves(message).stream()
			.filter(p -> isType(p, "text/html"))
			.findFirst()
			.orElseThrow()
			.getContent()
			.toString();
	}

	private static String plainText(Multipart multipart) throws Exception {
		return leaves(multipart.getBodyPart(0)).stream()
			.filter(p -> isType(p, "text/plain"))
			.findFirst()
			.orElseThrow()
			.getContent()
			.toString();
	}

	private static String attribute(String tag, String name) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
		assertThat(m.find()).as(name + " in " + tag).isTrue();
		return m.group(1);
	}

	private static String changeSuffix(String subject) {
		int at = subject.indexOf(" (");
		return at < 0 ? "" : subject.substring(at);
	}

	private static List<Part> leaves(Part part) throws Exception {
		List<Part> found = new ArrayList<>();
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				found.addAll(leaves(child));
			}
		}
		else {
			found.add(part);
		}
		return found;
	}

	private static String disposition(Part part) {
		try {
			return part.getDisposition();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean isType(Part part, String type) {
		try {
			return part.isMimeType(type);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private String fileName(Part part) {
		try {
			return part.getFileName();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
