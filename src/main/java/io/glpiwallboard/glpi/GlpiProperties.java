package io.glpiwallboard.glpi;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How to reach GLPI's REST API v2. Secrets come from the environment
 * ({@code GLPI_CLIENT_SECRET}, {@code GLPI_PASSWORD}) and are never printed.
 *
 * @param url base URL ending in {@code /api.php}, e.g.
 * {@code https://glpi.example.org/api.php}; http or https only
 * @param clientId OAuth client id (Setup > OAuth clients, grant "Password", scope "api")
 * @param clientSecret OAuth client secret
 * @param username GLPI service account login
 * @param password GLPI service account password
 * @param apiVersion API version pinned in the path, e.g. {@code v2.2}: v2.1 or a later v2
 * (v2.0 has no date_solve/date_close; whether GLPI offers it is checked when connecting)
 * @param pageSize tickets per list request
 * @param concurrency list requests in flight at once during a full sync
 * @param entity optional entity id: sends {@code GLPI-Entity} with
 * {@code GLPI-Entity-Recursive: true}
 * @param connectTimeout TCP connect timeout, 100 ms to 10 minutes
 * @param requestTimeout time allowed for one HTTP exchange, headers and body together (a
 * redirect followed within GLPI's origin is a new exchange), 1 second to 1 hour
 * @param retry retries of transient failures (5xx, 429, resets, timeouts)
 * @param publicUrl GLPI's web address as users reach it, e.g.
 * {@code https://glpi.example.org/}, when {@code url} is an internal one; the workbooks'
 * and mails' ticket links use it (else {@code url} without {@code /api.php})
 * @param maxResponseSize the largest answer read from GLPI, 1KB to 1GB; a larger one
 * fails the run as a protocol error (exit 5) without being retried. One page of 500
 * tickets weighs about 1 MB (the simulator's: 0.95 MB)
 */
@Validated
@ConfigurationProperties("glpi")
public record GlpiProperties(@ApiUrl URI url, String clientId, String clientSecret, String username, String password,
		@DefaultValue("v2.2") @Pattern(regexp = "v2\\.[1-9]\\d*(\\.\\d+)*",
				message = "must be a version of GLPI's API v2 from v2.1 on, e.g. v2.2") String apiVersion,
		@DefaultValue("500") @Min(1) @Max(10000) int pageSize, @DefaultValue("4") @Min(1) @Max(32) int concurrency,
		@PositiveOrZero Long entity,
		@DefaultValue("10s") @NotNull @DurationMin(millis = 100) @DurationMax(minutes = 10) Duration connectTimeout,
		@DefaultValue("120s") @NotNull @DurationMin(seconds = 1) @DurationMax(hours = 1) Duration requestTimeout,
		@DefaultValue @Valid Retry retry,
		@Pattern(regexp = "https?://[^/?#@\\s]+(/[^\\s]*)?",
				message = "must be an http:// or https:// URL without user name or password, e.g. https://glpi.example.org/") String publicUrl,
		@DefaultValue("64MB") @NotNull @DataSizeRange(min = "1KB", max = "1GB") DataSize maxResponseSize) {

	/**
	 * {@code maxResponseSize} when none is given: room for pages of 10,000 tickets with
	 * long texts.
	 */
	private static final DataSize DEFAULT_MAX_RESPONSE_SIZE = DataSize.ofMegabytes(64);

	/** Bound from the configuration: the constructor with every setting. */
	@ConstructorBinding
	public GlpiProperties {
	}

	/**
	 * The settings without {@code publicUrl} (ticket links then derive from {@code url}),
	 * for code and tests.
	 */
	public GlpiProperties(URI url, String clientId, String clientSecret, String username, String password,
			String apiVersion, int pageSize, int concurrency, Long entity, Duration connectTimeout,
			Duration requestTimeout, Retry retry) {
		this(url, clientId, clientSecret, username, password, apiVersion, pageSize, concurrency, entity, connectTimeout,
				requestTimeout, retry, null);
	}

	/** The settings with the default {@code maxResponseSize}, for code and tests. */
	public GlpiProperties(URI url, String clientId, String clientSecret, String username, String password,
			String apiVersion, int pageSize, int concurrency, Long entity, Duration connectTimeout,
			Duration requestTimeout, Retry retry, String publicUrl) {
		this(url, clientId, clientSecret, username, password, apiVersion, pageSize, concurrency, entity, connectTimeout,
				requestTimeout, retry, publicUrl, DEFAULT_MAX_RESPONSE_SIZE);
	}

	/** A copy with another {@code maxResponseSize}. */
	public GlpiProperties withMaxResponseSize(DataSize size) {
		return new GlpiProperties(url, clientId, clientSecret, username, password, apiVersion, pageSize, concurrency,
				entity, connectTimeout, requestTimeout, retry, publicUrl, size);
	}

	/**
	 * @param maxAttempts attempts per request, the first one included
	 * @param initialBackoff wait before the first retry; doubles each time, with jitter;
	 * 1 ms to 10 minutes
	 * @param maxBackoff longest single wait, 1 ms to 1 hour
	 * @param maxElapsed give up retrying a request after this long; no wait that would
	 * end later is started, not even one a {@code Retry-After} asks for; 0 (no retry) to
	 * 24 hours
	 */
	public record Retry(@DefaultValue("6") @Min(1) @Max(50) int maxAttempts,
			@DefaultValue("500ms") @NotNull @DurationMin(millis = 1) @DurationMax(minutes = 10) Duration initialBackoff,
			@DefaultValue("20s") @NotNull @DurationMin(millis = 1) @DurationMax(hours = 1) Duration maxBackoff,
			@DefaultValue("3m") @NotNull @DurationMin(millis = 0) @DurationMax(hours = 24) Duration maxElapsed) {
	}

	/**
	 * What keeps the product from connecting to GLPI, checked without contacting it.
	 * @return one line naming every missing setting with its environment variable, e.g.
	 * {@code GLPI connection is not configured; missing: glpi.url (GLPI_URL), glpi.password (GLPI_PASSWORD) ...},
	 * or a URL that is not GLPI's {@code api.php}; empty when the settings are complete
	 */
	public Optional<String> connectionProblem() {
		List<String> missing = new ArrayList<>();
		if (url == null)
			missing.add("glpi.url (GLPI_URL)");
		if (isBlank(clientId))
			missing.add("glpi.client-id (GLPI_CLIENT_ID)");
		if (isBlank(clientSecret))
			missing.add("glpi.client-secret (GLPI_CLIENT_SECRET)");
		if (isBlank(username))
			missing.add("glpi.username (GLPI_USERNAME)");
		if (isBlank(password))
			missing.add("glpi.password (GLPI_PASSWORD)");
		if (!missing.isEmpty()) {
			return Optional.of("GLPI connection is not configured; missing: " + String.join(", ", missing)
					+ " (or run the 'demo' command to try the product without GLPI)");
		}
		String path = url.getPath() == null ? "" : url.getPath().replaceAll("/+$", "");
		if (!path.endsWith("/api.php") || url.getHost() == null) {
			return Optional.of("glpi.url must be the URL of GLPI's api.php, e.g. https://glpi.example.org/api.php (got "
					+ displayUrl() + ")");
		}
		return Optional.empty();
	}

	/**
	 * @throws GlpiConfigurationException with {@link #connectionProblem()} when there is
	 * one
	 */
	public void requireConnectionSettings() {
		Optional<String> problem = connectionProblem();
		if (problem.isPresent()) {
			throw new GlpiConfigurationException(problem.get());
		}
	}

	/** {@code url} without a trailing slash. */
	public String baseUrl() {
		return url.toString().replaceAll("/+$", "");
	}

	/**
	 * {@code url} for messages and logs: without a user-info part, which could hold a
	 * password.
	 */
	public String displayUrl() {
		String base = baseUrl();
		return url.getRawUserInfo() == null ? base : base.replace(url.getRawUserInfo() + "@", "");
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	@Override
	public String toString() {
		// records print every component; the secrets must never reach a log line
		return "GlpiProperties[url=" + (url == null ? null : displayUrl()) + ", clientId=" + clientId
				+ ", clientSecret=***, username=" + username + ", password=***, apiVersion=" + apiVersion
				+ ", pageSize=" + pageSize + ", concurrency=" + concurrency + ", entity=" + entity + "]";
	}
}
