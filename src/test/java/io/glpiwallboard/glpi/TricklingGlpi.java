package io.glpiwallboard.glpi;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A GLPI stand-in (or a proxy in front of one) that sends its headers at once and then
 * trickles the body, 64 bytes a second, for the requests a test picks; the others get a
 * normal answer. Counts the connections the client closed in the middle of a trickle.
 */
final class TricklingGlpi implements AutoCloseable {

	private static final String TOKEN = "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"tok1\",\"refresh_token\":\"r1\"}";

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final AtomicInteger tokenRequests = new AtomicInteger();

	private final AtomicInteger listRequests = new AtomicInteger();

	private final AtomicInteger abandoned = new AtomicInteger();

	private volatile IntPredicate trickleToken = n -> false;

	private volatile IntPredicate trickleList = n -> false;

	TricklingGlpi() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(threads);
		server.createContext("/api.php/token",
				exchange -> answer(exchange, trickleToken.test(tokenRequests.incrementAndGet()), TOKEN));
		server.createContext("/api.php/v2.2/Assistance/Ticket", exchange -> answer(exchange,
				trickleList.test(listRequests.incrementAndGet()), "[" + GlpiStubs.ticket(5, 2) + "]"));
		server.start();
	}

	String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** Trickles the token requests whose 1-based number matches. */
	TricklingGlpi trickleTokenRequests(IntPredicate which) {
		trickleToken = which;
		return this;
	}

	/** Trickles the ticket list requests whose 1-based number matches. */
	TricklingGlpi trickleListRequests(IntPredicate which) {
		trickleList = which;
		return this;
	}

	int tokenRequests() {
		return tokenRequests.get();
	}

	int listRequests() {
		return listRequests.get();
	}

	/**
	 * Trickled answers whose connection the client closed before the body was complete.
	 */
	int abandoned() {
		return abandoned.get();
	}

	private void answer(HttpExchange exchange, boolean trickle, String body) throws IOException {
		exchange.getRequestBody().readAllBytes();
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.getResponseHeaders().set("Content-Range", "0-0/1");
		if (!trickle) {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
			return;
		}
		// a 64 KiB body announced up front, of which 64 bytes come each second: about 17
		// minutes in all
		byte[] chunk = " ".repeat(64).getBytes(StandardCharsets.US_ASCII);
		exchange.sendResponseHeaders(200, 64 * 1024);
		OutputStream out = exchange.getResponseBody();
		try {
			for (int i = 0; i < 1024; i++) {
				out.write(chunk);
				out.flush();
				Thread.sleep(1000);
			}
		}
		catch (IOException closedByClient) {
			abandoned.incrementAndGet();
		}
		catch (InterruptedException stopping) {
			Thread.currentThread().interrupt();
		}
		finally {
			exchange.close();
		}
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}

}
