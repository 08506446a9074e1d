package io.glpiwallboard.sync;

import java.util.List;

import io.glpiwallboard.glpi.GlpiAccessDeniedException;
import io.glpiwallboard.glpi.GlpiClient;
import io.glpiwallboard.glpi.GlpiGroup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Mirrors the group tree; groups are few, so every sync reads them all and removes the
 * ones GLPI no longer shows.
 */
@Component
class GroupSync {

	private static final Logger log = LoggerFactory.getLogger(GroupSync.class);

	private final GroupMirror mirror;

	GroupSync(GroupMirror mirror) {
		this.mirror = mirror;
	}

	/**
	 * @return false when GLPI denied the group list (groups are then named from the
	 * tickets' team members)
	 */
	boolean run(GlpiClient client, long runId) {
		List<GlpiGroup> all;
		try {
			all = client.groupTree();
		}
		catch (GlpiAccessDeniedException denied) {
			log.warn("GLPI denied the group list (the service account lacks Group READ); group names will be taken"
					+ " from the tickets' team members, without the group tree");
			return false;
		}
		mirror.upsert(all, runId);
		mirror.deleteNotSeenBy(runId);
		log.info("Groups: {}", all.size());
		return true;
	}

	void deriveFromMembers(long runId) {
		int n = mirror.deriveFromMembers(runId);
		mirror.deleteNotSeenBy(runId);
		log.info("Groups named by the tickets' team members: {}", n);
	}

}
