package io.glpiwallboard.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import io.glpiwallboard.glpi.GlpiPage;
import io.glpiwallboard.glpi.GlpiProtocolException;
import io.glpiwallboard.glpi.ListQuery;

/**
 * Reads a small tree list (entities, groups) whole: sorted by id, page after page by keyset, so an item
 * created or removed meanwhile cannot shift a page.
 */
final class TreePager {

	private TreePager() {
	}

	/**
	 * @param list one list request ({@code GlpiClient::entities}, {@code GlpiClient::groups})
	 * @param id the id of an item
	 * @return every item GLPI shows, in id order
	 * @throws io.glpiwallboard.glpi.GlpiAccessDeniedException when GLPI denies the list (403)
	 * @throws GlpiProtocolException when GLPI ignores the keyset filter or the sort (paging would never end)
	 */
	static <T> List<T> readAll(Function<ListQuery, GlpiPage<T>> list, ToLongFunction<T> id, int pageSize) {
		List<T> all = new ArrayList<>();
		Long lastId = null;
		while (true) {
			String filter = lastId == null ? null : "id=gt=" + lastId;
			GlpiPage<T> page = list.apply(ListQuery.of(filter, "id:asc", pageSize));
			if (lastId != null && !page.items().isEmpty() && id.applyAsLong(page.items().get(0)) <= lastId) {
				// the keyset filter was ignored: asking on would page forever
				throw new GlpiProtocolException("GLPI answered filter " + filter + " sorted by id with item #"
						+ id.applyAsLong(page.items().get(0)) + ": it ignores the filter or the sort, so paging would never end");
			}
			all.addAll(page.items());
			if (page.isLast(0, pageSize)) {
				return all;
			}
			lastId = id.applyAsLong(page.items().get(page.items().size() - 1));
		}
	}

}
