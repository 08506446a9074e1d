package io.glpiwallboard.glpi;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GET with the session's bearer token, and GLPI's answers turned into exceptions. A
 * refused token (GLPI says 400 "Invalid OAuth token" for an expired or revoked one, 401
 * for none) is replaced through {@link OAuthSession#afterRefusal}; the request fails for
 * good only when a token issued for it is refused on its first use, or logins stopped
 * bringing successful requests.
 */
final class AuthorizedGet {

	private final GlpiProperties properties;

	private final GlpiHttp http;

	private final OAuthSession session;

	private final JsonMapper json;

	private final Secrets secrets;

	AuthorizedGet(GlpiProperties properties, GlpiHttp http, OAuthSession session, JsonMapper json, Secrets secrets) {
		this.secrets = secrets;
		this.properties = properties;
		this.http = http;
		this.session = session;
		this.json = json;
	}

	/**
	 * @param name the request without its parameters, e.g. {@code GET /Assistance/Ticket}
	 * @param what the request with its parameters, for messages
	 * @return a 2xx response
	 * @throws GlpiAuthenticationException when GLPI refuses fresh tokens (exit 3)
	 * @throws GlpiAccessDeniedException on 403 (exit 3)
	 * @throws GlpiProtocolException on 404 and other unexpected answers (exit 5)
	 */
	HttpResponse<ReceivedBody> send(URI uri, String name, String what) {
		AccessToken token = session.bearer();
		boolean issuedForThis = false;
		while (true) {
			String bearer = "Bearer " + token.value();
			HttpResponse<ReceivedBody> response = http.send(() -> {
				HttpRequest.Builder b = HttpRequest.newBuilder(uri)
					.timeout(properties.requestTimeout())
					.header("Authorization", bearer)
					.header("Accept", "application/json")
					.header("Accept-Language", "en_GB");
				if (properties.entity() != null) {
					b.header("GLPI-Entity", properties.entity().toString()).header("GLPI-Entity-Recursive", "true");
				}
				return b.GET().build();
			}, what);
			int status = response.statusCode();
			if (status == 401 || (status == 400 && isTokenRefusal(response))) {
				String refusal = "HTTP " + status + ": " + errorSummary(response);
				if (issuedForThis && token.uses() == 1) {
					throw new GlpiAuthenticationException(
							"GLPI refused a freshly issued access token for " + what + " (" + refusal + ")");
				}
				OAuthSession.Renewal renewal = session.afterRefusal(token, what, refusal);
				token = renewal.token();
				issuedForThis = renewal.issuedForCaller();
				continue;
			}
			if (status == 403) {
				throw new GlpiAccessDeniedException("GLPI denied access to " + name + " (403 " + errorSummary(response)
						+ "): the OAuth client needs the 'api' scope and the service account's profile needs read rights"
						+ " on tickets, entities and groups");
			}
			if (status == 404) {
				throw new GlpiProtocolException(
						"GLPI answered 404 for " + what + ": check glpi.url and glpi.api-version");
			}
			if (status >= 300) {
				throw new GlpiProtocolException(
						"GLPI rejected " + what + " (HTTP " + status + ": " + errorSummary(response) + ")");
			}
			session.succeeded();
			return response;
		}
	}

	private boolean isTokenRefusal(HttpResponse<ReceivedBody> response) {
		String summary = rawErrorSummary(response);
		return summary.contains("Invalid OAuth token")
				|| summary.contains("ERROR_INVALID_PARAMETER") && summary.contains("token");
	}

	/**
	 * GLPI's {@code {status,title,detail}} error body, reduced to one line without
	 * secrets (a proxy may echo the {@code Authorization} header): see
	 * {@link Secrets#quote}.
	 */
	private String errorSummary(HttpResponse<ReceivedBody> response) {
		return secrets.quote(rawErrorSummary(response));
	}

	/** The error body's fields as GLPI sent them: for decisions, never for messages. */
	private String rawErrorSummary(HttpResponse<ReceivedBody> response) {
		try {
			JsonNode body = json.readTree(response.body().stream());
			if (body != null && body.isObject()) {
				StringBuilder sb = new StringBuilder();
				for (String field : List.of("status", "title", "detail")) {
					JsonNode value = body.get(field);
					if (value != null && !value.isNull()) {
						sb.append(sb.isEmpty() ? "" : " - ")
							.append(value.isString() ? value.asString() : value.toString());
					}
				}
				return sb.toString();
			}
		}
		catch (RuntimeException notJson) {
			// fall through
		}
		return "no GLPI error body";
	}

}
