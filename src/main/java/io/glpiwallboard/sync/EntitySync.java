package io.glpiwallboard.sync;

import java.util.ArrayList;
import java.util.List;

import io.glpiwallboard.glpi.GlpiAccessDeniedException;
import io.glpiwallboard.glpi.GlpiClient;
import io.glpiwallboard.glpi.GlpiEntity;
import io.glpiwallboard.glpi.GlpiPage;
import io.glpiwallboard.glpi.GlpiProtocolException;
import io.glpiwallboard.glpi.ListQuery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Mirrors the entity tree; entities are few, so every sync reads them all. */
final class EntitySync {

	private static final Logger log = LoggerFactory.getLogger(EntitySync.class);

	private final EntityMirror mirror;

	EntitySync(EntityMirror mirror) {
		this.mirror = mirror;
	}

	/** @return false when GLPI denied the entity list (the tree is then derived from the tickets) */
	boolean run(GlpiClient client, long runId) {
		int pageSize = client.properties().pageSize();
		List<GlpiEntity> all = new ArrayList<>();
		try {
			Long lastId = null;
			while (true) {
				String filter = lastId == null ? null : "id=gt=" + lastId;
				GlpiPage<GlpiEntity> page = client.entities(ListQuery.of(filter, "id:asc", pageSize));
				if (lastId != null && !page.items().isEmpty() && page.items().get(0).id() <= lastId) {
					// the keyset filter was ignored: asking on would page forever
					throw new GlpiProtocolException("GLPI answered filter " + filter + " sorted by id with entity #"
							+ page.items().get(0).id() + ": it ignores the filter or the sort, so paging would never end");
				}
				all.addAll(page.items());
				if (page.isLast(0, pageSize)) {
					break;
				}
				lastId = page.items().get(page.items().size() - 1).id();
			}
		}
		catch (GlpiAccessDeniedException denied) {
			log.warn("GLPI denied the entity list (the service account lacks Entity READ); entity names and"
					+ " the tree will be taken from the tickets");
			return false;
		}
		mirror.upsert(all, runId);
		mirror.deleteNotSeenBy(runId);
		log.info("Entities: {}", all.size());
		return true;
	}

	void deriveFromTickets(long runId) {
		int n = mirror.deriveFromTickets(runId);
		mirror.deleteNotSeenBy(runId);
		log.info("Entities derived from tickets: {}", n);
	}

}
