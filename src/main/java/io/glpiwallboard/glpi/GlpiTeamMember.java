package io.glpiwallboard.glpi;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of a ticket's {@code team}: GLPI's {@code TeamMember} schema {@code {id,
 * name, type, role}} ({@code ITILController::getRawKnownSchemas}, filled per ticket by
 * {@code getCleanTeam}). Real servers add {@code realname}, {@code firstname},
 * {@code display_name} and {@code href}; they are read when present and never required.
 * {@code role} is {@code requester}, {@code assigned} or {@code observer}; {@code type}
 * is {@code User}, {@code Group} or {@code Supplier}. Other values (plugins, future
 * versions) are kept as sent and simply are not assignments.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GlpiTeamMember(Long id, String name, String type, String role,
		@JsonProperty("display_name") String displayName) {

	/** The role of the technicians, groups and suppliers in charge of a ticket. */
	public static final String ROLE_ASSIGNED = "assigned";

	/**
	 * True for the {@code assigned} role (compared without regard to case); requesters
	 * and observers are not.
	 */
	public boolean isAssigned() {
		return role != null && role.trim().equalsIgnoreCase(ROLE_ASSIGNED);
	}

	/**
	 * The member type in GLPI's spelling ({@code User}, {@code Group} or
	 * {@code Supplier}, whatever the case GLPI sent), or null for a type the wallboard
	 * does not know.
	 */
	public String memberType() {
		if (type == null) {
			return null;
		}
		return switch (type.trim().toLowerCase(Locale.ROOT)) {
			case "user" -> "User";
			case "group" -> "Group";
			case "supplier" -> "Supplier";
			default -> null;
		};
	}

	/**
	 * The name to show: for a technician GLPI's display name ("Realname Firstname") when
	 * sent, since {@code name} is the login; otherwise {@code name}, falling back to the
	 * display name; null when neither was sent.
	 */
	public String label() {
		boolean hasDisplay = displayName != null && !displayName.isBlank();
		boolean hasName = name != null && !name.isBlank();
		if ("User".equals(memberType()) && hasDisplay) {
			return displayName;
		}
		return hasName ? name : hasDisplay ? displayName : null;
	}

}
