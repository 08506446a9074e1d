package io.glpiwallboard.simulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * An embeddable stand-in for GLPI 11's REST API v2 on 127.0.0.1, backed by generated
 * sample data. <pre>{@code
 * try (GlpiSimulator sim = GlpiSimulator.start(SimulatorSettings.defaults().withTickets(500))) {
 *     String base = sim.baseUrl(); // http://127.0.0.1:<port>/api.php
 * }
 * }</pre>
 */
public final class GlpiSimulator implements AutoCloseable {

	/**
	 * Enough workers that latency is per request, not serialised, under a parallel
	 * client.
	 */
	private static final int WORKERS = 64;

	private final SimulatorSettings settings;

	private final SimulatedGlpi data;

	private final RequestLog requests = new RequestLog();

	private final FaultInjector faults;

	private final AccountRights rights = new AccountRights();

	private final SearchEndpoints search;

	private final HttpServer server;

	private final ExecutorService executor;

	private GlpiSimulator(SimulatorSettings settings, double defaultTouchPercent) throws IOException {
		this.settings = settings;
		this.data = SampleData.generate(settings);
		TokenService tokens = new TokenService(settings.credentials(), settings.clock(), settings.tokenTtl());
		this.faults = new FaultInjector(settings.faultRate(), settings.latency(), tokens, settings.seed());
		this.search = new SearchEndpoints(data, settings);
		AdminEndpoint admin = new AdminEndpoint(this, defaultTouchPercent, settings.seed());
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 256);
		this.executor = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				daemonThreads());
		((ThreadPoolExecutor) executor).allowCoreThreadTimeOut(true);
		server.createContext("/", new ApiHandler(this, tokens, search, admin));
		server.setExecutor(executor);
		server.start();
	}

	/** Generates the sample data and starts serving. */
	public static GlpiSimulator start(SimulatorSettings settings) {
		return start(settings, 1.0);
	}

	/**
	 * As {@link #start(SimulatorSettings)}, with the percentage
	 * {@code POST /sim/admin/touch} uses by default.
	 */
	public static GlpiSimulator start(SimulatorSettings settings, double defaultTouchPercent) {
		try {
			return new GlpiSimulator(settings, defaultTouchPercent);
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot start the GLPI simulator on port " + settings.port(), e);
		}
	}

	/**
	 * {@code http://127.0.0.1:<port>/api.php}, without a version prefix and without a
	 * trailing slash.
	 */
	public String baseUrl() {
		return "http://127.0.0.1:" + port() + "/api.php";
	}

	public int port() {
		return server.getAddress().getPort();
	}

	public SimulatorCredentials credentials() {
		return settings.credentials();
	}

	public SimulatorSettings settings() {
		return settings;
	}

	public SimulatedGlpi data() {
		return data;
	}

	public RequestLog requests() {
		return requests;
	}

	public FaultInjector faults() {
		return faults;
	}

	/**
	 * The service account's rights; take READ on Entity or Group away to see how a client
	 * copes with 403.
	 */
	public AccountRights rights() {
		return rights;
	}

	/**
	 * Runs {@code hook} before each ticket list request is answered (it may change the
	 * data); replaces the previous hook.
	 */
	public void onListRequest(Consumer<ListRequest> hook) {
		search.setHook(hook);
	}

	/**
	 * Serialises every ticket ahead, so pages cost the configured latency and little
	 * else.
	 */
	public void warmUp() {
		search.warmJsonCache();
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}

	private static ThreadFactory daemonThreads() {
		AtomicInteger counter = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, "glpi-sim-" + counter.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
