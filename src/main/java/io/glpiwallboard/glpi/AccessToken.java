package io.glpiwallboard.glpi;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * An access token as {@link OAuthSession} hands it out. Compared by identity: each grant
 * yields a new instance, even if a server were to repeat a value. Counts the requests it
 * was handed to, so that a refusal can tell "GLPI refuses fresh tokens" from "other
 * requests wore this one out".
 */
final class AccessToken {

	private final String value;

	private final AtomicInteger uses = new AtomicInteger();

	AccessToken(String value) {
		this.value = value;
	}

	/** The bearer value; a secret, never to be logged. */
	String value() {
		return value;
	}

	void use() {
		uses.incrementAndGet();
	}

	/** Requests this token was handed to so far. */
	int uses() {
		return uses.get();
	}

	@Override
	public String toString() {
		return "AccessToken[***]";
	}

}
