package io.glpiwallboard.wallboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.glpiwallboard.system.WallboardProperties;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * With {@code wallboard.access-token} set, every board, chart, API and run-history request needs
 * it, as {@code ?token=} (TVs cannot log in, and the links keep it) or as a bearer header (API
 * clients). Missing: 401; wrong: 403. The token itself is never echoed or logged.
 */
class AccessTokenInterceptor implements HandlerInterceptor {

	private final byte[] expected;

	private final ErrorPages pages;

	AccessTokenInterceptor(WallboardProperties properties, ErrorPages pages) {
		String token = properties.accessToken();
		this.expected = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
		this.pages = pages;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
		if (expected == null) {
			return true;
		}
		String given = given(request);
		if (given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
			return true;
		}
		int status = given == null ? 401 : 403;
		String detail = given == null ? "This board needs an access token: add ?token=… to its address."
				: "The access token in this address is not valid (it may have been changed).";
		response.setStatus(status);
		if (request.getRequestURI().startsWith("/api/")) {
			response.setContentType("application/json");
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write("{\"error\":\"" + (given == null ? "access token required" : "invalid access token") + "\"}");
		}
		else {
			response.setContentType(BoardController.HTML.toString());
			// reloads with the token it was given: fixing the server's setting brings the TV back
			response.getWriter().write(pages.html(request, request.getRequestURI(), status,
					status == 401 ? "Access token required" : "Access refused", detail));
		}
		return false;
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
