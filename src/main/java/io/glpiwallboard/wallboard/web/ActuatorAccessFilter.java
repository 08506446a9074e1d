package io.glpiwallboard.wallboard.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The access token in front of {@code /actuator}: with {@code wallboard.access-token}
 * set, {@code /actuator/prometheus} and everything else there needs it ({@code ?token=}
 * or a bearer header, as for the API), except the bare status of {@code /actuator/health}
 * (and of its Kubernetes-style {@code liveness} and {@code readiness} groups) that load
 * balancers poll without credentials. A request with the right token (or any request when
 * no token is set) is marked authenticated, which is what makes Spring Boot's
 * {@code management.endpoint.health.show-details=when-authorized} show the details.
 */
class ActuatorAccessFilter extends OncePerRequestFilter {

	/**
	 * Answered without a token, details hidden: the status alone tells nothing about the
	 * tickets.
	 */
	static final java.util.Set<String> BARE_STATUS = java.util.Set.of("/actuator/health", "/actuator/health/liveness",
			"/actuator/health/readiness");

	private final AccessToken token;

	ActuatorAccessFilter(AccessToken token) {
		this.token = token;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !(path.equals("/actuator") || path.startsWith("/actuator/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		AccessToken.Check check = token.check(request);
		if (check == AccessToken.Check.GRANTED) {
			chain.doFilter(new Authenticated(request), response);
			return;
		}
		if (check == AccessToken.Check.MISSING && BARE_STATUS.contains(request.getRequestURI())) {
			chain.doFilter(request, response);
			return;
		}
		int status = check == AccessToken.Check.MISSING ? 401 : 403;
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"error\":\"" + (status == 401 ? "access token required" : "invalid access token") + "\"}");
	}

	/**
	 * A request that passed the token check: Boot's actuator sees an authenticated user.
	 */
	private static final class Authenticated extends HttpServletRequestWrapper {

		private static final Principal TOKEN_HOLDER = () -> "access-token";

		Authenticated(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Principal getUserPrincipal() {
			return TOKEN_HOLDER;
		}

	}

}
