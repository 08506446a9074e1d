package io.glpiwallboard.wallboard.view;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.glpiwallboard.snapshot.EntityTree;
import io.glpiwallboard.snapshot.GroupDirectory;
import io.glpiwallboard.snapshot.TicketLabels;
import io.glpiwallboard.snapshot.WallboardFigures.EntityLine;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.wallboard.BoardProperties;
import io.glpiwallboard.wallboard.view.BoardView.Bar;
import io.glpiwallboard.wallboard.view.BoardView.EntityRow;
import io.glpiwallboard.wallboard.view.BoardView.Figure;
import io.glpiwallboard.wallboard.view.BoardView.OldRow;

/**
 * Turns a scope's figures into the board's view: formats numbers, picks the top N,
 * applies thresholds.
 */
final class BoardViewFactory {

	/**
	 * GLPI priorities, most urgent first, with their tone; "Major" (6) only appears when
	 * used.
	 */
	private static final String[][] PRIORITIES = { { "6", "p-major" }, { "5", "p-very-high" }, { "4", "p-high" },
			{ "3", "p-medium" }, { "2", "p-low" }, { "1", "p-low" } };

	private static final String[] AGE_TONES = { "a-new", "a-new", "a-mid", "a-old", "a-oldest" };

	private final BoardProperties properties;

	private final TeamViews teams;

	/**
	 * @param dueSoon {@code wallboard.due-soon} in words, for the tile's label
	 */
	BoardViewFactory(BoardProperties properties, String dueSoon) {
		this.properties = properties;
		this.teams = new TeamViews(properties, dueSoon);
	}

	BoardView create(WallboardFigures f, EntityTree tree, GroupDirectory groups) {
		BoardProperties.Thresholds t = properties.thresholds();
		String path = f.entityId() == null ? null : tree.completename(f.entityId());
		String title = path == null ? properties.title()
				: tree.get(f.entityId()).map(EntityTree.Node::name).orElse(path);
		if (f.groupId() != null) {
			title = groups.completename(f.groupId());
		}
		long open = f.open().total();
		Long change = f.openChangeSinceYesterday();
		List<EntityRow> entities = topEntities(f, tree, prefixOf(f, tree));
		long listed = entities.stream().mapToLong(EntityRow::count).sum();
		return new BoardView(title, title.equals(path) ? null : path, f.entityId(), f.asOf(), figure(open, t.open()),
				figure(f.today().opened(), t.newToday()), figure(f.today().solved(), null),
				new Figure(change, signed(change), t.change().of(change)), priorities(f), ages(f), entities,
				figure(open - listed, null), oldest(f, prefixOf(f, tree)), f.trend().size() >= 2, f.groupId(),
				teams.service(f), teams.teams(f), teams.trendNote(f));
	}

	static Figure figure(Long value, BoardProperties.Level level) {
		return new Figure(value, value == null ? "–" : number(value), level == null ? "normal" : level.of(value));
	}

	/**
	 * Most urgent first; Major and "Unknown" (no priority, or a code GLPI does not
	 * define) only when used.
	 */
	private List<Bar> priorities(WallboardFigures f) {
		List<Bar> bars = new ArrayList<>();
		long listed = 0;
		for (String[] p : PRIORITIES) {
			long n = f.open().byPriority().getOrDefault(p[0], 0L);
			listed += n;
			if (n > 0 || !p[0].equals("6")) {
				bars.add(new Bar(TicketLabels.priority(Integer.parseInt(p[0])), n, number(n), 0, p[1]));
			}
		}
		long unknown = f.open().total() - listed;
		if (unknown > 0) {
			bars.add(new Bar(TicketLabels.priority(0), unknown, number(unknown), 0, "p-unknown"));
		}
		return scaled(bars);
	}

	private List<Bar> ages(WallboardFigures f) {
		List<Bar> bars = new ArrayList<>();
		for (WallboardFigures.AgeBucket b : f.age()) {
			bars.add(new Bar(b.label(), b.count(), number(b.count()), 0,
					AGE_TONES[Math.min(b.bucket(), AGE_TONES.length - 1)]));
		}
		return scaled(bars);
	}

	private static List<Bar> scaled(List<Bar> bars) {
		long max = bars.stream().mapToLong(Bar::count).max().orElse(0);
		return bars.stream()
			.map(b -> new Bar(b.label(), b.count(), b.text(), width(b.count(), max), b.tone()))
			.toList();
	}

	/**
	 * Entities ranked by their own open tickets, so the lines add up to the scope's
	 * total.
	 */
	private List<EntityRow> topEntities(WallboardFigures f, EntityTree tree, String prefix) {
		List<EntityLine> ranked = f.entities()
			.stream()
			.filter(e -> e.open() > 0)
			.sorted(Comparator.comparingLong(EntityLine::open).reversed().thenComparing(EntityLine::completename))
			.limit(properties.topEntities())
			.toList();
		long max = ranked.isEmpty() ? 0 : ranked.get(0).open();
		return ranked.stream()
			.map(e -> new EntityRow(e.id(), relative(e.completename(), prefix), e.open(), number(e.open()),
					width(e.open(), max), tree.get(e.id()).isPresent()))
			.toList();
	}

	private List<OldRow> oldest(WallboardFigures f, String prefix) {
		BoardProperties.Level level = properties.thresholds().oldestDays();
		return f.oldest().stream().limit(properties.oldestTickets()).map(o -> {
			Duration age = o.openedAt() == null ? null : Duration.between(o.openedAt(), f.asOf());
			return new OldRow(o.id(), o.title() == null ? "" : o.title(), relative(o.entity(), prefix), age(age),
					level.of(age == null ? null : age.toDays()), o.late());
		}).toList();
	}

	/**
	 * The part of complete names every entity of the scope shares, e.g. "Root entity >
	 * Paris > ", so that lines show "IT Support" rather than repeating the tree's root on
	 * a narrow screen.
	 */
	private static String prefixOf(WallboardFigures f, EntityTree tree) {
		if (f.entityId() != null) {
			return tree.completename(f.entityId()) + " > ";
		}
		List<String> roots = tree.all()
			.stream()
			.filter(n -> n.parentId() == null || n.parentId() == n.id())
			.map(EntityTree.Node::completename)
			.toList();
		return roots.size() == 1 ? roots.get(0) + " > " : "";
	}

	static String relative(String completename, String prefix) {
		if (completename == null) {
			return "";
		}
		if (!prefix.isEmpty() && completename.startsWith(prefix)) {
			return completename.substring(prefix.length());
		}
		if (!prefix.isEmpty() && completename.equals(prefix.substring(0, prefix.length() - 3))) {
			int cut = completename.lastIndexOf(" > ");
			return cut < 0 ? completename : completename.substring(cut + 3);
		}
		return completename;
	}

	static String age(Duration age) {
		if (age == null) {
			return "?";
		}
		if (age.toDays() >= 1) {
			return number(age.toDays()) + " d";
		}
		return Math.max(0, age.toHours()) + " h";
	}

	static String number(long n) {
		return String.format(Locale.ENGLISH, "%,d", n);
	}

	/**
	 * With an explicit sign; a real minus sign, which reads better than a hyphen from
	 * afar.
	 */
	static String signed(Long n) {
		if (n == null) {
			return "–";
		}
		if (n > 0) {
			return "+" + number(n);
		}
		return n < 0 ? "\u2212" + number(-n) : "0";
	}

	static int width(long count, long max) {
		if (max <= 0 || count <= 0) {
			return 0;
		}
		return (int) Math.max(1, Math.round(count * 100.0 / max));
	}

}
