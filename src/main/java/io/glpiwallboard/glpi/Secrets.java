package io.glpiwallboard.glpi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The secrets a GLPI session holds (the configured password and client secret, every
 * access and refresh token it was issued) and the redaction of text taken from a server's
 * answer. A GLPI or proxy may echo the request in its error body
 * ({@code password=...&client_secret=...}, the {@code Authorization} header): such text
 * reaches the error line, the log, the database, the board and {@code /runs}, so it is
 * cleaned where it enters a message ({@link #quote}) and once more where a failure reason
 * is stored ({@link #redact}). Thread-safe.
 */
public final class Secrets {

	/** Characters of a server's text that go into a message at most. */
	static final int QUOTE_CHARS = 200;

	/**
	 * Tokens remembered at most: a long-running {@code serve} logs in again and again;
	 * old tokens are dead.
	 */
	private static final int MAX_TOKENS = 64;

	static final String MASK = "***";

	/** The shortest secret masked wherever it appears. */
	private static final int MIN_EXACT = 4;

	/**
	 * Secrets in the forms a server echoes them: as a form parameter, a header, a JSON
	 * member.
	 */
	private static final List<Pattern> FORMS = List.of(Pattern.compile(
			"(?i)((?:password|client_secret|refresh_token|access_token|id_token)\\\\?\"?\\s*[=:]\\s*\\\\?\"?)[^&\"\\\\\\s,;}]+"),
			Pattern.compile("(?i)(\\b(?:Bearer|Basic)\\s+)[A-Za-z0-9._~+/=-]+"));

	private final Set<String> configured = new LinkedHashSet<>();

	private final Set<String> tokens = Collections.synchronizedSet(new LinkedHashSet<>());

	/**
	 * @param properties the configured password and client secret are secrets from the
	 * start
	 */
	public Secrets(GlpiProperties properties) {
		addForms(configured, properties.password());
		addForms(configured, properties.clientSecret());
	}

	/** Remembers a token GLPI issued; null is ignored. */
	void remember(String token) {
		if (token == null || token.isEmpty()) {
			return;
		}
		synchronized (tokens) {
			addForms(tokens, token);
			// each token is kept in up to four forms; the oldest go first
			var oldest = tokens.iterator();
			while (tokens.size() > MAX_TOKENS * 4 && oldest.hasNext()) {
				oldest.next();
				oldest.remove();
			}
		}
	}

	/**
	 * @param text any text that may hold a server's words, e.g. a failure reason about to
	 * be stored
	 * @return {@code text} with every known secret (as is, URL-encoded, JSON-escaped) and
	 * every {@code password=}, {@code client_secret=}, {@code Bearer},
	 * {@code "access_token":} value replaced by {@code ***}; null stays null
	 */
	public String redact(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String result = text;
		for (String secret : known()) {
			result = result.replace(secret, MASK);
		}
		for (Pattern form : FORMS) {
			result = form.matcher(result).replaceAll("$1" + MASK);
		}
		return result;
	}

	/**
	 * A server's text made fit for a message: redacted, control characters and runs of
	 * white space made one space, at most {@value #QUOTE_CHARS} characters (with "..."
	 * when cut).
	 */
	String quote(String serverText) {
		if (serverText == null) {
			return "";
		}
		// redact before cutting (a secret cut in two would not be recognised), but never
		// scan a huge body
		int window = QUOTE_CHARS + longest() + 64;
		String head = serverText.length() > window ? serverText.substring(0, window) : serverText;
		String clean = redact(head).replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
		boolean cut = clean.length() > QUOTE_CHARS || head.length() < serverText.length();
		return cut ? clean.substring(0, Math.min(clean.length(), QUOTE_CHARS)) + "..." : clean;
	}

	private List<String> known() {
		List<String> all = new ArrayList<>(configured);
		synchronized (tokens) {
			all.addAll(tokens);
		}
		// longest first: a secret containing another is masked whole
		all.sort(Comparator.comparingInt(String::length).reversed());
		return all;
	}

	private int longest() {
		return known().stream().mapToInt(String::length).max().orElse(0);
	}

	private static void addForms(Set<String> into, String secret) {
		// masking a value of one to three characters everywhere would garble every
		// message (a test
		// token "tok" in "token"); such a value is still masked in its pattern forms
		// (password=ab)
		if (secret == null || secret.length() < MIN_EXACT) {
			return;
		}
		into.add(secret);
		into.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
		into.add(URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("+", "%20"));
		into.add(jsonEscaped(secret));
	}

	private static String jsonEscaped(String s) {
		StringBuilder sb = new StringBuilder(s.length() + 8);
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> sb.append("\\\"");
				case '\\' -> sb.append("\\\\");
				case '/' -> sb.append("\\/");
				default -> {
					if (c < 0x20) {
						sb.append(String.format("\\u%04x", (int) c));
					}
					else {
						sb.append(c);
					}
				}
			}
		}
		return sb.toString();
	}

}
