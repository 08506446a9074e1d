package io.glpiwallboard.glpi;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds GLPI's OAuth2 tokens: password grant with scope {@code api}, cached until shortly
 * before {@code expires_in}, then the refresh grant (GLPI rotates both tokens on refresh,
 * so the new refresh token is always kept). Thread-safe: the sync's workers share one
 * session, so a token one request saw refused may already have been replaced by another
 * (GLPI revokes the old access token at once on refresh:
 * {@code RefreshTokenGrant::respondToAccessTokenRequest} in league/oauth2-server).
 */
final class OAuthSession {

	private static final Logger log = LoggerFactory.getLogger(OAuthSession.class);

	/**
	 * Logins after refused tokens allowed in a row, that is without any request of the
	 * session succeeding in between; once they are spent, the next refusal fails with
	 * {@link GlpiAuthenticationException}. A successful request starts the count again,
	 * so a session's logins in all are not bounded: a GLPI that revokes tokens now and
	 * then costs one login per revocation and never fails a long sync, while one that
	 * refuses every token costs at most the first login and this many more (usually
	 * fewer: a request stops as soon as a token issued for it is refused on its first
	 * use).
	 */
	static final int MAX_RELOGINS = 10;

	private final GlpiProperties properties;

	private final GlpiHttp http;

	private final JsonMapper json;

	private final Clock clock;

	private AccessToken accessToken;

	private String refreshToken;

	private Instant renewAt = Instant.MIN;

	private int relogins;

	/**
	 * Logins since a request last succeeded; reset without the lock, on every success.
	 */
	private final AtomicInteger fruitlessLogins = new AtomicInteger();

	private final Secrets secrets;

	OAuthSession(GlpiProperties properties, GlpiHttp http, JsonMapper json, Clock clock, Secrets secrets) {
		this.secrets = secrets;
		this.properties = properties;
		this.http = http;
		this.json = json;
		this.clock = clock;
	}

	/** The current access token, renewed first when due; counts as one use of it. */
	synchronized AccessToken bearer() {
		if (accessToken == null || !clock.instant().isBefore(renewAt)) {
			renew();
		}
		accessToken.use();
		return accessToken;
	}

	/**
	 * Called when GLPI refused {@code refused}. If another request renewed the token
	 * meanwhile, returns the renewed one; otherwise logs in again (once, however many
	 * requests saw the same refusal) and returns a token issued for this caller, whose
	 * use is its first.
	 * @param refused the token the caller's request carried
	 * @param what the request, for messages
	 * @param refusal GLPI's answer in a few words, for messages
	 * @throws GlpiAuthenticationException when the last {@value #MAX_RELOGINS} logins
	 * brought no successful request
	 */
	synchronized Renewal afterRefusal(AccessToken refused, String what, String refusal) {
		if (accessToken != null && accessToken != refused) {
			// another request renewed it meanwhile: use that one rather than log in once
			// more
			if (!clock.instant().isBefore(renewAt)) {
				renew();
			}
			accessToken.use();
			return new Renewal(accessToken, false);
		}
		if (fruitlessLogins.get() >= MAX_RELOGINS) {
			throw new GlpiAuthenticationException("GLPI kept refusing freshly issued access tokens (" + MAX_RELOGINS
					+ " logins in a row without a successful request), the last for " + what + " (" + refusal + ")");
		}
		relogins++;
		fruitlessLogins.incrementAndGet();
		accessToken = null;
		refreshToken = null;
		log.info("GLPI refused the access token for {} ({}); logging in again", what, refusal);
		login();
		accessToken.use();
		return new Renewal(accessToken, true);
	}

	/**
	 * @param token the token to use now
	 * @param issuedForCaller true when it was issued because of the caller's refusal (a
	 * refusal of it on its first use means GLPI refuses even fresh tokens)
	 */
	record Renewal(AccessToken token, boolean issuedForCaller) {
	}

	/** Records that a request was served with a token of this session. */
	void succeeded() {
		if (fruitlessLogins.get() != 0) {
			fruitlessLogins.set(0);
		}
	}

	/** Logins made so far to replace a refused token. */
	synchronized int relogins() {
		return relogins;
	}

	private void renew() {
		if (refreshToken != null) {
			try {
				grant(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
				return;
			}
			catch (GlpiAuthenticationException expired) {
				log.info("GLPI refused the refresh token ({}); logging in again", expired.getMessage());
			}
		}
		login();
	}

	private void login() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "password");
		form.put("username", properties.username());
		form.put("password", properties.password());
		form.put("scope", "api");
		grant(form);
	}

	private void grant(Map<String, String> params) {
		Map<String, String> form = new LinkedHashMap<>(params);
		form.put("client_id", properties.clientId());
		form.put("client_secret", properties.clientSecret());
		String body = form.entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		URI uri = URI.create(properties.baseUrl() + "/token");
		HttpResponse<ReceivedBody> response = http.send(() -> HttpRequest.newBuilder(uri)
			.timeout(properties.requestTimeout())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), "POST /token");
		JsonNode answer = readJson(response);
		rememberTokens(answer);
		if (response.statusCode() != 200 || answer == null || !answer.hasNonNull("access_token")) {
			throw tokenError(response.statusCode(), answer, params.get("grant_type"));
		}
		accessToken = new AccessToken(answer.get("access_token").asString());
		refreshToken = answer.hasNonNull("refresh_token") ? answer.get("refresh_token").asString() : null;
		long ttl = answer.hasNonNull("expires_in") ? answer.get("expires_in").asLong() : 3600;
		// renew a minute early (or at 80% of a short lifetime) so no request goes out
		// with a dying token
		long margin = Math.min(60, ttl / 5);
		renewAt = clock.instant().plus(Duration.ofSeconds(Math.max(1, ttl - margin)));
		log.debug("GLPI token obtained with grant {} (expires in {} s)", params.get("grant_type"), ttl);
	}

	/**
	 * Every token in an answer is a secret from now on, even in an answer refused below.
	 */
	private void rememberTokens(JsonNode answer) {
		if (answer != null && answer.isObject()) {
			for (String field : new String[] { "access_token", "refresh_token", "id_token" }) {
				JsonNode value = answer.get(field);
				if (value != null && !value.isNull()) {
					secrets.remember(value.isString() ? value.asString() : value.toString());
				}
			}
		}
	}

	private JsonNode readJson(HttpResponse<ReceivedBody> response) {
		try {
			return json.readTree(response.body().stream());
		}
		catch (RuntimeException notJson) {
			return null;
		}
	}

	private GlpiException tokenError(int status, JsonNode answer, String grant) {
		if (status == 404 || answer == null || !answer.isObject()) {
			return new GlpiProtocolException("no GLPI OAuth endpoint at " + properties.displayUrl() + "/token (HTTP "
					+ status + "): check glpi.url and that GLPI 11's API is enabled");
		}
		// a server's words, which may echo the form with the password and client secret
		String error = secrets.quote(text(answer, "error"));
		String description = text(answer, "error_description");
		String hint = text(answer, "hint");
		String details = description.isEmpty() ? ""
				: ": " + secrets.quote(description + (hint.isEmpty() ? "" : " " + hint));
		return switch (error) {
			case "invalid_grant" -> "password".equals(grant)
					? new GlpiAuthenticationException("GLPI rejected the credentials (invalid_grant)" + details
							+ " Check glpi.username and glpi.password.")
					: new GlpiAuthenticationException("GLPI rejected the refresh token (invalid_grant)" + details);
			case "invalid_client" -> new GlpiAuthenticationException("GLPI rejected the OAuth client (invalid_client)"
					+ details + " Check glpi.client-id and glpi.client-secret.");
			case "unauthorized_client" -> new GlpiAuthenticationException(
					"the GLPI OAuth client may not use the password grant (unauthorized_client): tick 'Password' in its grants"
							+ " (Setup > OAuth clients)");
			case "access_denied" -> new GlpiAuthenticationException("GLPI refused the token request (access_denied)"
					+ details + " The OAuth client may be restricted to other IP addresses.");
			case "invalid_scope" ->
				new GlpiAccessDeniedException("GLPI refused the scope 'api' (invalid_scope)" + details);
			default -> new GlpiAuthenticationException("GLPI refused the token request (HTTP " + status
					+ (error.isEmpty() ? "" : ", " + error) + ")" + details);
		};
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? "" : value.asString();
	}

	private static String enc(String value) {
		return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
	}

}
