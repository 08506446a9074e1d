package io.glpiwallboard.sync;

import java.util.List;

import io.glpiwallboard.glpi.GlpiAccessDeniedException;
import io.glpiwallboard.glpi.GlpiClient;
import io.glpiwallboard.glpi.GlpiEntity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Mirrors the entity tree; entities are few, so every sync reads them all. */
@Component
class EntitySync {

	private static final Logger log = LoggerFactory.getLogger(EntitySync.class);

	private final EntityMirror mirror;

	EntitySync(EntityMirror mirror) {
		this.mirror = mirror;
	}

	/**
	 * @return false when GLPI denied the entity list (the tree is then derived from the
	 * tickets)
	 */
	boolean run(GlpiClient client, long runId) {
		List<GlpiEntity> all;
		try {
			all = client.entityTree();
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
