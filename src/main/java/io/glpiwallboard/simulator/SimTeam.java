package io.glpiwallboard.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everyone attached to a ticket besides its writer (who is the requester): what GLPI
 * lists in {@code team}. Only technicians, groups and a supplier can be
 * <em>assigned</em>; observers and the requester group never are.
 *
 * @param technicians assigned users, in assignment order
 * @param groups assigned groups; a ticket may have two
 * @param supplierId assigned supplier, or null
 * @param observers observing users (role {@code observer})
 * @param requesterGroupId group with role {@code requester}, or null
 * @param observerGroupId group with role {@code observer}, or null
 */
public record SimTeam(List<Long> technicians, List<Long> groups, Long supplierId, List<Long> observers,
		Long requesterGroupId, Long observerGroupId) {

	/** Nobody but the writer. */
	public static final SimTeam NONE = new SimTeam(List.of(), List.of(), null, List.of(), null, null);

	public SimTeam {
		technicians = List.copyOf(Objects.requireNonNull(technicians, "technicians"));
		groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
		observers = List.copyOf(Objects.requireNonNull(observers, "observers"));
	}

	/** True when a technician, a group or a supplier is assigned. */
	public boolean isAssigned() {
		return !technicians.isEmpty() || !groups.isEmpty() || supplierId != null;
	}

	/** The same observers and requester group, with every assignment removed. */
	public SimTeam withoutAssignments() {
		return new SimTeam(List.of(), List.of(), null, observers, requesterGroupId, observerGroupId);
	}

	/** Adds an assigned technician (no change when already assigned). */
	public SimTeam withTechnician(long userId) {
		if (technicians.contains(userId)) {
			return this;
		}
		List<Long> more = new ArrayList<>(technicians);
		more.add(userId);
		return new SimTeam(more, groups, supplierId, observers, requesterGroupId, observerGroupId);
	}

	/** The same team with these assigned groups instead. */
	public SimTeam withGroups(List<Long> assignedGroups) {
		return new SimTeam(technicians, assignedGroups, supplierId, observers, requesterGroupId, observerGroupId);
	}

	/** The same team with these assigned technicians instead. */
	public SimTeam withTechnicians(List<Long> assignedUsers) {
		return new SimTeam(assignedUsers, groups, supplierId, observers, requesterGroupId, observerGroupId);
	}
}
