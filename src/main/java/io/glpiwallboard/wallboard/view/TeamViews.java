package io.glpiwallboard.wallboard.view;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.glpiwallboard.snapshot.WallboardFigures.GroupLine;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.wallboard.BoardProperties;
import io.glpiwallboard.wallboard.view.BoardView.Figure;
import io.glpiwallboard.wallboard.view.BoardView.Service;
import io.glpiwallboard.wallboard.view.BoardView.TeamRow;
import io.glpiwallboard.wallboard.view.BoardView.Teams;

/** The board's service-level tiles and "by team" list, from a scope's figures. */
final class TeamViews {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private final BoardProperties properties;

	private final String dueSoonLabel;

	/**
	 * @param dueSoon {@code wallboard.due-soon} in words, e.g. "24 h"
	 */
	TeamViews(BoardProperties properties, String dueSoon) {
		this.properties = properties;
		this.dueSoonLabel = "Due in " + dueSoon;
	}

	Service service(WallboardFigures f) {
		BoardProperties.Thresholds t = properties.thresholds();
		return new Service(f.groupId() == null ? "Unassigned" : "No technician",
				BoardViewFactory.figure(f.open().unassigned(), t.unassigned()),
				BoardViewFactory.figure(f.open().late(), t.late()), dueSoonLabel,
				BoardViewFactory.figure(f.open().dueSoon(), t.dueSoon()));
	}

	/**
	 * The groups with the most open tickets; on a group's board, the other groups its
	 * tickets are assigned to. Rows do not add up to the total, and the note says so.
	 */
	Teams teams(WallboardFigures f) {
		boolean groupBoard = f.groupId() != null;
		List<GroupLine> listed = f.groups()
			.stream()
			.filter(g -> !groupBoard || g.id() != f.groupId())
			.limit(properties.topGroups())
			.toList();
		String prefix = sharedRoot(listed);
		List<TeamRow> rows = listed.stream().map(g -> row(g, prefix)).toList();
		if (groupBoard) {
			return new Teams("Also assigned to", rows, null, "Tickets of this team that another team shares.",
					"No other team shares its tickets.");
		}
		Long noGroup = f.open().noGroup();
		return new Teams("By team", rows, BoardViewFactory.figure(noGroup, null),
				"Rows do not add up: a shared ticket counts in each team.", "No team has open tickets.");
	}

	private TeamRow row(GroupLine g, String prefix) {
		return new TeamRow(g.id(), BoardViewFactory.relative(g.completename(), prefix), g.completename(), g.open(),
				BoardViewFactory.number(g.open()), BoardViewFactory.figure(g.late(), properties.thresholds().late()));
	}

	/**
	 * "Support > " when every listed group sits under the root group Support, so rows say
	 * "N1", "N2".
	 */
	static String sharedRoot(List<GroupLine> groups) {
		String root = null;
		for (GroupLine g : groups) {
			int cut = g.completename().indexOf(" > ");
			String mine = cut < 0 ? null : g.completename().substring(0, cut + 3);
			if (mine == null || (root != null && !root.equals(mine))) {
				return "";
			}
			root = mine;
		}
		return root == null ? "" : root;
	}

	/**
	 * A group's trend starts at the first sync that recorded teams, and misses the days
	 * no sync ran: its history is never reconstructed, and the board says so when days
	 * are missing.
	 */
	String trendNote(WallboardFigures f) {
		if (f.groupId() == null || f.trend().isEmpty() || f.trend().size() >= properties.trendDays()) {
			return null;
		}
		return "Team history is observed, never reconstructed: it starts on " + DAY.format(f.trend().get(0).date())
				+ ".";
	}

}
