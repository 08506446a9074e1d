package io.glpiwallboard.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import io.glpiwallboard.glpi.GlpiProperties;

import org.springframework.stereotype.Component;

/**
 * Links into GLPI's own web interface: {@code glpi.public-url} when set (the API's
 * address may be an internal one that readers cannot reach), else derived from
 * {@code glpi.url}: the part before {@code /api.php}, without any user info, query or
 * fragment, so a credential written into the URL can never end up in a workbook or a
 * mail.
 */
@Component
public class GlpiLinks {

	private final String base;

	public GlpiLinks(GlpiProperties glpi) {
		URI web = glpi.publicUrl() != null ? URI.create(glpi.publicUrl()) : glpi.url();
		this.base = web == null ? null : webBase(web);
	}

	/**
	 * GLPI's home page, e.g. {@code https://glpi.example.org/}; empty when GLPI is not
	 * configured.
	 */
	public Optional<String> home() {
		return Optional.ofNullable(base).map(b -> b + "/");
	}

	/** The ticket's page in GLPI. */
	public Optional<String> ticket(long id) {
		return ticketPrefix().map(prefix -> prefix + id);
	}

	/** A ticket's page without the id at the end. */
	public Optional<String> ticketPrefix() {
		return Optional.ofNullable(base).map(b -> b + "/front/ticket.form.php?id=");
	}

	static String webBase(URI api) {
		String path = api.getPath() == null ? "" : api.getPath();
		int cut = path.indexOf("/api.php");
		path = (cut >= 0 ? path.substring(0, cut) : path).replaceAll("/+$", "");
		try {
			return new URI(api.getScheme(), null, api.getHost(), api.getPort(), path, null, null).toString();
		}
		catch (URISyntaxException e) {
			throw new IllegalArgumentException("glpi.url is not a valid URL", e);
		}
	}

}
