package io.glpiwallboard.simulator;

import tools.jackson.core.JsonGenerator;

/**
 * Writes an entity with the 2.2.0 Entity schema: id, name, comment, completename,
 * parent{id,name}|null, level.
 */
final class EntityJson {

	private EntityJson() {
	}

	static void write(JsonGenerator g, SimEntity e, SimulatedGlpi data) {
		g.writeStartObject();
		g.writeNumberProperty("id", e.id());
		g.writeStringProperty("name", e.name());
		g.writeStringProperty("comment", e.comment());
		g.writeStringProperty("completename", e.completename());
		SimEntity parent = e.parentId() == null ? null : data.entity(e.parentId()).orElse(null);
		TicketJson.writeRef(g, "parent", parent == null ? null : parent.id(), parent == null ? null : parent.name());
		g.writeNumberProperty("level", e.level());
		g.writeEndObject();
	}

}
