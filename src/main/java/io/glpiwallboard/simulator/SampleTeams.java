package io.glpiwallboard.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Who works on each sample ticket and by when: the group tree, teams (technicians,
 * groups, suppliers, observers) and SLA/OLA deadlines. It draws from its own seeded
 * {@link Random}, so adding teams left the other ticket fields of a seed exactly as they
 * were.
 * <p>
 * About half the New tickets are unassigned and the other half wait in a group for a
 * technician (New is a quarter of the open tickets, so about one open ticket in eight is
 * unassigned); one assigned ticket in eight has a second group; a few have a supplier,
 * alone or beside a technician. Most tickets have an SLA time-to-resolve deadline that
 * depends on the priority, so old open tickets are late and recent ones fall due over the
 * next hours and days.
 */
final class SampleTeams {

	/**
	 * Support groups in the order a random pick uses; the parent "Field services" (5) is
	 * picked rarely.
	 */
	private static final long[] SUPPORT_GROUPS = { 1, 2, 2, 3, 4, 6, 7, 1, 2, 3, 4, 6, 7, 5 };

	private static final long REQUESTER_GROUP = 8;

	private static final long OBSERVER_GROUP = 9;

	private final Random random;

	/**
	 * A million tickets share a few hundred distinct teams: keep one instance of each.
	 */
	private final Map<SimTeam, SimTeam> interned = new HashMap<>();

	SampleTeams(long seed) {
		this.random = new Random(seed * 31 + 0x7EA4L);
	}

	/**
	 * The group tree: two levels, a sub-group under a group that also gets tickets, names
	 * with {@code < " &}.
	 */
	static List<SimGroup> groups() {
		return List.of(new SimGroup(1, "Service Desk", "Service Desk", null, 1, "First and second level support", true),
				new SimGroup(2, "N1 <Front line>", "Service Desk > N1 <Front line>", 1L, 2, null, true),
				new SimGroup(3, "N2 \"Experts\"", "Service Desk > N2 \"Experts\"", 1L, 2, null, true),
				new SimGroup(4, "Network & Telecom", "Network & Telecom", null, 1, null, true),
				new SimGroup(5, "Field services", "Field services", null, 1, "On-site interventions", true),
				new SimGroup(6, "Paris & Lyon", "Field services > Paris & Lyon", 5L, 2, null, true),
				new SimGroup(7, "Applications (ERP)", "Applications (ERP)", null, 1, null, true),
				new SimGroup(8, "Finance users", "Finance users", null, 1, "Requesters", false),
				new SimGroup(9, "Management <Direction>", "Management <Direction>", null, 1, "Observers", false),
				new SimGroup(12, "Former helpdesk (archived)", "Former helpdesk (archived)", null, 1, null, false));
	}

	/**
	 * @param technician the technician the main data drew for this ticket (used when it
	 * gets one)
	 * @param requester the ticket's writer, never also an observer
	 */
	SimTeam team(int status, long technician, long requester) {
		List<Long> observers = List.of();
		if (random.nextInt(5) == 0) {
			long observer = SimDirectory.REQUESTERS.get(random.nextInt(SimDirectory.REQUESTERS.size())).id();
			observers = observer == requester ? List.of() : List.of(observer);
		}
		Long requesterGroup = random.nextInt(10) == 0 ? REQUESTER_GROUP : null;
		Long observerGroup = random.nextInt(25) == 0 ? OBSERVER_GROUP : null;
		List<Long> technicians = List.of();
		List<Long> groups = List.of();
		Long supplier = null;
		int kind = random.nextInt(100);
		if (status == SimTicket.NEW) {
			// half unassigned, half waiting in a group for a technician
			groups = kind < 50 ? List.of() : List.of(supportGroup());
		}
		else if (kind < 2) {
			supplier = supplier();
		}
		else if (kind < 6) {
			groups = List.of(supportGroup());
		}
		else if (kind < 9) {
			technicians = List.of(technician);
		}
		else {
			technicians = List.of(technician);
			groups = List.of(random.nextInt(10) == 0 ? supportGroup() : SimDirectory.TECHNICIAN_GROUP.get(technician));
			if (random.nextInt(30) == 0) {
				supplier = supplier();
			}
		}
		if (!groups.isEmpty() && random.nextInt(8) == 0) {
			long second = supportGroup();
			if (second != groups.get(0)) {
				groups = List.of(groups.get(0), second);
			}
		}
		SimTeam team = new SimTeam(technicians, groups, supplier, observers, requesterGroup, observerGroup);
		return interned.computeIfAbsent(team, t -> t);
	}

	/** An SLA on most tickets (time to resolve by priority), an OLA on some of them. */
	SimSla sla(Instant opened, int priority) {
		if (random.nextInt(100) >= 85) {
			return SimSla.NONE;
		}
		Duration toResolve = Duration.ofHours(switch (priority) {
			case 6 -> 4;
			case 5 -> 8;
			case 4 -> 24;
			case 3 -> 72;
			case 2 -> 120;
			default -> 240;
		});
		Instant timeToResolve = opened.plus(toResolve);
		if (random.nextInt(10) >= 3) {
			return new SimSla(timeToResolve, null, null);
		}
		return new SimSla(timeToResolve, opened.plus(toResolve.dividedBy(2)), opened.plus(Duration.ofHours(1)));
	}

	private long supportGroup() {
		return SUPPORT_GROUPS[random.nextInt(SUPPORT_GROUPS.length)];
	}

	private Long supplier() {
		return SimDirectory.SUPPLIERS.get(random.nextInt(SimDirectory.SUPPLIERS.size())).id();
	}

}
