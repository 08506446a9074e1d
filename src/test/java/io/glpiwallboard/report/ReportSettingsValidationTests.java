package io.glpiwallboard.report;

import io.glpiwallboard.glpi.GlpiProperties;
import io.glpiwallboard.report.mail.BoardLinkProperties;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report and mail settings an admin may get wrong are refused at start-up, naming the
 * property.
 */
class ReportSettingsValidationTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ ReportProperties.class, BoardLinkProperties.class, GlpiProperties.class })
	static class Settings {

	}

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Settings.class);

	@Test
	void workbooksAreGroupReadableByDefault() {
		context.run(c -> {
			// when
			ReportProperties report = c.getBean(ReportProperties.class);
			// then
			assertThat(report.fileMode()).isEqualTo("0640");
			assertThat(java.nio.file.attribute.PosixFilePermissions.toString(report.filePermissions()))
				.isEqualTo("rw-r-----");
		});
	}

	@Test
	void aFileModeReadableByAllIsAccepted() {
		context.withPropertyValues("report.file-mode=644").run(c -> {
			// when
			ReportProperties report = c.getBean(ReportProperties.class);
			// then
			assertThat(java.nio.file.attribute.PosixFilePermissions.toString(report.filePermissions()))
				.isEqualTo("rw-r--r--");
		});
	}

	@Test
	void aFileModeThatIsNotOctalOrLetsOthersWriteIsRefused() {
		for (String mode : new String[] { "0666", "0602", "rw-r-----", "0840", "0440", "" }) {
			context.withPropertyValues("report.file-mode=" + mode)
				.run(c -> assertThat(refused(c.getStartupFailure())).as(mode).contains("fileMode"));
		}
	}

	@Test
	void publicUrlsMustBeHttpUrlsWithoutCredentials() {
		for (String url : new String[] { "ftp://wallboard.example.org/", "wallboard.example.org",
				"https://admin:secret@wallboard.example.org/", "https://" }) {
			context.withPropertyValues("wallboard.public-url=" + url)
				.run(c -> assertThat(refused(c.getStartupFailure())).as(url).contains("publicUrl"));
			context.withPropertyValues("glpi.public-url=" + url)
				.run(c -> assertThat(refused(c.getStartupFailure())).as(url).contains("publicUrl"));
		}
		context
			.withPropertyValues("wallboard.public-url=https://wallboard.example.org:8443/tv/",
					"glpi.public-url=http://glpi/")
			.run(c -> assertThat(c.getStartupFailure()).isNull());
	}

	/** The fields the validation refused. */
	private static String refused(Throwable failure) {
		assertThat(failure).isNotNull();
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof BindValidationException validation) {
				return validation.getValidationErrors().getAllErrors().toString();
			}
		}
		throw new AssertionError("not a validation failure", failure);
	}

}
