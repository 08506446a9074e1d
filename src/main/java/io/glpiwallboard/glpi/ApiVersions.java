package io.glpiwallboard.glpi;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks {@code GET /api.php/} offers the pinned version: GLPI silently serves its newest
 * version for an unknown one, so asking is the only way to know.
 */
final class ApiVersions {

	private final GlpiProperties properties;

	private final GlpiHttp http;

	private final JsonMapper json;

	ApiVersions(GlpiProperties properties, GlpiHttp http, JsonMapper json) {
		this.properties = properties;
		this.http = http;
		this.json = json;
	}

	/**
	 * @return the versions GLPI offers
	 * @throws GlpiConfigurationException when the pinned version is not among them, or
	 * has no date_solve/date_close
	 * @throws GlpiProtocolException when the root does not answer like GLPI 11's API
	 */
	List<String> check() {
		URI root = URI.create(properties.baseUrl() + "/");
		HttpResponse<ReceivedBody> response = http.send(() -> HttpRequest.newBuilder(root)
			.timeout(properties.requestTimeout())
			.header("Accept", "application/json")
			.GET()
			.build(), "GET /api.php/");
		List<String> offered = offeredVersions(response);
		String pinned = properties.apiVersion().substring(1);
		boolean available = offered.stream().anyMatch(v -> v.equals(pinned) || v.startsWith(pinned + "."));
		if (!available) {
			throw new GlpiConfigurationException("GLPI at " + properties.displayUrl() + " does not offer API "
					+ properties.apiVersion() + " (it offers " + String.join(", ", offered)
					+ "); set glpi.api-version to one of them (v2.1 or newer)");
		}
		if (pinned.equals("2") || pinned.startsWith("2.0")) {
			throw new GlpiConfigurationException("API " + properties.apiVersion()
					+ " has no date_solve/date_close, which the figures need; use glpi.api-version=v2.1 or newer");
		}
		return offered;
	}

	private List<String> offeredVersions(HttpResponse<ReceivedBody> response) {
		JsonNode root = null;
		try {
			root = json.readTree(response.body().stream());
		}
		catch (RuntimeException notJson) {
			// reported below with the URL
		}
		if (response.statusCode() != 200 || root == null || !root.has("api_versions")) {
			throw new GlpiProtocolException(properties.displayUrl() + "/ does not answer like GLPI 11's API (HTTP "
					+ response.statusCode() + ", no api_versions): check glpi.url");
		}
		List<String> versions = new ArrayList<>();
		for (JsonNode v : root.get("api_versions")) {
			if (v.hasNonNull("version")) {
				versions.add(v.get("version").asString());
			}
		}
		return versions;
	}

}
