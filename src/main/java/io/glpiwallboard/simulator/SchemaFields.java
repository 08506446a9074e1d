package io.glpiwallboard.simulator;

import static io.glpiwallboard.simulator.Field.Kind.BOOLEAN;
import static io.glpiwallboard.simulator.Field.Kind.DATE;
import static io.glpiwallboard.simulator.Field.Kind.NUMBER;
import static io.glpiwallboard.simulator.Field.Kind.STRING;

import java.time.Instant;
import java.util.Set;

/**
 * The filterable/sortable properties of the Ticket, Entity and Group schemas. Properties
 * a real server always returns as null or 0 here (SLA/OLA data, waiting dates) are still
 * known, so filters on them are valid and match like GLPI's.
 */
final class SchemaFields {

	private SchemaFields() {
	}

	static FieldSet<SimTicket> tickets(SimulatedGlpi data) {
		FieldSet<SimTicket> f = new FieldSet<>(Set.of("status.name", "team"));
		f.add("id", NUMBER, SimTicket::id)
			.add("name", STRING, SimTicket::name)
			.add("content", STRING, SimTicket::content)
			.add("is_deleted", BOOLEAN, SimTicket::isDeleted)
			.add("status.id", NUMBER, SimTicket::status)
			.add("priority", NUMBER, SimTicket::priority)
			.add("urgency", NUMBER, SimTicket::urgency)
			.add("impact", NUMBER, SimTicket::impact)
			.add("type", NUMBER, SimTicket::type)
			.add("actiontime", NUMBER, SimTicket::actiontime)
			.add("external_id", STRING, t -> "")
			.add("global_validation", NUMBER, t -> 1)
			.add("entity.id", NUMBER, SimTicket::entityId)
			.add("entity.name", STRING, t -> data.entity(t.entityId()).map(SimEntity::name).orElse(null))
			.add("entity.completename", STRING,
					t -> data.entity(t.entityId()).map(SimEntity::completename).orElse(null))
			.add("category.id", NUMBER, SimTicket::categoryId)
			.add("category.name", STRING, SimTicket::categoryName)
			.add("location.id", NUMBER, SimTicket::locationId)
			.add("location.name", STRING, SimTicket::locationName)
			.add("request_type.id", NUMBER, SimTicket::requestTypeId)
			.add("request_type.name", STRING,
					t -> t.requestTypeId() == null ? null : SimDirectory.requestTypeName(t.requestTypeId()))
			.add("user_recipient.id", NUMBER, SimTicket::recipientId)
			.add("user_recipient.name", STRING, t -> SimDirectory.user(t.recipientId()).login())
			.add("user_editor.id", NUMBER, TicketJson::editorId)
			.add("date", DATE, SimTicket::date)
			.add("date_creation", DATE, SimTicket::dateCreation)
			.add("date_mod", DATE, SimTicket::dateMod)
			.add("date_solve", DATE, SimTicket::dateSolve)
			.add("date_close", DATE, SimTicket::dateClose)
			.add("take_into_account_date", DATE, TicketJson::takeIntoAccountDate)
			.add("resolution_duration", NUMBER, t -> TicketJson.seconds(t.date(), t.dateSolve()))
			.add("close_duration", NUMBER, t -> TicketJson.seconds(t.date(), t.dateClose()))
			.add("waiting_duration", NUMBER, t -> 0)
			.add("take_into_account_duration", NUMBER,
					t -> TicketJson.seconds(t.date(), TicketJson.takeIntoAccountDate(t)));
		for (String always0 : new String[] { "sla_waiting_duration", "ola_waiting_duration" }) {
			f.add(always0, NUMBER, t -> 0);
		}
		f.add("begin_waiting_date", DATE, t -> (Instant) null)
			.add("resolution_date", DATE, t -> t.sla().timeToResolve())
			.add("internal_resolution_date", DATE, t -> t.sla().internalTimeToResolve())
			.add("internal_take_into_account_date", DATE, t -> t.sla().internalTimeToOwn())
			.add("ola_ttr_begin_date", DATE, t -> t.sla().internalTimeToResolve() == null ? null : t.date())
			.add("ola_tto_begin_date", DATE, t -> t.sla().internalTimeToOwn() == null ? null : t.date());
		for (String nullRef : new String[] { "sla_ttr", "sla_tto", "ola_ttr", "ola_tto", "sla_level_ttr",
				"ola_level_ttr" }) {
			f.add(nullRef + ".id", NUMBER, t -> null);
			f.add(nullRef + ".name", STRING, t -> null);
		}
		return f;
	}

	static FieldSet<SimEntity> entities(SimulatedGlpi data) {
		return new FieldSet<SimEntity>(Set.of()).add("id", NUMBER, SimEntity::id)
			.add("name", STRING, SimEntity::name)
			.add("comment", STRING, SimEntity::comment)
			.add("completename", STRING, SimEntity::completename)
			.add("parent.id", NUMBER, SimEntity::parentId)
			.add("parent.name", STRING,
					e -> e.parentId() == null ? null : data.entity(e.parentId()).map(SimEntity::name).orElse(null))
			.add("level", NUMBER, SimEntity::level);
	}

	static FieldSet<SimGroup> groups(SimulatedGlpi data) {
		return new FieldSet<SimGroup>(Set.of()).add("id", NUMBER, SimGroup::id)
			.add("name", STRING, SimGroup::name)
			.add("comment", STRING, SimGroup::comment)
			.add("completename", STRING, SimGroup::completename)
			.add("parent.id", NUMBER, SimGroup::parentId)
			.add("parent.name", STRING,
					g -> g.parentId() == null ? null : data.group(g.parentId()).map(SimGroup::name).orElse(null))
			.add("level", NUMBER, SimGroup::level)
			.add("is_recursive", BOOLEAN, g -> true)
			.add("entity.id", NUMBER, g -> 0L)
			.add("entity.name", STRING, g -> data.entity(0).map(SimEntity::name).orElse(null));
	}

}
