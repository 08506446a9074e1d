package io.glpiwallboard.wallboard;

import java.time.Instant;
import java.util.List;

/**
 * Everything the board shows for one scope, derived once per snapshot from the figures and
 * already formatted: templates only place it.
 *
 * @param title the heading: the board title or the entity's name
 * @param path the entity's complete name, or null for the whole scope
 * @param entityId null for the whole scope
 * @param asOf when the snapshot was taken
 * @param open open tickets now
 * @param newToday tickets opened today
 * @param solvedToday tickets solved today
 * @param change open now minus open at the end of yesterday
 * @param priorities open tickets by priority, most urgent first
 * @param ages open tickets by age bucket, youngest first
 * @param entities the entities with the most open tickets of their own
 * @param otherEntities open tickets not in {@code entities} (other entities, or none), 0 if none
 * @param oldest the oldest open tickets
 * @param hasTrend whether there are at least two days to draw
 */
public record BoardView(String title, String path, Long entityId, Instant asOf, Figure open, Figure newToday,
		Figure solvedToday, Figure change, List<Bar> priorities, List<Bar> ages, List<EntityRow> entities,
		Figure otherEntities, List<OldRow> oldest, boolean hasTrend) {

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

	public record EntityRow(long id, String name, long count, String text, int width) {
	}

	/**
	 * @param age e.g. "93 d", from opening to the snapshot
	 * @param level CSS class of the age (oldest-days threshold)
	 */
	public record OldRow(long id, String title, String entity, String age, String level) {
	}

}
