package io.glpiwallboard.simulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The OAuth side of GLPI (league/oauth2-server): password and refresh_token grants, token
 * validation, rotation. Error texts are league's, word for word, because clients match on
 * them.
 */
final class TokenService {

	static final Duration REFRESH_TTL = Duration.ofDays(30);

	private static final Set<String> CLIENT_SCOPES = Set.of("api", "user", "email", "status", "graphql");

	/**
	 * Outcome of a /token call: HTTP status, JSON body fields, and whether a Basic
	 * challenge is due.
	 */
	record Outcome(int status, Map<String, Object> body, boolean basicChallenge) {
	}

	/** Outcome of validating a bearer token on an API call. */
	enum Check {

		VALID, INVALID, REVOKED

	}

	private record AccessToken(Set<String> scopes, Instant expiresAt, boolean revoked) {
	}

	private record RefreshToken(String clientId, Set<String> scopes, Instant expiresAt, String accessToken,
			boolean revoked) {
	}

	private final SimulatorCredentials credentials;

	private final Clock clock;

	private final Duration ttl;

	private final Map<String, AccessToken> accessTokens = new ConcurrentHashMap<>();

	private final Map<String, RefreshToken> refreshTokens = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	TokenService(SimulatorCredentials credentials, Clock clock, Duration ttl) {
		this.credentials = credentials;
		this.clock = clock;
		this.ttl = ttl;
	}

	/**
	 * Handles a /token request; {@code basicClient} holds client id/secret from HTTP
	 * Basic, if sent.
	 */
	Outcome token(Map<String, String> params, String[] basicClient) {
		String grant = params.get("grant_type");
		if (!"password".equals(grant) && !"refresh_token".equals(grant)) {
			return error(400, "unsupported_grant_type",
					"The authorization grant type is not supported by the authorization server.",
					"Check that all required parameters have been provided", false);
		}
		String clientId = basicClient != null ? basicClient[0] : params.get("client_id");
		String clientSecret = basicClient != null ? basicClient[1] : params.get("client_secret");
		if (clientId == null) {
			return missing("client_id");
		}
		if (!credentials.clientId().equals(clientId) || !credentials.clientSecret().equals(clientSecret)) {
			return error(401, "invalid_client", "Client authentication failed", null, basicClient != null);
		}
		return "password".equals(grant) ? passwordGrant(params) : refreshGrant(params, clientId);
	}

	private Outcome passwordGrant(Map<String, String> params) {
		Set<String> scopes = scopes(params.get("scope"));
		if (params.get("username") == null) {
			return missing("username");
		}
		if (params.get("password") == null) {
			return missing("password");
		}
		if (!credentials.username().equals(params.get("username"))
				|| !credentials.password().equals(params.get("password"))) {
			return error(400, "invalid_grant", "The user credentials were incorrect.", null, false);
		}
		return issue(scopes);
	}

	private Outcome refreshGrant(Map<String, String> params, String clientId) {
		String token = params.get("refresh_token");
		if (token == null) {
			return missing("refresh_token");
		}
		RefreshToken refresh = refreshTokens.get(token);
		if (refresh == null) {
			return invalidRefresh("Cannot decrypt the refresh token");
		}
		if (!refresh.clientId().equals(clientId)) {
			return invalidRefresh("Token is not linked to client");
		}
		if (!clock.instant().isBefore(refresh.expiresAt())) {
			return invalidRefresh("Token has expired");
		}
		if (refresh.revoked()) {
			return invalidRefresh("Token has been revoked");
		}
		// Rotation: the old refresh token and its access token die at once (league's
		// revokeRefreshTokens=true).
		refreshTokens.put(token, new RefreshToken(refresh.clientId(), refresh.scopes(), refresh.expiresAt(),
				refresh.accessToken(), true));
		accessTokens.computeIfPresent(refresh.accessToken(),
				(k, a) -> new AccessToken(a.scopes(), a.expiresAt(), true));
		String requested = params.get("scope");
		Set<String> scopes = requested == null ? refresh.scopes()
				: scopes(requested).stream().filter(refresh.scopes()::contains).collect(Collectors.toSet());
		return issue(scopes);
	}

	private Outcome issue(Set<String> scopes) {
		Instant now = clock.instant();
		Duration lifetime = ttl;
		String access = newToken(true);
		String refresh = newToken(false);
		accessTokens.put(access, new AccessToken(scopes, now.plus(lifetime), false));
		refreshTokens.put(refresh,
				new RefreshToken(credentials.clientId(), scopes, now.plus(REFRESH_TTL), access, false));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("token_type", "Bearer");
		body.put("expires_in", lifetime.getSeconds());
		body.put("access_token", access);
		body.put("refresh_token", refresh);
		return new Outcome(200, body, false);
	}

	Check check(String accessToken) {
		AccessToken token = accessTokens.get(accessToken);
		if (token == null || !clock.instant().isBefore(token.expiresAt())) {
			return Check.INVALID;
		}
		return token.revoked() ? Check.REVOKED : Check.VALID;
	}

	boolean hasScope(String accessToken, String scope) {
		AccessToken token = accessTokens.get(accessToken);
		return token != null && token.scopes().contains(scope);
	}

	/**
	 * Makes every issued access token fail verification, as after a long pause of the
	 * client.
	 */
	void expireAll() {
		accessTokens.replaceAll((k, a) -> new AccessToken(a.scopes(), Instant.EPOCH, a.revoked()));
	}

	/**
	 * Revokes every access and refresh token, as when an admin deletes the OAuth client's
	 * tokens.
	 */
	void revokeAll() {
		accessTokens.replaceAll((k, a) -> new AccessToken(a.scopes(), a.expiresAt(), true));
		refreshTokens
			.replaceAll((k, r) -> new RefreshToken(r.clientId(), r.scopes(), r.expiresAt(), r.accessToken(), true));
	}

	/**
	 * Scopes the client may not use are dropped silently: the token is still issued, just
	 * useless.
	 */
	private static Set<String> scopes(String requested) {
		if (requested == null || requested.isBlank()) {
			return Set.of();
		}
		return Set.of(requested.trim().split("\\s+"))
			.stream()
			.filter(CLIENT_SCOPES::contains)
			.collect(Collectors.toSet());
	}

	/**
	 * Access tokens look like JWTs (three dot-separated parts) so clients cannot rely on
	 * an opaque format.
	 */
	private String newToken(boolean jwtShaped) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String body = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return jwtShaped ? "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9." + body + ".sim" : "def50200" + body;
	}

	private static Outcome missing(String parameter) {
		return error(400, "invalid_request",
				"The request is missing a required parameter, includes an invalid parameter "
						+ "value, includes a parameter more than once, or is otherwise malformed.",
				"Check the `" + parameter + "` parameter", false);
	}

	private static Outcome invalidRefresh(String hint) {
		return error(400, "invalid_grant", "The refresh token is invalid.", hint, false);
	}

	private static Outcome error(int status, String error, String description, String hint, boolean basic) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error);
		body.put("error_description", description);
		if (hint != null) {
			body.put("hint", hint);
		}
		return new Outcome(status, body, basic);
	}

}
