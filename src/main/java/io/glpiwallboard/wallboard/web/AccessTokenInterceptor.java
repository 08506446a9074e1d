package io.glpiwallboard.wallboard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * With {@code wallboard.access-token} set, every board, chart, API and run-history
 * request needs it, as {@code ?token=} (TVs cannot log in, and the links keep it) or as a
 * bearer header (API clients). Missing: 401; wrong: 403. The token itself is never echoed
 * or logged.
 */
class AccessTokenInterceptor implements HandlerInterceptor {

	private final AccessToken token;

	private final ErrorPages pages;

	AccessTokenInterceptor(AccessToken token, ErrorPages pages) {
		this.token = token;
		this.pages = pages;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		AccessToken.Check check = token.check(request);
		if (check == AccessToken.Check.GRANTED) {
			return true;
		}
		int status = check == AccessToken.Check.MISSING ? 401 : 403;
		String detail = status == 401 ? "This board needs an access token: add ?token=… to its address."
				: "The access token in this address is not valid (it may have been changed).";
		response.setStatus(status);
		if (request.getRequestURI().startsWith("/api/")) {
			response.setContentType("application/json");
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"error\":\"" + (status == 401 ? "access token required" : "invalid access token") + "\"}");
		}
		else {
			response.setContentType(BoardController.HTML.toString());
			// reloads with the token it was given: fixing the server's setting brings the
			// TV back
			response.getWriter()
				.write(pages.html(request, request.getRequestURI(), status,
						status == 401 ? "Access token required" : "Access refused", detail));
		}
		return false;
	}

}
