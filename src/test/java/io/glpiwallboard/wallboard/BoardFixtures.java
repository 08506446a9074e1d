package io.glpiwallboard.wallboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.glpiwallboard.snapshot.EntityTree;
import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.snapshot.GroupDirectory;
import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.snapshot.SnapshotProperties;
import io.glpiwallboard.snapshot.WallboardFigures.AgeBucket;
import io.glpiwallboard.snapshot.WallboardFigures.EntityLine;
import io.glpiwallboard.snapshot.WallboardFigures.GroupLine;
import io.glpiwallboard.snapshot.WallboardFigures.OldTicket;
import io.glpiwallboard.snapshot.WallboardFigures.Open;
import io.glpiwallboard.snapshot.WallboardFigures.Today;
import io.glpiwallboard.snapshot.WallboardFigures.TrendPoint;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.sync.SyncState;
import io.glpiwallboard.system.TimeZoneProperties;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;

/**
 * Figures and an entity tree as the snapshot module would return them, for board tests.
 */
public final class BoardFixtures {

	public static final Instant AS_OF = Instant.parse("2026-11-27T13:32:00Z");

	public static final LocalDate DAY = LocalDate.of(2026, 11, 27);

	static final String HOSTILE_TITLE = "<script>alert(1)</script> printer";

	/** A group name with every character HTML escapes. */
	public static final String HOSTILE_GROUP = "Support > N2 <b>\"Core\" & co</b>";

	/** Group 7 (hostile name) and 8 "Support > Network"; group 9 has no open tickets. */
	public static GroupDirectory groups() {
		return new GroupDirectory(List.of(new GroupDirectory.Group(7, "N2", HOSTILE_GROUP),
				new GroupDirectory.Group(8, "Network", "Support > Network"),
				new GroupDirectory.Group(9, "Idle", "Support > Idle")));
	}

	/**
	 * The snapshot's figures, tree and groups as {@link #scoped(Scope, long)} describes
	 * them.
	 */
	static void stub(FiguresRepository figures, long open) {
		given(figures.latestObserved()).willReturn(Optional.of(Map.entry(DAY, AS_OF)));
		given(figures.entityTree()).willReturn(tree());
		given(figures.groups()).willReturn(groups());
		given(figures.forScope(any(), anyInt()))
			.willAnswer(call -> Optional.of(scoped(call.<Scope>getArgument(0), open)));
	}

	private BoardFixtures() {
	}

	/** Root 0 with Paris (1, children 2 and 3) and Lyon (4). */
	public static EntityTree tree() {
		return new EntityTree(List.of(new EntityTree.Node(0, "Root entity", "Root entity", null, 1),
				new EntityTree.Node(1, "Paris", "Root entity > Paris", 0L, 2),
				new EntityTree.Node(2, "IT <b>Support</b>", "Root entity > Paris > IT <b>Support</b>", 1L, 3),
				new EntityTree.Node(3, "Facilities", "Root entity > Paris > Facilities", 1L, 3),
				new EntityTree.Node(4, "Lyon", "Root entity > Lyon", 0L, 2)));
	}

	/**
	 * @param open open tickets now; yesterday had 10 fewer
	 */
	public static WallboardFigures figures(Long entityId, long open) {
		return scoped(Scope.entity(entityId), open);
	}

	/**
	 * @param open open tickets now; yesterday had 10 fewer. Of them 5 unassigned, 3 late,
	 * 2 due soon; group 7 has open / 2 (1 late), group 8 has 4 (2 late), 9 in both; open
	 * / 2 - 5 no group
	 */
	public static WallboardFigures scoped(Scope scope, long open) {
		Long entityId = scope.entityId();
		List<TrendPoint> trend = new ArrayList<>();
		for (int i = 29; i >= 0; i--) {
			long o = i == 0 ? open : open - 10;
			trend.add(new TrendPoint(DAY.minusDays(i), o, 5 + i % 3, 4 + i % 2, 3, i > 2));
		}
		List<EntityLine> entities = List.of(new EntityLine(0, "Root entity", 1, 0, open),
				new EntityLine(1, "Root entity > Paris", 2, open / 4, open * 3 / 4),
				new EntityLine(2, "Root entity > Paris > IT <b>Support</b>", 3, open / 4, open / 4),
				new EntityLine(3, "Root entity > Paris > Facilities", 3, open / 4, open / 4),
				new EntityLine(4, "Root entity > Lyon", 2, open - 3 * (open / 4), open - 3 * (open / 4)));
		List<AgeBucket> age = List.of(new AgeBucket(0, "< 1 day", 1), new AgeBucket(1, "1-7 days", 2),
				new AgeBucket(2, "8-30 days", 3), new AgeBucket(3, "31-90 days", 4),
				new AgeBucket(4, "> 90 days", open - 10));
		List<OldTicket> oldest = List.of(
				new OldTicket(17, HOSTILE_TITLE, 2, "Root entity > Paris > IT <b>Support</b>",
						AS_OF.minusSeconds(86400L * 93), 2, 4, AS_OF.minusSeconds(3600), true),
				new OldTicket(21, "VPN 東京", 4, "Root entity > Lyon", AS_OF.minusSeconds(86400L * 40), 1, 3));
		List<GroupLine> groups = List.of(new GroupLine(7, HOSTILE_GROUP, open / 2, 1, 1, 2),
				new GroupLine(8, "Support > Network", 4, 2, 0, 1));
		Map<String, Long> byGroup = new LinkedHashMap<>();
		groups.forEach(g -> byGroup.put(Long.toString(g.id()), g.open()));
		return new WallboardFigures(AS_OF, DAY, entityId,
				new Open(open, Map.of("1", open), Map.of("1", 0L, "2", 1L, "3", open - 3, "4", 1L, "5", 1L, "6", 0L),
						Map.of("1", open, "2", 0L), 5L, 3L, 2L, byGroup, open / 2 - 5),
				new Today(7, 4, 2), entities, trend, age, oldest, scope.groupId(), groups);
	}

	/**
	 * Mocks answering like a database holding one snapshot (taken at {@link #AS_OF}) of
	 * these figures.
	 */
	public static void snapshotExists(FiguresRepository figures, SyncState syncState) {
		stub(figures, 120);
		given(syncState.instant(SyncState.LAST_SUCCESS)).willReturn(Optional.of(AS_OF));
	}

	public static WallboardProperties wallboardProperties() {
		return new WallboardProperties(60, java.time.Duration.ofMinutes(30), java.time.Duration.ofHours(26), null,
				"07:00-20:00", java.util.Set.of(java.time.DayOfWeek.values()));
	}

	public static TimeZoneProperties timeZone() {
		return new TimeZoneProperties(ZoneOffset.UTC);
	}

	public static SnapshotProperties snapshotProperties() {
		return new SnapshotProperties(400, java.time.Duration.ofHours(24));
	}

	public static BoardProperties boardProperties(Long openAlert) {
		BoardProperties.Level none = new BoardProperties.Level(null, null);
		return new BoardProperties("Service desk", 30, 8, 6, new BoardProperties.Thresholds(
				new BoardProperties.Level(null, openAlert), none, none, none, none, null, none), 8);
	}

}
