package io.glpiwallboard.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The simulated GLPI database: the "truth" tests compare a client's results against.
 * <p>
 * Readers take the current id-sorted snapshot array without locking; writers are
 * serialised and publish a new snapshot. In-place updates only replace one slot, so a
 * million-row store is never copied for a single change; inserts and purges copy the
 * array (they are rare).
 */
public final class SimulatedGlpi {

	private final List<SimEntity> entities;

	private final Map<Long, SimEntity> entitiesById = new HashMap<>();

	private final List<SimGroup> groups;

	private final Map<Long, SimGroup> groupsById = new HashMap<>();

	private final Clock clock;

	private final ZoneId zone;

	private final WallClock wallClock;

	private final Object writeLock = new Object();

	private volatile SimTicket[] tickets;

	/** A store without groups. */
	public SimulatedGlpi(List<SimEntity> entities, Collection<SimTicket> tickets, Clock clock, ZoneId zone) {
		this(entities, List.of(), tickets, clock, zone);
	}

	public SimulatedGlpi(List<SimEntity> entities, List<SimGroup> groups, Collection<SimTicket> tickets, Clock clock,
			ZoneId zone) {
		this.entities = List.copyOf(entities);
		this.entities.forEach(e -> entitiesById.put(e.id(), e));
		this.groups = List.copyOf(groups);
		this.groups.forEach(g -> groupsById.put(g.id(), g));
		this.clock = clock;
		this.zone = zone;
		this.wallClock = new WallClock(zone);
		SimTicket[] array = tickets.toArray(new SimTicket[0]);
		Arrays.sort(array, (a, b) -> Long.compare(a.id(), b.id()));
		this.tickets = array;
	}

	/** A copy of all tickets (trashed included), sorted by id. */
	public List<SimTicket> tickets() {
		return List.of(tickets);
	}

	public int ticketCount() {
		return tickets.length;
	}

	public Optional<SimTicket> ticket(long id) {
		SimTicket[] snapshot = tickets;
		int index = indexOf(snapshot, id);
		return index < 0 ? Optional.empty() : Optional.of(snapshot[index]);
	}

	public List<SimEntity> entities() {
		return entities;
	}

	public Optional<SimEntity> entity(long id) {
		return Optional.ofNullable(entitiesById.get(id));
	}

	/** The group tree, sorted by id. */
	public List<SimGroup> groups() {
		return groups;
	}

	public Optional<SimGroup> group(long id) {
		return Optional.ofNullable(groupsById.get(id));
	}

	/** A user's login, GLPI's {@code name} of a team member of type User. */
	public String userLogin(long userId) {
		return SimDirectory.user(userId).login();
	}

	/**
	 * A user's display name ("Realname Firstname"), the {@code display_name} of a team
	 * member of type User.
	 */
	public String userDisplayName(long userId) {
		return SimDirectory.user(userId).displayName();
	}

	/** A supplier's name. */
	public String supplierName(long supplierId) {
		return SimDirectory.supplierName(supplierId);
	}

	public ZoneId zone() {
		return zone;
	}

	WallClock wallClock() {
		return wallClock;
	}

	/** Now, per the settings clock, at GLPI's one-second resolution. */
	public Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	public long maxTicketId() {
		SimTicket[] snapshot = tickets;
		return snapshot.length == 0 ? 0 : snapshot[snapshot.length - 1].id();
	}

	/** Creates an open ticket dated now with the next free id. */
	public SimTicket createTicket(String name, long entityId) {
		return addTicket(SimTicket.simple(0, name, entityId, now()));
	}

	/**
	 * Inserts a ticket; an id of 0 or less means "next auto-increment id". An existing id
	 * is replaced.
	 */
	public SimTicket addTicket(SimTicket ticket) {
		synchronized (writeLock) {
			SimTicket toStore = ticket.id() > 0 ? ticket : ticket.withId(maxTicketId() + 1);
			SimTicket[] current = tickets;
			int index = indexOf(current, toStore.id());
			if (index >= 0) {
				SimTicket[] copy = current.clone();
				copy[index] = toStore;
				tickets = copy;
			}
			else {
				int insertAt = -index - 1;
				SimTicket[] copy = new SimTicket[current.length + 1];
				System.arraycopy(current, 0, copy, 0, insertAt);
				copy[insertAt] = toStore;
				System.arraycopy(current, insertAt, copy, insertAt + 1, current.length - insertAt);
				tickets = copy;
			}
			return toStore;
		}
	}

	/**
	 * Applies a change and bumps date_mod to now, like any edit in GLPI. Returns the new
	 * row, if the id exists.
	 */
	public Optional<SimTicket> updateTicket(long id, UnaryOperator<SimTicket> change) {
		synchronized (writeLock) {
			SimTicket[] current = tickets;
			int index = indexOf(current, id);
			if (index < 0) {
				return Optional.empty();
			}
			SimTicket updated = change.apply(current[index]).withId(id).withDateMod(now());
			current[index] = updated;
			tickets = current; // volatile write publishes the slot change
			return Optional.of(updated);
		}
	}

	/** Bulk variant for large changes (the benchmark's "touch"), publishing once. */
	public int updateTickets(Collection<Long> ids, UnaryOperator<SimTicket> change) {
		synchronized (writeLock) {
			SimTicket[] current = tickets;
			Instant now = now();
			int changed = 0;
			for (long id : ids) {
				int index = indexOf(current, id);
				if (index >= 0) {
					current[index] = change.apply(current[index]).withId(id).withDateMod(now);
					changed++;
				}
			}
			tickets = current;
			return changed;
		}
	}

	/** Deletes a ticket for good: it simply disappears from every list. */
	public boolean purgeTicket(long id) {
		synchronized (writeLock) {
			SimTicket[] current = tickets;
			int index = indexOf(current, id);
			if (index < 0) {
				return false;
			}
			SimTicket[] copy = new SimTicket[current.length - 1];
			System.arraycopy(current, 0, copy, 0, index);
			System.arraycopy(current, index + 1, copy, index, current.length - index - 1);
			tickets = copy;
			return true;
		}
	}

	/** Moves a ticket to the trash (is_deleted = true); it stays visible in searches. */
	public Optional<SimTicket> trashTicket(long id) {
		return updateTicket(id, t -> t.withDeleted(true));
	}

	/**
	 * The entity itself plus, when recursive, all its descendants. Unknown ids give an
	 * empty set.
	 */
	public Set<Long> entityScope(long entityId, boolean recursive) {
		Set<Long> scope = new HashSet<>();
		if (!entitiesById.containsKey(entityId)) {
			return scope;
		}
		scope.add(entityId);
		if (recursive) {
			boolean grew = true;
			while (grew) {
				grew = false;
				for (SimEntity e : entities) {
					if (e.parentId() != null && scope.contains(e.parentId()) && scope.add(e.id())) {
						grew = true;
					}
				}
			}
		}
		return scope;
	}

	/** The id-sorted array itself, for read-only use by the search code. */
	SimTicket[] snapshot() {
		return tickets;
	}

	List<Long> allIds() {
		SimTicket[] snapshot = tickets;
		List<Long> ids = new ArrayList<>(snapshot.length);
		for (SimTicket t : snapshot) {
			ids.add(t.id());
		}
		return ids;
	}

	static int indexOf(SimTicket[] sorted, long id) {
		int lo = 0;
		int hi = sorted.length - 1;
		while (lo <= hi) {
			int mid = (lo + hi) >>> 1;
			long midId = sorted[mid].id();
			if (midId < id) {
				lo = mid + 1;
			}
			else if (midId > id) {
				hi = mid - 1;
			}
			else {
				return mid;
			}
		}
		return -(lo + 1);
	}

}
