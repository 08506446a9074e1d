package io.glpiwallboard.glpi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a ticket's {@code team} array straight from the token stream and keeps only the
 * members the wallboard mirrors: role {@code assigned} (any case), a known type
 * ({@code User}, {@code Group}, {@code Supplier}) and an id (a number, or digits in a
 * string), each (type, id) once. Requesters, observers, unknown roles or types,
 * {@code null} entries and extra keys are skipped without building objects: a 500-ticket
 * page holds a thousand team members or more, and binding them all cost as much as the
 * rest of the ticket.
 */
final class AssignedMembersDeserializer extends ValueDeserializer<List<GlpiTeamMember>> {

	@Override
	public List<GlpiTeamMember> deserialize(JsonParser p, DeserializationContext ctxt) {
		if (p.currentToken() != JsonToken.START_ARRAY) {
			p.skipChildren();
			return List.of();
		}
		List<GlpiTeamMember> assigned = new ArrayList<>(2);
		Set<String> seen = new HashSet<>(4);
		while (p.nextToken() != JsonToken.END_ARRAY) {
			if (p.currentToken() != JsonToken.START_OBJECT) {
				p.skipChildren();
				continue;
			}
			GlpiTeamMember member = member(p);
			if (member.id() != null && member.isAssigned() && member.memberType() != null
					&& seen.add(member.memberType() + "#" + member.id())) {
				assigned.add(new GlpiTeamMember(member.id(), member.name(), member.memberType(), member.role(),
						member.displayName()));
			}
		}
		return assigned;
	}

	@Override
	public List<GlpiTeamMember> getNullValue(DeserializationContext ctxt) {
		return List.of();
	}

	private static GlpiTeamMember member(JsonParser p) {
		Long id = null;
		String name = null;
		String type = null;
		String role = null;
		String displayName = null;
		while (p.nextToken() == JsonToken.PROPERTY_NAME) {
			String field = p.currentName();
			JsonToken value = p.nextToken();
			switch (field) {
				case "id" -> id = id(p, value);
				case "name" -> name = text(p, value);
				case "type" -> type = text(p, value);
				case "role" -> role = text(p, value);
				case "display_name" -> displayName = text(p, value);
				default -> p.skipChildren();
			}
		}
		return new GlpiTeamMember(id, name, type, role, displayName);
	}

	private static Long id(JsonParser p, JsonToken value) {
		if (value == JsonToken.VALUE_NUMBER_INT) {
			return p.getLongValue();
		}
		String text = text(p, value);
		if (text != null && text.trim().matches("\\d{1,18}")) {
			return Long.parseLong(text.trim());
		}
		return null;
	}

	private static String text(JsonParser p, JsonToken value) {
		if (value.isStructStart()) {
			p.skipChildren();
			return null;
		}
		return value == JsonToken.VALUE_NULL ? null : p.getValueAsString();
	}

}
