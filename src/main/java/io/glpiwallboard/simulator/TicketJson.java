package io.glpiwallboard.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a ticket with all 43 properties of the 2.2.0 Ticket schema, in the schema's
 * order. Streaming (instead of building a tree) keeps a 500-row page at a few
 * milliseconds.
 */
final class TicketJson {

	private TicketJson() {
	}

	/**
	 * Properties added in API 2.1; a client pinned to /v2.0/ does not get them (schema
	 * filtering by version).
	 */
	static final Set<String> SINCE_2_1 = Set.of("user_recipient", "user_editor", "begin_waiting_date",
			"waiting_duration", "resolution_duration", "close_duration", "resolution_date", "date_solve", "date_close",
			"take_into_account_date", "take_into_account_duration", "sla_ttr", "sla_tto", "ola_ttr", "ola_tto",
			"sla_level_ttr", "ola_level_ttr", "sla_waiting_duration", "ola_waiting_duration", "ola_ttr_begin_date",
			"ola_tto_begin_date", "internal_resolution_date", "internal_take_into_account_date", "global_validation");

	static void write(JsonGenerator g, SimTicket t, SimulatedGlpi data) {
		write(g, t, data, true);
	}

	static void write(JsonGenerator g, SimTicket t, SimulatedGlpi data, boolean v21) {
		WallClock zone = data.wallClock();
		g.writeStartObject();
		g.writeNumberProperty("id", t.id());
		g.writeStringProperty("name", t.name());
		g.writeStringProperty("content", t.content());
		if (v21) {
			writeUser(g, "user_recipient", t.recipientId());
			writeUser(g, "user_editor", editorId(t));
		}
		g.writeBooleanProperty("is_deleted", t.isDeleted());
		writeRef(g, "category", t.categoryId(), t.categoryName());
		writeRef(g, "location", t.locationId(), t.locationName());
		g.writeNumberProperty("urgency", t.urgency());
		g.writeNumberProperty("impact", t.impact());
		g.writeNumberProperty("priority", t.priority());
		g.writeNumberProperty("actiontime", t.actiontime());
		if (v21) {
			writeDate(g, "begin_waiting_date", null, zone);
			g.writeNumberProperty("waiting_duration", 0);
			g.writeNumberProperty("resolution_duration", seconds(t.date(), t.dateSolve()));
			g.writeNumberProperty("close_duration", seconds(t.date(), t.dateClose()));
			writeDate(g, "resolution_date", t.sla().timeToResolve(), zone);
		}
		writeDate(g, "date_creation", t.dateCreation(), zone);
		writeDate(g, "date_mod", t.dateMod(), zone);
		writeDate(g, "date", t.date(), zone);
		if (v21) {
			writeDate(g, "date_solve", t.dateSolve(), zone);
			writeDate(g, "date_close", t.dateClose(), zone);
		}
		g.writeNumberProperty("type", t.type());
		g.writeStringProperty("external_id", "");
		writeRef(g, "request_type", t.requestTypeId(), t.requestTypeName());
		if (v21) {
			writeSlaBlock(g, t, zone);
		}
		g.writeName("status");
		g.writeStartObject();
		g.writeNumberProperty("id", t.status());
		g.writeStringProperty("name", SimTicket.statusName(t.status()));
		g.writeEndObject();
		writeEntity(g, t.entityId(), data);
		writeTeam(g, t, data);
		g.writeEndObject();
	}

	private static void writeSlaBlock(JsonGenerator g, SimTicket t, WallClock zone) {
		Instant taken = takeIntoAccountDate(t);
		writeDate(g, "take_into_account_date", taken, zone);
		g.writeNumberProperty("take_into_account_duration", seconds(t.date(), taken));
		for (String name : new String[] { "sla_ttr", "sla_tto", "ola_ttr", "ola_tto", "sla_level_ttr",
				"ola_level_ttr" }) {
			g.writeNullProperty(name);
		}
		g.writeNumberProperty("sla_waiting_duration", 0);
		g.writeNumberProperty("ola_waiting_duration", 0);
		writeDate(g, "ola_ttr_begin_date", t.sla().internalTimeToResolve() == null ? null : t.date(), zone);
		writeDate(g, "ola_tto_begin_date", t.sla().internalTimeToOwn() == null ? null : t.date(), zone);
		writeDate(g, "internal_resolution_date", t.sla().internalTimeToResolve(), zone);
		writeDate(g, "internal_take_into_account_date", t.sla().internalTimeToOwn(), zone);
		g.writeNumberProperty("global_validation", 1);
	}

	static long editorId(SimTicket t) {
		return t.team().technicians().isEmpty() ? t.recipientId() : t.team().technicians().get(0);
	}

	static Instant takeIntoAccountDate(SimTicket t) {
		return t.takenIntoAccountAt();
	}

	static long seconds(Instant from, Instant to) {
		return to == null ? 0 : Math.max(0, Duration.between(from, to).getSeconds());
	}

	static void writeDate(JsonGenerator g, String name, Instant value, WallClock zone) {
		if (value == null) {
			g.writeNullProperty(name);
		}
		else {
			g.writeStringProperty(name, zone.rfc3339(value));
		}
	}

	/**
	 * {@code "name": {"id": id, "name": refName}}, or {@code "name": null} without an id.
	 */
	static void writeRef(JsonGenerator g, String name, Long id, String refName) {
		if (id == null) {
			g.writeNullProperty(name);
			return;
		}
		g.writeName(name);
		g.writeStartObject();
		g.writeNumberProperty("id", id);
		g.writeStringProperty("name", refName);
		g.writeEndObject();
	}

	private static void writeUser(JsonGenerator g, String name, long userId) {
		writeRef(g, name, userId, SimDirectory.user(userId).login());
	}

	private static void writeEntity(JsonGenerator g, long entityId, SimulatedGlpi data) {
		g.writeName("entity");
		g.writeStartObject();
		g.writeNumberProperty("id", entityId);
		SimEntity entity = data.entity(entityId).orElse(null);
		g.writeStringProperty("name", entity == null ? null : entity.name());
		g.writeStringProperty("completename", entity == null ? null : entity.completename());
		g.writeEndObject();
	}

	/**
	 * Requesters, observers, then assignees, as {@code ITILController::getCleanTeam}
	 * lists them. Real servers add realname, firstname, display_name and href to the
	 * documented {id,name,type,role}.
	 */
	private static void writeTeam(JsonGenerator g, SimTicket t, SimulatedGlpi data) {
		SimTeam team = t.team();
		g.writeName("team");
		g.writeStartArray();
		writeUserMember(g, "requester", SimDirectory.user(t.recipientId()));
		if (team.requesterGroupId() != null) {
			writeGroupMember(g, "requester", team.requesterGroupId(), data);
		}
		for (long observer : team.observers()) {
			writeUserMember(g, "observer", SimDirectory.user(observer));
		}
		if (team.observerGroupId() != null) {
			writeGroupMember(g, "observer", team.observerGroupId(), data);
		}
		for (long technician : team.technicians()) {
			writeUserMember(g, "assigned", SimDirectory.user(technician));
		}
		for (long group : team.groups()) {
			writeGroupMember(g, "assigned", group, data);
		}
		if (team.supplierId() != null) {
			String name = SimDirectory.supplierName(team.supplierId());
			writeMember(g, "assigned", "Supplier", team.supplierId(), name, null, null, name, "supplier");
		}
		g.writeEndArray();
	}

	private static void writeUserMember(JsonGenerator g, String role, SimDirectory.User user) {
		writeMember(g, role, "User", user.id(), user.login(), user.realname(), user.firstname(), user.displayName(),
				"user");
	}

	private static void writeGroupMember(JsonGenerator g, String role, long groupId, SimulatedGlpi data) {
		String name = data.group(groupId).map(SimGroup::name).orElse("Group " + groupId);
		writeMember(g, role, "Group", groupId, name, null, null, name, "group");
	}

	private static void writeMember(JsonGenerator g, String role, String type, long id, String name, String realname,
			String firstname, String displayName, String form) {
		g.writeStartObject();
		g.writeStringProperty("role", role);
		g.writeStringProperty("name", name);
		g.writeStringProperty("realname", realname);
		g.writeStringProperty("firstname", firstname);
		g.writeStringProperty("display_name", displayName);
		g.writeNumberProperty("id", id);
		g.writeStringProperty("href", "/front/" + form + ".form.php?id=" + id);
		g.writeStringProperty("type", type);
		g.writeEndObject();
	}

}
