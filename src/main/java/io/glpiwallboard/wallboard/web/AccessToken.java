package io.glpiwallboard.wallboard.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;

import io.glpiwallboard.wallboard.WallboardProperties;

/**
 * {@code wallboard.access-token}, compared in constant time with the one a request brings
 * as {@code ?token=} (TVs cannot log in, and the board's links keep it) or as a bearer
 * header (API clients, Prometheus). The token itself is never echoed or logged.
 */
final class AccessToken {

	enum Check {

		/** No token is configured, or the request brings the right one. */
		GRANTED,
		/** A token is configured and the request brings none: 401. */
		MISSING,
		/** The request brings another token: 403. */
		WRONG

	}

	private final byte[] expected;

	AccessToken(WallboardProperties properties) {
		String token = properties.accessToken();
		this.expected = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
	}

	Check check(HttpServletRequest request) {
		if (expected == null) {
			return Check.GRANTED;
		}
		String given = given(request);
		if (given == null) {
			return Check.MISSING;
		}
		return MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8)) ? Check.GRANTED : Check.WRONG;
	}

	private static String given(HttpServletRequest request) {
		String token = request.getParameter("token");
		if (token != null && !token.isEmpty()) {
			return token;
		}
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return header.substring(7).trim();
		}
		return null;
	}

}
