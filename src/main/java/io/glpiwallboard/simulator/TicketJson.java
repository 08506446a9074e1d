package io.glpiwallboard.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a ticket with all 43 properties of the 2.2.0 Ticket schema, in the schema's order. Streaming (instead of
 * building a tree) keeps a 500-row page at a few milliseconds.
 */
final class TicketJson {

	private TicketJson() {
	}

	/** Properties added in API 2.1; a client pinned to /v2.0/ does not get them (schema filtering by version). */
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
			writeDate(g, "resolution_date", null, zone);
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
		writeRef(g, "request_type", t.requestTypeId(),
				t.requestTypeId() == null ? null : SimDirectory.requestTypeName(t.requestTypeId()));
		if (v21) {
			writeSlaBlock(g, t, zone);
		}
		g.writeName("status");
		g.writeStartObject();
		g.writeNumberProperty("id", t.status());
		g.writeStringProperty("name", SimTicket.statusName(t.status()));
		g.writeEndObject();
		writeEntity(g, t.entityId(), data);
		writeTeam(g, t);
		g.writeEndObject();
	}

	private static void writeSlaBlock(JsonGenerator g, SimTicket t, WallClock zone) {
		Instant taken = takeIntoAccountDate(t);
		writeDate(g, "take_into_account_date", taken, zone);
		g.writeNumberProperty("take_into_account_duration", seconds(t.date(), taken));
		for (String name : new String[]{"sla_ttr", "sla_tto", "ola_ttr", "ola_tto", "sla_level_ttr", "ola_level_ttr"}) {
			g.writeNullProperty(name);
		}
		g.writeNumberProperty("sla_waiting_duration", 0);
		g.writeNumberProperty("ola_waiting_duration", 0);
		for (String name : new String[]{"ola_ttr_begin_date", "ola_tto_begin_date", "internal_resolution_date",
				"internal_take_into_account_date"}) {
			g.writeNullProperty(name);
		}
		g.writeNumberProperty("global_validation", 1);
	}

	static long editorId(SimTicket t) {
		return t.assigneeId() != null ? t.assigneeId() : t.recipientId();
	}

	/** The first time a technician picked the ticket up; derived so it needs no storage. */
	static Instant takeIntoAccountDate(SimTicket t) {
		return t.assigneeId() == null ? null : t.date().plusSeconds(300 + (t.id() % 97) * 60);
	}

	static long seconds(Instant from, Instant to) {
		return to == null ? 0 : Math.max(0, Duration.between(from, to).getSeconds());
	}

	static void writeDate(JsonGenerator g, String name, Instant value, WallClock zone) {
		if (value == null) {
			g.writeNullProperty(name);
		} else {
			g.writeStringProperty(name, zone.rfc3339(value));
		}
	}

	private static void writeRef(JsonGenerator g, String name, Long id, String refName) {
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

	/** Real servers add realname, firstname, display_name and href to the documented {id,name,type,role}. */
	private static void writeTeam(JsonGenerator g, SimTicket t) {
		g.writeName("team");
		g.writeStartArray();
		writeMember(g, "requester", SimDirectory.user(t.recipientId()));
		if (t.assigneeId() != null) {
			writeMember(g, "assigned", SimDirectory.user(t.assigneeId()));
		}
		g.writeEndArray();
	}

	private static void writeMember(JsonGenerator g, String role, SimDirectory.User user) {
		g.writeStartObject();
		g.writeStringProperty("role", role);
		g.writeStringProperty("name", user.login());
		g.writeStringProperty("realname", user.realname());
		g.writeStringProperty("firstname", user.firstname());
		g.writeStringProperty("display_name", user.displayName());
		g.writeNumberProperty("id", user.id());
		g.writeStringProperty("href", "/front/user.form.php?id=" + user.id());
		g.writeStringProperty("type", "User");
		g.writeEndObject();
	}
}
