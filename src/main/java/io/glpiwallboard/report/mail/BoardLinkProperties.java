package io.glpiwallboard.report.mail;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the report mails link to the live board ({@link BoardAddress}). Bound under
 * {@code wallboard.} because it is the board's address; only the mails read it.
 *
 * @param publicUrl the board's address as its viewers reach it, e.g.
 * {@code https://wallboard.example.org/}; the report mails link to it when set, and carry
 * no board link otherwise (no user info: it is sent to every recipient)
 */
@Validated
@ConfigurationProperties("wallboard")
public record BoardLinkProperties(@Pattern(regexp = PUBLIC_URL, message = PUBLIC_URL_MESSAGE) String publicUrl) {

	/** An http(s) URL with a host and without user info, for the links sent in mails. */
	private static final String PUBLIC_URL = "https?://[^/?#@\\s]+(/[^\\s]*)?";

	private static final String PUBLIC_URL_MESSAGE = "must be an http:// or https:// URL without user name or password, e.g. https://host.example.org/";

}
