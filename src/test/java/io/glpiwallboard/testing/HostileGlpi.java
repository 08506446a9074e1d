package io.glpiwallboard.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.glpiwallboard.simulator.GlpiSimulator;

/**
 * A GLPI that lies about its ticket lists: a WireMock proxy in front of a
 * {@link GlpiSimulator} that rewrites the status, {@code Content-Range} and body of
 * {@code GET /Assistance/Ticket} answers as the current {@link Lie} says. Everything else
 * (tokens, entities, the version list) passes untouched, so the simulator stays the truth
 * the figures are checked against.
 */
public final class HostileGlpi implements AutoCloseable {

	/** A ticket list request as GLPI received it. */
	public record ListRequest(String filter, String sort, long start, int limit) {

		public boolean filtered() {
			return filter != null && !filter.isBlank();
		}

	}

	/**
	 * A ticket list answer: status, {@code Content-Range} (null for none) and JSON body.
	 */
	public record Page(int status, String contentRange, String body) {
	}

	/** What GLPI says instead of the truth; returning {@code honest} tells the truth. */
	@FunctionalInterface
	public interface Lie {

		Page tell(ListRequest request, Page honest);

		/** The same answer to every ticket list request. */
		static Lie always(Page page) {
			return (request, honest) -> page;
		}

		/** This lie for the requests {@code which} selects, the truth for the others. */
		static Lie when(Predicate<ListRequest> which, Lie lie) {
			return (request, honest) -> which.test(request) ? lie.tell(request, honest) : honest;
		}

		/** This lie for the first request {@code which} selects, then the truth. */
		static Lie once(Predicate<ListRequest> which, Lie lie) {
			AtomicInteger told = new AtomicInteger();
			return (request, honest) -> which.test(request) && told.getAndIncrement() == 0 ? lie.tell(request, honest)
					: honest;
		}

	}

	private final Rewriter rewriter = new Rewriter();

	private final WireMockServer proxy;

	private HostileGlpi(GlpiSimulator simulator) {
		proxy = new WireMockServer(wireMockConfig().dynamicPort().extensions(rewriter));
		proxy.start();
		proxy.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom("http://127.0.0.1:" + simulator.port())));
	}

	/** Starts a proxy that tells the truth until {@link #lie(Lie)} is called. */
	public static HostileGlpi inFrontOf(GlpiSimulator simulator) {
		return new HostileGlpi(simulator);
	}

	/** Like {@link GlpiSimulator#baseUrl()}, through the proxy. */
	public String baseUrl() {
		return "http://127.0.0.1:" + proxy.port() + "/api.php";
	}

	/**
	 * From now on, answers ticket lists as {@code lie} says; null tells the truth again.
	 * Forgets earlier lies.
	 */
	public void lie(Lie lie) {
		synchronized (rewriter.lied) {
			rewriter.lied.clear();
		}
		rewriter.lie = lie;
	}

	public void tellTheTruth() {
		lie(null);
		rewriter.rewrites.clear();
	}

	/**
	 * From now on, rewrites the JSON body of every successful {@code GET} whose path ends
	 * with {@code path} (e.g. {@code /Administration/Entity}); {@link #tellTheTruth()}
	 * stops it.
	 */
	public void rewrite(String path, UnaryOperator<String> body) {
		rewriter.rewrites.put(path.toLowerCase(), body);
	}

	/**
	 * The ticket list requests answered with a lie since the last call to
	 * {@link #lie(Lie)}.
	 */
	public List<ListRequest> lied() {
		synchronized (rewriter.lied) {
			return List.copyOf(rewriter.lied);
		}
	}

	@Override
	public void close() {
		proxy.stop();
	}

	private static final class Rewriter implements ResponseTransformerV2 {

		private volatile Lie lie;

		private final List<ListRequest> lied = new ArrayList<>();

		private final Map<String, UnaryOperator<String>> rewrites = new ConcurrentHashMap<>();

		@Override
		public String getName() {
			return "glpi-lies";
		}

		@Override
		public Response transform(Response response, ServeEvent event) {
			Lie current = lie;
			Request request = event.getRequest();
			String path = request.getUrl().replaceFirst("\\?.*", "");
			for (Map.Entry<String, UnaryOperator<String>> rewrite : rewrites.entrySet()) {
				if (request.getMethod().equals(RequestMethod.GET) && response.getStatus() < 300
						&& path.toLowerCase().endsWith(rewrite.getKey())) {
					return withBody(response, response.getStatus(), false, null,
							rewrite.getValue().apply(response.getBodyAsString()));
				}
			}
			if (current == null || !request.getMethod().equals(RequestMethod.GET)
					|| !path.toLowerCase().endsWith("/assistance/ticket")) {
				return response;
			}
			HttpHeader range = response.getHeaders().getHeader("Content-Range");
			Page honest = new Page(response.getStatus(), range.isPresent() ? range.firstValue() : null,
					response.getBodyAsString());
			ListRequest asked = new ListRequest(value(request, "filter"), value(request, "sort"),
					Long.parseLong(value(request, "start")), Integer.parseInt(value(request, "limit")));
			Page told = current.tell(asked, honest);
			if (told.equals(honest)) {
				return response;
			}
			synchronized (lied) {
				lied.add(asked);
			}
			return withBody(response, told.status(), true, told.contentRange(), told.body());
		}

		/**
		 * @param contentRange the new Content-Range (null for none) when
		 * {@code replaceRange}, else the answer's is kept
		 */
		private static Response withBody(Response response, int status, boolean replaceRange, String contentRange,
				String body) {
			List<HttpHeader> headers = new ArrayList<>();
			for (HttpHeader h : response.getHeaders().all()) {
				boolean replaced = replaceRange && h.keyEquals("Content-Range");
				if (!replaced && !h.keyEquals("Content-Length") && !h.keyEquals("Transfer-Encoding")) {
					headers.add(h);
				}
			}
			if (replaceRange && contentRange != null) {
				headers.add(new HttpHeader("Content-Range", contentRange));
			}
			return Response.Builder.like(response)
				.but()
				.status(status)
				.headers(new HttpHeaders(headers))
				.body(body.getBytes(StandardCharsets.UTF_8))
				.build();
		}

		private static String value(Request request, String name) {
			QueryParameter p = request.queryParameter(name);
			return p.isPresent() ? p.firstValue() : null;
		}

	}

}
