package io.glpiwallboard.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The yardstick of the sync benchmark: the least a client must do to read every ticket
 * the way the product does, so that the product's full-sync time can be compared side by
 * side with it, against the same server in the same run, instead of against an arithmetic
 * bound.
 * <p>
 * It logs in (OAuth2 password grant, scope {@code api}), asks for the newest and the
 * oldest ticket in one round trip (two requests in parallel, like the product), cuts the
 * id space into ranges of a little under four pages (the product's {@code IdRangePlan} on
 * a large instance), then reads every range by keyset
 * ({@code filter=id=ge=A;id=le=B[;id=gt=last]}, {@code sort=id:asc}, the same
 * {@code limit}) with exactly {@code concurrency} requests in flight, and discards the
 * bodies: the only work per page is one pass over the bytes to find the last ticket's id
 * (needed for the next keyset page) and to count the tickets. Plain JDK, no dependency,
 * so the benchmark can run it as a single source file: <pre>
 * java src/test/java/io/glpiwallboard/benchmark/IdealPager.java URL CLIENT_ID CLIENT_SECRET USER PASSWORD [PAGE] [CONCURRENCY] [API]
 * </pre> Prints one line
 * {@code ideal pager: <ms> ms, <pages> pages, <tickets> tickets, <requests> requests}.
 * The time covers the bounds and the ranges, not the login (the product logs in before
 * its ticket step).
 */
public final class IdealPager {

	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern TOTAL = Pattern.compile("/(\\d+)\\s*$");

	private final HttpClient http;

	private final String ticketUrl;

	private final String bearer;

	private final int pageSize;

	private final AtomicLong requests = new AtomicLong();

	private final AtomicLong pages = new AtomicLong();

	private final AtomicLong tickets = new AtomicLong();

	private IdealPager(HttpClient http, String ticketUrl, String bearer, int pageSize) {
		this.http = http;
		this.ticketUrl = ticketUrl;
		this.bearer = bearer;
		this.pageSize = pageSize;
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 5) {
			System.err
				.println("usage: IdealPager URL CLIENT_ID CLIENT_SECRET USER PASSWORD [PAGE] [CONCURRENCY] [API]");
			System.exit(2);
		}
		String base = args[0].replaceAll("/+$", "");
		int pageSize = args.length > 5 ? Integer.parseInt(args[5]) : 500;
		int concurrency = args.length > 6 ? Integer.parseInt(args[6]) : 4;
		String api = args.length > 7 ? args[7] : "v2.2";
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		String bearer = login(http, base, args[1], args[2], args[3], args[4]);
		IdealPager pager = new IdealPager(http, base + "/" + api + "/Assistance/Ticket", bearer, pageSize);
		long started = System.nanoTime();
		pager.readAll(concurrency);
		long ms = (System.nanoTime() - started) / 1_000_000;
		System.out.printf("ideal pager: %d ms, %d pages, %d tickets, %d requests%n", ms, pager.pages.get(),
				pager.tickets.get(), pager.requests.get());
	}

	private static String login(HttpClient http, String base, String clientId, String secret, String user,
			String password) throws Exception {
		String form = "grant_type=password&scope=api&username=" + enc(user) + "&password=" + enc(password)
				+ "&client_id=" + enc(clientId) + "&client_secret=" + enc(secret);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher token = ACCESS_TOKEN.matcher(response.body());
		if (response.statusCode() != 200 || !token.find()) {
			throw new IllegalStateException("login failed: HTTP " + response.statusCode());
		}
		return token.group(1);
	}

	private void readAll(int concurrency) throws Exception {
		ExecutorService workers = Executors.newFixedThreadPool(concurrency);
		try {
			// the bounds of the id space in one round trip, as the product asks them
			Future<Page> oldestAsked = workers.submit(() -> get(null, "id:asc", 1));
			Page newest = get(null, "id:desc", 1);
			Page oldest = oldestAsked.get();
			if (newest.count == 0) {
				return;
			}
			long maxId = newest.lastId;
			long minId = oldest.count == 0 ? maxId : oldest.lastId;
			long total = Math.min(newest.total > 0 ? newest.total : 1, maxId - minId + 1);
			long width = Math.max(1, (long) Math.floor(pageSize * 4 * 0.97 * (maxId - minId + 1) / total));
			List<long[]> ranges = new ArrayList<>();
			for (long from = minId; from <= maxId; from += width) {
				ranges.add(new long[] { from, Math.min(maxId, from + width - 1) });
			}
			ranges.add(new long[] { maxId + 1, Long.MAX_VALUE });
			AtomicLong nextRange = new AtomicLong();
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < concurrency; i++) {
				running.add(workers.submit(() -> {
					for (int r = (int) nextRange.getAndIncrement(); r < ranges
						.size(); r = (int) nextRange.getAndIncrement()) {
						readRange(ranges.get(r)[0], ranges.get(r)[1]);
					}
					return null;
				}));
			}
			for (Future<?> f : running) {
				f.get();
			}
		}
		finally {
			workers.shutdownNow();
		}
	}

	private void readRange(long from, long to) throws Exception {
		String range = to == Long.MAX_VALUE ? "id=gt=" + (from - 1) : "id=ge=" + from + ";id=le=" + to;
		String filter = range;
		while (true) {
			Page page = get(filter, "id:asc", pageSize);
			if (page.count > 0) {
				pages.incrementAndGet();
				tickets.addAndGet(page.count);
			}
			if (page.count < pageSize) {
				return;
			}
			filter = range + ";id=gt=" + page.lastId;
		}
	}

	private Page get(String filter, String sort, int limit) throws Exception {
		String query = (filter == null ? "" : "filter=" + enc(filter) + "&") + "sort=" + enc(sort) + "&start=0&limit="
				+ limit;
		requests.incrementAndGet();
		HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(ticketUrl + "?" + query))
			.header("Authorization", "Bearer " + bearer)
			.header("Accept", "application/json")
			.GET()
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200 && response.statusCode() != 206) {
			throw new IllegalStateException("HTTP " + response.statusCode() + " for " + query);
		}
		Page page = scan(response.body());
		Matcher total = TOTAL.matcher(response.headers().firstValue("Content-Range").orElse(""));
		page.total = total.find() ? Long.parseLong(total.group(1)) : -1;
		return page;
	}

	static final class Page {

		int count;

		long lastId;

		long total;

	}

	/**
	 * One pass over the bytes: counts the array's objects and reads each one's top-level
	 * {@code "id"}.
	 */
	static Page scan(byte[] body) {
		Page page = new Page();
		int depth = 0;
		boolean inString = false;
		for (int i = 0; i < body.length; i++) {
			byte b = body[i];
			if (inString) {
				if (b == '\\') {
					i++;
				}
				else if (b == '"') {
					inString = false;
				}
				continue;
			}
			switch (b) {
				case '"' -> {
					if (depth == 2 && i + 4 < body.length && body[i + 1] == 'i' && body[i + 2] == 'd'
							&& body[i + 3] == '"') {
						// the string "id" is complete; it is the key when a colon follows
						int j = i + 4;
						while (j < body.length && body[j] == ' ') {
							j++;
						}
						if (j < body.length && body[j] == ':') {
							j++;
							while (j < body.length && body[j] == ' ') {
								j++;
							}
							long id = 0;
							while (j < body.length && body[j] >= '0' && body[j] <= '9') {
								id = id * 10 + (body[j++] - '0');
							}
							page.lastId = id;
						}
						i = j - 1;
					}
					else {
						inString = true;
					}
				}
				case '[', '{' -> {
					depth++;
					if (depth == 2 && b == '{') {
						page.count++;
					}
				}
				case ']', '}' -> depth--;
				default -> {
				}
			}
		}
		return page;
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
