package io.glpiwallboard.wallboard.view;

import java.time.Instant;
import java.util.List;

/**
 * Everything the board shows for one scope, derived once per snapshot from the figures
 * and already formatted: templates only place it.
 *
 * @param title the heading: the board title, the entity's name or the group's complete
 * name
 * @param path the entity's complete name, or null for the whole scope and for a group
 * @param entityId null for the whole scope
 * @param asOf when the snapshot was taken
 * @param open open tickets now
 * @param newToday tickets opened today
 * @param solvedToday tickets solved today
 * @param change open now minus open at the end of yesterday
 * @param priorities open tickets by priority, most urgent first
 * @param ages open tickets by age bucket, youngest first
 * @param entities the entities with the most open tickets of their own
 * @param otherEntities open tickets not in {@code entities} (other entities, or none), 0
 * if none
 * @param oldest the oldest open tickets
 * @param hasTrend whether there are at least two days to draw
 * @param groupId the group of a group's board, or null
 * @param service the unassigned, late and due-soon tiles
 * @param teams the "by team" list
 * @param trendNote a line under the trend, or null (a group's history is observed only)
 */
public record BoardView(String title, String path, Long entityId, Instant asOf, Figure open, Figure newToday,
		Figure solvedToday, Figure change, List<Bar> priorities, List<Bar> ages, List<EntityRow> entities,
		Figure otherEntities, List<OldRow> oldest, boolean hasTrend, Long groupId, Service service, Teams teams,
		String trendNote) {

	/**
	 * @param value the raw number (what {@code /api/wallboard} says)
	 * @param text formatted for display
	 * @param level CSS class: normal, warning or alert
	 */
	public record Figure(Long value, String text, String level) {
	}

	/**
	 * @param width bar length in percent of the largest bar of its group
	 * @param tone CSS class giving the bar's colour
	 */
	public record Bar(String label, long count, String text, int width, String tone) {
	}

	/**
	 * @param linked false for the rows of tickets outside GLPI's entity list, which have
	 * no board
	 */
	public record EntityRow(long id, String name, long count, String text, int width, boolean linked) {
	}

	/**
	 * @param age e.g. "93 d", from opening to the snapshot
	 * @param level CSS class of the age (oldest-days threshold)
	 * @param late whether its time-to-resolve deadline has passed
	 */
	public record OldRow(long id, String title, String entity, String age, String level, boolean late) {
	}

	/**
	 * The service-level tiles; figures are "–" when the snapshot predates them.
	 *
	 * @param unassignedLabel "Unassigned", or on a group's board "No technician"
	 * @param dueSoonLabel e.g. "Due in 24 h", after {@code wallboard.due-soon}
	 */
	public record Service(String unassignedLabel, Figure unassigned, Figure late, String dueSoonLabel, Figure dueSoon) {
	}

	/**
	 * @param heading "By team", or on a group's board "Also assigned to"
	 * @param rows the groups with the most open tickets
	 * @param noGroup open tickets without a group (not on a group's board: null)
	 * @param note why the rows do not add up to the total
	 * @param empty what the list says when it has no rows
	 */
	public record Teams(String heading, List<TeamRow> rows, Figure noGroup, String note, String empty) {
	}

	/**
	 * @param name the complete name without the root group all listed groups share
	 * @param completename the group's complete name
	 * @param late its open tickets past their deadline, coloured like the late tile
	 */
	public record TeamRow(long id, String name, String completename, long count, String text, Figure late) {
	}

}
