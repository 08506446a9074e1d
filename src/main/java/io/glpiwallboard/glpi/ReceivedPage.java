package io.glpiwallboard.glpi;

import java.net.http.HttpResponse;

/**
 * A list page as GLPI sent it, not yet parsed: receiving and parsing are separate so that
 * parsing can happen on another thread, or outside a concurrency permit, while the next
 * request is in flight. Parsing it ({@link KeysetCursor#next}) never sends a request.
 */
public final class ReceivedPage {

	final GlpiResource resource;

	final ListQuery query;

	final HttpResponse<ReceivedBody> response;

	ReceivedPage(GlpiResource resource, ListQuery query, HttpResponse<ReceivedBody> response) {
		this.resource = resource;
		this.query = query;
		this.response = response;
	}

	/**
	 * What was asked, for messages: e.g.
	 * {@code GET /Assistance/Ticket (filter id=gt=1234, sort id:asc, limit 500)}.
	 */
	String what() {
		return GlpiClient.what(resource, query);
	}

}
