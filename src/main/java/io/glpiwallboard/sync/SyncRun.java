package io.glpiwallboard.sync;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import io.glpiwallboard.glpi.GlpiClient;
import io.glpiwallboard.glpi.GlpiTicket;

/**
 * What the steps of one sync share: the GLPI client, the run's stamp and GLPI's clock.
 */
final class SyncRun {

	final long runId;

	final GlpiClient client;

	final ZoneId dayZone;

	final TicketMirror mirror;

	private volatile ZoneOffset serverOffset;

	SyncRun(long runId, GlpiClient client, ZoneId dayZone, TicketMirror mirror, ZoneOffset knownServerOffset) {
		this.runId = runId;
		this.client = client;
		this.dayZone = dayZone;
		this.mirror = mirror;
		this.serverOffset = knownServerOffset;
	}

	int pageSize() {
		return client.properties().pageSize();
	}

	/** Stores a page and learns GLPI's UTC offset from the dates it prints. */
	void store(List<GlpiTicket> page) {
		mirror.upsert(page, runId, dayZone);
		for (int i = page.size() - 1; i >= 0; i--) {
			if (page.get(i).dateMod() != null) {
				serverOffset = page.get(i).dateMod().getOffset();
				break;
			}
		}
	}

	ZoneOffset serverOffset() {
		return serverOffset;
	}

}
