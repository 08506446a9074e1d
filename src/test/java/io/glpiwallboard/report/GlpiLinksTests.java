package io.glpiwallboard.report;

import java.net.URI;

import io.glpiwallboard.glpi.GlpiProperties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GlpiLinksTests {

	@Test
	void ticketLinksPointAtGlpisWebPagesWithoutCredentials() {
		// given: an API URL with a sub-path, a port and (wrongly) credentials in it
		GlpiLinks links = new GlpiLinks(properties("https://sync:s3cret@glpi.example.org:8443/glpi/api.php?debug=1"));
		// when
		String ticket = links.ticket(4711).orElseThrow();
		// then
		assertThat(ticket).isEqualTo("https://glpi.example.org:8443/glpi/front/ticket.form.php?id=4711");
		assertThat(links.home()).contains("https://glpi.example.org:8443/glpi/");
	}

	@Test
	void ticketLinksUseThePublicUrlWhenGlpisApiUrlIsInternal() {
		// given: the API reached on an internal name, users on the public one
		GlpiLinks links = new GlpiLinks(
				properties("http://glpi-backend.internal:8080/api.php", "https://helpdesk.example.org/glpi/"));
		// when
		String ticket = links.ticket(4711).orElseThrow();
		// then
		assertThat(ticket).isEqualTo("https://helpdesk.example.org/glpi/front/ticket.form.php?id=4711");
		assertThat(links.home()).contains("https://helpdesk.example.org/glpi/");
	}

	@Test
	void withoutGlpiConfiguredThereAreNoLinks() {
		// given / when
		GlpiLinks links = new GlpiLinks(properties(null));
		// then
		assertThat(links.ticket(1)).isEmpty();
		assertThat(links.home()).isEmpty();
	}

	private static GlpiProperties properties(String url) {
		return properties(url, null);
	}

	private static GlpiProperties properties(String url, String publicUrl) {
		return new GlpiProperties(url == null ? null : URI.create(url), null, null, null, null, "v2.2", 500, 4, null,
				java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(120),
				new GlpiProperties.Retry(6, java.time.Duration.ofMillis(500), java.time.Duration.ofSeconds(20),
						java.time.Duration.ofMinutes(3)),
				publicUrl);
	}

}
