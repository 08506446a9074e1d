package io.glpiwallboard.simulator;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Generates a realistic, deterministic helpdesk: the same seed and clock always give the
 * same entities, groups and tickets. {@link Random} is used on purpose: its algorithm is
 * fixed by the JDK spec, so data stays stable across JVMs.
 */
public final class SampleData {

	private static final Duration SPAN = Duration.ofDays(430);

	private static final Duration AUTO_CLOSE = Duration.ofDays(7);

	private SampleData() {
	}

	/** Builds the store (entities and tickets) for these settings. */
	public static SimulatedGlpi generate(SimulatorSettings settings) {
		Instant now = settings.clock().instant().truncatedTo(ChronoUnit.SECONDS);
		Random random = new Random(settings.seed());
		List<SimEntity> entities = entities();
		SampleTeams teams = new SampleTeams(settings.seed());
		List<SimTicket> tickets = tickets(settings.tickets(), now, settings.serverZone(), random, entities, teams);
		return new SimulatedGlpi(entities, groups(), tickets, settings.clock(), settings.serverZone());
	}

	static List<SimEntity> entities() {
		List<SimEntity> list = new ArrayList<>();
		list.add(new SimEntity(0, "Root entity", "Root entity", null, 1, null));
		String[][] tree = { { "Paris", "IT Support", "Facilities" }, { "Lyon", "IT Support", "Logistique" },
				{ "München", "Service Desk", "Werkstatt" }, { "東京 Tokyo", "Infrastructure" },
				{ "Headquarters", "Finance", "Human Resources" }, };
		long id = 1;
		for (String[] branch : tree) {
			long parentId = id++;
			String parentName = "Root entity > " + branch[0];
			list.add(new SimEntity(parentId, branch[0], parentName, 0L, 2, "Site " + branch[0]));
			for (int i = 1; i < branch.length; i++) {
				list.add(new SimEntity(id++, branch[i], parentName + " > " + branch[i], parentId, 3,
						i == 1 ? "First-level support" : null));
			}
		}
		return List.copyOf(list);
	}

	/** The group tree tickets are assigned to (see {@link SampleTeams}). */
	public static List<SimGroup> groups() {
		return SampleTeams.groups();
	}

	private static List<SimTicket> tickets(int count, Instant now, ZoneId zone, Random random, List<SimEntity> entities,
			SampleTeams teams) {
		// A few extra rows are generated and then dropped, so ids have the gaps that
		// purges leave in real GLPI.
		int gaps = count < 50 ? 0 : Math.max(1, count / 250);
		Instant[] dates = new Instant[count + gaps];
		for (int i = 0; i < dates.length; i++) {
			dates[i] = openingDate(now, zone, random);
		}
		// Ids grow with the opening date, as with auto-increment ids in a live helpdesk.
		Arrays.sort(dates);
		boolean[] purged = new boolean[dates.length];
		for (int g = 0; g < gaps; g++) {
			purged[random.nextInt(dates.length - 1)] = true;
		}
		List<SimTicket> list = new ArrayList<>(count);
		for (int i = 0; i < dates.length; i++) {
			SimTicket t = ticket(i + 1L, dates[i], now, random, entities, teams);
			if (!purged[i]) {
				list.add(t);
			}
		}
		// Keep exactly `count` rows even when two gap draws hit the same slot.
		return list.size() > count ? new ArrayList<>(list.subList(0, count)) : list;
	}

	/** More tickets recently, mostly on weekdays during office hours. */
	private static Instant openingDate(Instant now, ZoneId zone, Random random) {
		for (int attempt = 0;; attempt++) {
			double fraction = Math.pow(random.nextDouble(), 0.6); // density grows towards
																	// now
			Instant day = now.minus(SPAN).plusSeconds((long) (fraction * SPAN.getSeconds()));
			LocalDateTime local = LocalDateTime.ofInstant(day, zone);
			boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
			if (weekend && random.nextDouble() < 0.85 && attempt < 5) {
				continue;
			}
			int hour = random.nextDouble() < 0.9 ? 8 + random.nextInt(10) : random.nextInt(24);
			LocalDateTime at = local.toLocalDate().atTime(hour, random.nextInt(60), random.nextInt(60));
			Instant result = at.atZone(zone).toInstant();
			if (result.isAfter(now)) {
				result = now.minusSeconds(60 + random.nextInt(3600));
			}
			return result;
		}
	}

	private static SimTicket ticket(long id, Instant date, Instant now, Random random, List<SimEntity> entities,
			SampleTeams teams) {
		long ageDays = Duration.between(date, now).toDays();
		int urgency = weighted(random, new int[] { 1, 2, 3, 4, 5 }, new int[] { 5, 20, 50, 18, 7 });
		int impact = weighted(random, new int[] { 1, 2, 3, 4, 5 }, new int[] { 5, 25, 50, 15, 5 });
		int priority = random.nextInt(200) == 0 ? 6 : Math.min(5, Math.max(1, (urgency + impact + 1) / 2));
		int type = random.nextInt(10) < 6 ? 1 : 2;
		long entityId = entities.get(1 + random.nextInt(entities.size() - 1)).id();
		if (random.nextInt(20) == 0) {
			entityId = 0;
		}
		SimDirectory.Ref category = random.nextInt(10) == 0 ? null
				: SimDirectory.CATEGORIES.get(random.nextInt(SimDirectory.CATEGORIES.size()));
		SimDirectory.Ref location = random.nextInt(4) == 0 ? null
				: SimDirectory.LOCATIONS.get(random.nextInt(SimDirectory.LOCATIONS.size()));
		Long requestType = random.nextInt(20) == 0 ? null
				: (long) (1 + random.nextInt(SimDirectory.REQUEST_TYPES.size()));
		long requester = SimDirectory.REQUESTERS.get(random.nextInt(SimDirectory.REQUESTERS.size())).id();
		long tech = SimDirectory.TECHNICIANS.get(random.nextInt(SimDirectory.TECHNICIANS.size())).id();

		// Resolution time: usually hours to a few days; a long tail of weeks.
		long resolveSeconds = (long) (-Math.log(1 - random.nextDouble()) * 36 * 3600) + 600;
		if (random.nextInt(15) == 0) {
			resolveSeconds *= 10;
		}
		Instant solve = date.plusSeconds(resolveSeconds);
		boolean backlog = random.nextDouble() < (ageDays > 90 ? 0.012 : 0.03);
		int status;
		Instant dateSolve = null;
		Instant dateClose = null;
		if (backlog || solve.isAfter(now)) {
			status = weighted(random, new int[] { 1, 2, 3, 4, 10 }, new int[] { 25, 40, 10, 17, 8 });
		}
		else {
			Instant close = solve.plus(AUTO_CLOSE).plusSeconds(random.nextInt(3600));
			boolean closed = !close.isAfter(now);
			status = closed ? SimTicket.CLOSED : SimTicket.SOLVED;
			// A few tickets are closed directly, without a solution, so date_solve stays
			// empty.
			dateSolve = closed && random.nextInt(25) == 0 ? null : solve;
			dateClose = closed ? close : null;
		}
		Instant lastEvent = dateClose != null ? dateClose : dateSolve != null ? dateSolve : date;
		Instant dateMod = lastEvent;
		if (status != SimTicket.CLOSED && random.nextInt(3) == 0) {
			long window = Math.max(1, Duration.between(lastEvent, now).getSeconds());
			dateMod = lastEvent.plusSeconds((long) (random.nextDouble() * Math.min(window, 5 * 86400)));
		}
		int actiontime = status == SimTicket.NEW ? 0 : 900 * random.nextInt(9);
		String title = SampleTexts.TITLES.get(random.nextInt(SampleTexts.TITLES.size()));
		String content = SampleTexts.CONTENTS.get(random.nextInt(SampleTexts.CONTENTS.size()));
		boolean trashed = random.nextInt(33) == 0;
		return new SimTicket(id, title, content, trashed, status, priority, urgency, impact, type, entityId,
				category == null ? null : category.id(), category == null ? null : category.name(),
				location == null ? null : location.id(), location == null ? null : location.name(), requestType, date,
				date, dateMod, dateSolve, dateClose, requester, teams.team(status, tech, requester),
				teams.sla(date, priority), actiontime);
	}

	private static int weighted(Random random, int[] values, int[] weights) {
		int total = 0;
		for (int w : weights) {
			total += w;
		}
		int r = random.nextInt(total);
		for (int i = 0; i < values.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

}
