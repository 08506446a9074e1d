package io.glpiwallboard.simulator;

import tools.jackson.core.JsonGenerator;

/**
 * Writes a group with the Group schema of {@code AdministrationController.php}: id, name,
 * comment, completename, parent{id,name}|null, level, is_recursive, entity{id,name}.
 */
final class GroupJson {

	private GroupJson() {
	}

	static void write(JsonGenerator g, SimGroup group, SimulatedGlpi data) {
		g.writeStartObject();
		g.writeNumberProperty("id", group.id());
		g.writeStringProperty("name", group.name());
		g.writeStringProperty("comment", group.comment());
		g.writeStringProperty("completename", group.completename());
		SimGroup parent = group.parentId() == null ? null : data.group(group.parentId()).orElse(null);
		TicketJson.writeRef(g, "parent", parent == null ? null : parent.id(), parent == null ? null : parent.name());
		g.writeNumberProperty("level", group.level());
		g.writeBooleanProperty("is_recursive", true);
		g.writeName("entity");
		g.writeStartObject();
		g.writeNumberProperty("id", 0);
		g.writeStringProperty("name", data.entity(0).map(SimEntity::name).orElse(null));
		g.writeEndObject();
		g.writeEndObject();
	}

}
