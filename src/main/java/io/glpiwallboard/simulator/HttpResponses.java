package io.glpiwallboard.simulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Writing JSON answers (and GLPI's error bodies) onto a JDK {@link HttpExchange}. */
final class HttpResponses {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	/**
	 * Above this size a body is streamed chunked instead of buffered, so limit=0 on a
	 * million rows fits in 2 GB.
	 */
	private static final int STREAM_THRESHOLD_ROWS = 2000;

	private HttpResponses() {
	}

	static void json(HttpExchange exchange, int status, Object body) throws IOException {
		send(exchange, status, MAPPER.writeValueAsBytes(body));
	}

	static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
		if (isHead(exchange)) {
			exchange.sendResponseHeaders(status, -1);
		}
		else {
			exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
		exchange.close();
	}

	/**
	 * Writes a JSON document produced by {@code writer}, streaming it when {@code rows}
	 * is large.
	 */
	static void generate(HttpExchange exchange, int status, int rows, Consumer<JsonGenerator> writer)
			throws IOException {
		if (rows <= STREAM_THRESHOLD_ROWS || isHead(exchange)) {
			ByteArrayOutputStream buffer = new ByteArrayOutputStream(Math.max(256, rows * 1500));
			try (JsonGenerator g = MAPPER.createGenerator(buffer)) {
				writer.accept(g);
			}
			send(exchange, status, buffer.toByteArray());
			return;
		}
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
		exchange.sendResponseHeaders(status, 0);
		try (OutputStream out = exchange.getResponseBody(); JsonGenerator g = MAPPER.createGenerator(out)) {
			writer.accept(g);
		}
		exchange.close();
	}

	/** GLPI's common error body {@code {"status","title","detail"}}. */
	static void error(HttpExchange exchange, int status, String code, String title, Object detail) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", code);
		body.put("title", title);
		body.put("detail", detail);
		json(exchange, status, body);
	}

	static void internalError(HttpExchange exchange, int status) throws IOException {
		if (status == 500) {
			error(exchange, 500, "ERROR", "An internal error occurred while trying to fetch the data.", null);
		}
		else {
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
			byte[] page = ("<html><body><h1>" + status + " Service Unavailable</h1></body></html>")
				.getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(status, page.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(page);
			}
			exchange.close();
		}
	}

	/**
	 * Cuts the connection mid-response: announce a body length, send only part of it,
	 * then fail the exchange with an IOException. The JDK server closes the socket when a
	 * handler throws, so the client sees an IOException (unexpected end of stream), like
	 * a reset by a proxy. Merely closing the exchange would leave the client waiting.
	 */
	static void reset(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
		exchange.sendResponseHeaders(200, 100_000);
		OutputStream out = exchange.getResponseBody();
		out.write("[{\"id\":1,".getBytes(StandardCharsets.UTF_8));
		out.flush();
		throw new IOException("simulated connection reset");
	}

	static boolean isHead(HttpExchange exchange) {
		return "HEAD".equalsIgnoreCase(exchange.getRequestMethod());
	}

}
