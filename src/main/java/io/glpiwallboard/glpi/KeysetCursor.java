package io.glpiwallboard.glpi;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The one pager: reads a GLPI list page after page by keyset rather than offset. Each
 * request asks for the rows after the last one received, so rows created, changed or
 * purged while paging cannot shift a page and make one be skipped or read twice; a page
 * that is not after the previous one fails ({@link KeysetCheck}) instead of paging
 * forever. Obtained from {@link GlpiClient} ({@code ticketsInRange},
 * {@code ticketsModifiedSince}, the trees). Not thread-safe: one reader at a time.
 *
 * @param <T> the row type
 */
public final class KeysetCursor<T> {

	/**
	 * Sends one request on the caller's behalf, for example holding a concurrency permit
	 * only while GLPI answers; parsing happens after it returns.
	 */
	@FunctionalInterface
	public interface Sending {

		Sending DIRECT = Supplier::get;

		ReceivedPage send(Supplier<ReceivedPage> request) throws InterruptedException;

	}

	/** How rows are ordered and where the next page starts. */
	interface Keyset<T> {

		/**
		 * The filter selecting the rows after {@code last}, or null when {@code last} has
		 * no keyset value.
		 */
		String after(String base, T last);

		/**
		 * @param previous the last row of the previous page, null on the first one or
		 * after an offset step
		 * @throws GlpiProtocolException when a row is not after the one before it
		 */
		void check(List<T> items, T previous, String filter);

	}

	/** Id order, within {@code (afterId, toId]}. */
	static <T> Keyset<T> byId(ToLongFunction<T> id, long afterId, long toId, String noun) {
		return new Keyset<>() {
			@Override
			public String after(String base, T last) {
				return ListQueries.idAfter(base, id.applyAsLong(last));
			}

			@Override
			public void check(List<T> items, T previous, String filter) {
				KeysetCheck.idsAfter(items, id, previous == null ? afterId : id.applyAsLong(previous), toId, noun,
						filter);
			}
		};
	}

	/**
	 * {@code (date_mod, id)} order; a row without {@code date_mod} has no keyset (offsets
	 * take over).
	 */
	static final Keyset<GlpiTicket> BY_MODIFICATION = new Keyset<>() {
		@Override
		public String after(String base, GlpiTicket last) {
			return last.dateMod() == null ? null
					: ListQueries.modifiedAfter(base, last.dateMod().toLocalDateTime(), last.id());
		}

		@Override
		public void check(List<GlpiTicket> items, GlpiTicket previous, String filter) {
			KeysetCheck.modifiedAfter(items, previous, filter);
		}
	};

	private final GlpiClient client;

	private final GlpiResource resource;

	private final Class<T> type;

	private final Keyset<T> keyset;

	private final String base;

	private final String sort;

	private final int pageSize;

	private String filter;

	private long offset;

	private T previous;

	private boolean done;

	KeysetCursor(GlpiClient client, GlpiResource resource, Class<T> type, Keyset<T> keyset, String base, String sort,
			int pageSize) {
		this.client = client;
		this.resource = resource;
		this.type = type;
		this.keyset = keyset;
		this.base = base;
		this.sort = sort;
		this.pageSize = pageSize;
		this.filter = base;
	}

	/** False once a page was the last one. */
	public boolean hasNext() {
		return !done;
	}

	/** The next page, sent and parsed on the calling thread. */
	public GlpiPage<T> next() {
		try {
			return next(Sending.DIRECT);
		}
		catch (InterruptedException e) {
			// DIRECT never waits for a permit
			Thread.currentThread().interrupt();
			throw new GlpiException("interrupted while waiting for GLPI", e);
		}
	}

	/**
	 * The next page: {@code sending} sends the request (a malformed answer is asked for
	 * once more, through {@code sending} again), then the page is parsed and checked on
	 * the calling thread.
	 * @throws GlpiProtocolException when the page is malformed twice or is not after the
	 * previous one
	 * @throws NoSuchElementException when the last page was read
	 */
	public GlpiPage<T> next(Sending sending) throws InterruptedException {
		if (done) {
			throw new NoSuchElementException("the list was read to its end");
		}
		String sent = filter;
		GlpiPage<T> page = client.read(resource, new ListQuery(sent, sort, offset, pageSize), type, sending);
		List<T> items = page.items();
		keyset.check(items, offset == 0 ? previous : null, sent);
		if (page.isLast(offset, pageSize)) {
			done = true;
			return page;
		}
		T last = items.get(items.size() - 1);
		previous = last;
		String after = keyset.after(base, last);
		if (after == null) {
			// no keyset available (a server that omits the value): fall back to offsets
			offset += items.size();
		}
		else {
			filter = after;
		}
		return page;
	}

	/** Every remaining row, in order: for short lists (entities, groups). */
	public List<T> readAll() {
		List<T> all = new ArrayList<>();
		while (hasNext()) {
			all.addAll(next().items());
		}
		return all;
	}

}
