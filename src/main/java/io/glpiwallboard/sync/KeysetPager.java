package io.glpiwallboard.sync;

import java.util.List;
import java.util.function.Consumer;

import io.glpiwallboard.glpi.GlpiClient;
import io.glpiwallboard.glpi.GlpiPage;
import io.glpiwallboard.glpi.GlpiTicket;
import io.glpiwallboard.glpi.ListQuery;

/**
 * Pages through tickets by keyset rather than offset: each request asks for the rows after the
 * last one received, so tickets created, changed or purged while paging cannot shift a page and
 * make a ticket be skipped or read twice.
 */
final class KeysetPager {

	private final GlpiClient client;

	private final int pageSize;

	KeysetPager(GlpiClient client, int pageSize) {
		this.client = client;
		this.pageSize = pageSize;
	}

	/** All tickets with an id from {@code fromId} to {@code toId}, in id order. */
	void byId(long fromId, long toId, Consumer<List<GlpiTicket>> pageConsumer) {
		String idFilter = "id=ge=" + fromId + ";id=le=" + toId;
		long lastId = fromId - 1;
		String filter = idFilter;
		while (true) {
			GlpiPage<GlpiTicket> page = client.tickets(ListQuery.of(filter, "id:asc", pageSize));
			List<GlpiTicket> items = page.items();
			KeysetCheck.idsAfter(items, lastId, toId, filter);
			if (!items.isEmpty()) {
				pageConsumer.accept(items);
			}
			if (page.isLast(0, pageSize)) {
				return;
			}
			lastId = items.get(items.size() - 1).id();
			filter = idFilter + ";id=gt=" + lastId;
		}
	}

	/**
	 * All tickets modified at or after {@code fromLiteral} (a server wall-clock RSQL literal), in
	 * {@code date_mod, id} order; the keyset is the last row's {@code (date_mod, id)}.
	 *
	 * @return the first page (for its server time), or null when nothing was read
	 */
	GlpiPage<GlpiTicket> byModification(String fromLiteral, Consumer<List<GlpiTicket>> pageConsumer) {
		String base = "date_mod=ge=" + fromLiteral;
		String filter = base;
		GlpiPage<GlpiTicket> first = null;
		GlpiTicket previous = null;
		long offset = 0;
		while (true) {
			GlpiPage<GlpiTicket> page = client.tickets(new ListQuery(filter, "date_mod:asc,id:asc", offset, pageSize));
			if (first == null) {
				first = page;
			}
			List<GlpiTicket> items = page.items();
			KeysetCheck.modifiedAfter(items, offset == 0 ? previous : null, filter);
			if (!items.isEmpty()) {
				pageConsumer.accept(items);
			}
			if (page.isLast(offset, pageSize)) {
				return first;
			}
			GlpiTicket last = items.get(items.size() - 1);
			previous = last;
			if (last.dateMod() == null) {
				// no keyset available (a server that omits date_mod): fall back to offsets
				offset += items.size();
				continue;
			}
			String at = RsqlDates.literal(last.dateMod().toLocalDateTime());
			filter = base + ";(date_mod=gt=" + at + ",(date_mod==" + at + ";id=gt=" + last.id() + "))";
		}
	}

}
