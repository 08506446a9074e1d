package io.glpiwallboard.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny HTTP client for the tests: raw requests against a running simulator. */
final class SimClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final GlpiSimulator sim;

	SimClient(GlpiSimulator sim) {
		this.sim = sim;
	}

	HttpResponse<String> postForm(String path, String form) {
		return send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	HttpResponse<String> postJson(String path, String contentType, String json) {
		return send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	String passwordForm(String scope) {
		SimulatorCredentials c = sim.credentials();
		return "grant_type=password&client_id=" + c.clientId() + "&client_secret=" + c.clientSecret() + "&username="
				+ c.username() + "&password=" + c.password() + (scope == null ? "" : "&scope=" + scope);
	}

	JsonNode tokenResponse(String scope) {
		HttpResponse<String> response = postForm("/token", passwordForm(scope));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("token failed: " + response.body());
		}
		return json(response);
	}

	String token() {
		return tokenResponse("api").get("access_token").asString();
	}

	HttpResponse<String> get(String pathAndQuery, String token, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(sim.baseUrl() + pathAndQuery)).GET();
		if (!java.util.Arrays.asList(headers).contains("Accept")) {
			builder.header("Accept", "application/json");
		}
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return send(builder.build());
	}

	HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** The {@code id} of each item of a list response, in order. */
	static java.util.List<Long> ids(HttpResponse<String> response) {
		java.util.List<Long> ids = new java.util.ArrayList<>();
		json(response).forEach(item -> ids.add(item.get("id").asLong()));
		return ids;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
