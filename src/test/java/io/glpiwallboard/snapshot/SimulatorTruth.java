package io.glpiwallboard.snapshot;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.glpiwallboard.simulator.SimEntity;
import io.glpiwallboard.simulator.SimTicket;
import io.glpiwallboard.simulator.SimulatedGlpi;

/**
 * The figures the board must show, worked out in plain Java from the simulator's own
 * rows, without the product's tables or SQL: the independent side of
 * {@code SimulatorTruthTests}.
 */
final class SimulatorTruth {

	private final List<SimTicket> counted;

	private final Map<Long, SimEntity> entities;

	private final ZoneId zone;

	SimulatorTruth(SimulatedGlpi data, ZoneId zone) {
		this.counted = data.tickets().stream().filter(t -> !t.isDeleted()).toList();
		this.entities = data.entities().stream().collect(Collectors.toMap(SimEntity::id, Function.identity()));
		this.zone = zone;
	}

	/**
	 * The entity and its descendants, found by walking every entity's parents upwards.
	 */
	Set<Long> scope(long root) {
		return entities.keySet().stream().filter(id -> ancestorsAndSelf(id).contains(root)).collect(Collectors.toSet());
	}

	List<SimTicket> open(Set<Long> scope) {
		return counted.stream()
			.filter(t -> t.status() != 5 && t.status() != 6)
			.filter(t -> scope == null || scope.contains(t.entityId()))
			.toList();
	}

	static Map<String, Long> countBy(List<SimTicket> tickets, Function<SimTicket, Integer> key, int... alwaysShown) {
		Map<String, Long> counts = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
		for (int k : alwaysShown) {
			counts.put(Integer.toString(k), 0L);
		}
		tickets.forEach(t -> counts.merge(Integer.toString(key.apply(t)), 1L, Long::sum));
		return counts;
	}

	/** {opened, solved, closed} on that Paris day. */
	long[] flows(LocalDate day, Set<Long> scope) {
		long[] flows = new long[3];
		for (SimTicket t : counted) {
			if (scope == null || scope.contains(t.entityId())) {
				flows[0] += day.equals(day(t.date())) ? 1 : 0;
				flows[1] += day.equals(day(t.dateSolve())) ? 1 : 0;
				flows[2] += day.equals(day(t.dateClose())) ? 1 : 0;
			}
		}
		return flows;
	}

	/**
	 * Open at the end of a past day, by the ticket dates (what a reconstructed day
	 * shows).
	 */
	long openAtEndOf(LocalDate day) {
		return counted.stream().filter(t -> openAtEndOf(t, day)).count();
	}

	/**
	 * Open at the end of a past day with a time-to-resolve deadline before that end, in
	 * Paris time (what a reconstructed day counts as late).
	 */
	long lateAtEndOf(LocalDate day) {
		Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
		return counted.stream()
			.filter(t -> openAtEndOf(t, day))
			.filter(t -> deadline(t) != null && deadline(t).isBefore(end))
			.count();
	}

	private boolean openAtEndOf(SimTicket t, LocalDate day) {
		return !day(t.date()).isAfter(day) && (t.dateSolve() == null || day(t.dateSolve()).isAfter(day))
				&& (t.dateClose() == null || day(t.dateClose()).isAfter(day));
	}

	/** Own open tickets per entity, and with the descendants' added to every ancestor. */
	Map<Long, long[]> openPerEntity() {
		Map<Long, long[]> result = new HashMap<>();
		entities.keySet().forEach(id -> result.put(id, new long[2]));
		for (SimTicket t : open(null)) {
			result.get(t.entityId())[0]++;
			ancestorsAndSelf(t.entityId()).forEach(id -> result.get(id)[1]++);
		}
		return result;
	}

	/**
	 * Counts per bucket: whole 24-hour days since opening, &lt; 1, 1-7, 8-30, 31-90, &gt;
	 * 90.
	 */
	long[] ageBuckets(Instant now) {
		long[] buckets = new long[5];
		for (SimTicket t : open(null)) {
			long days = Duration.between(t.date(), now).toDays();
			buckets[days < 1 ? 0 : days <= 7 ? 1 : days <= 30 ? 2 : days <= 90 ? 3 : 4]++;
		}
		return buckets;
	}

	/**
	 * Open tickets with no assigned technician, group or supplier (requesters and
	 * observers do not count).
	 */
	List<SimTicket> unassigned(Set<Long> scope) {
		return open(scope).stream().filter(t -> !t.team().isAssigned()).toList();
	}

	/**
	 * Open tickets whose time-to-resolve deadline is earlier than {@code asOf} (a
	 * deadline at {@code asOf} is not late).
	 */
	List<SimTicket> late(Set<Long> scope, Instant asOf) {
		return open(scope).stream().filter(t -> deadline(t) != null && deadline(t).isBefore(asOf)).toList();
	}

	/** Open tickets, not late, whose deadline comes before {@code asOf + window}. */
	List<SimTicket> dueSoon(Set<Long> scope, Instant asOf, Duration window) {
		return open(scope).stream()
			.filter(t -> deadline(t) != null && !deadline(t).isBefore(asOf) && deadline(t).isBefore(asOf.plus(window)))
			.toList();
	}

	/**
	 * Open tickets per directly assigned group id: a ticket with two groups counts in
	 * both.
	 */
	Map<Long, Long> openByGroup(Set<Long> scope) {
		Map<Long, Long> counts = new TreeMap<>();
		open(scope).forEach(t -> t.team().groups().forEach(g -> counts.merge(g, 1L, Long::sum)));
		return counts;
	}

	/**
	 * Open tickets assigned to no group (they may still have a technician or a supplier).
	 */
	long noGroup(Set<Long> scope) {
		return open(scope).stream().filter(t -> t.team().groups().isEmpty()).count();
	}

	/**
	 * Open tickets assigned to the group itself (not to its sub-groups), within an entity
	 * scope or everywhere.
	 */
	List<SimTicket> openInGroup(long groupId, Set<Long> scope) {
		return open(scope).stream().filter(t -> t.team().groups().contains(groupId)).toList();
	}

	/**
	 * A group's open tickets with no assigned technician: "waiting for a technician" on
	 * the group's board.
	 */
	List<SimTicket> waitingForTechnician(long groupId, Set<Long> scope) {
		return openInGroup(groupId, scope).stream().filter(t -> t.team().technicians().isEmpty()).toList();
	}

	/** The SLA time-to-resolve deadline (GLPI's {@code time_to_resolve}), or null. */
	static Instant deadline(SimTicket t) {
		return t.sla().timeToResolve();
	}

	List<Long> oldestIds(int n) {
		return open(null).stream()
			.sorted(Comparator.comparing(SimTicket::date).thenComparing(SimTicket::id))
			.limit(n)
			.map(SimTicket::id)
			.toList();
	}

	private List<Long> ancestorsAndSelf(long id) {
		List<Long> chain = new java.util.ArrayList<>();
		for (Long at = id; at != null && !chain.contains(at); at = entities.get(at).parentId()) {
			chain.add(at);
		}
		return chain;
	}

	private LocalDate day(Instant instant) {
		return instant == null ? null : instant.atZone(zone).toLocalDate();
	}

}
