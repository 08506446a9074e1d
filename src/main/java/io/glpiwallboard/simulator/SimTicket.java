package io.glpiwallboard.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * One ticket as the simulated database row. Names of users, request types and entities
 * are looked up at serialisation time ({@link SimDirectory}, {@link SimulatedGlpi}) so
 * that a million rows stay small. Dates are stored as instants and rendered in the server
 * zone.
 *
 * @param recipientId user who wrote the ticket (also the requester in {@code team})
 * @param team assigned technicians, groups and supplier, observers, requester group
 * @param sla service-level deadlines
 * @param actiontime total task time in seconds
 */
public record SimTicket(long id, String name, String content, boolean isDeleted, int status, int priority, int urgency,
		int impact, int type, long entityId, Long categoryId, String categoryName, Long locationId, String locationName,
		Long requestTypeId, Instant date, Instant dateCreation, Instant dateMod, Instant dateSolve, Instant dateClose,
		long recipientId, SimTeam team, SimSla sla, int actiontime) {

	public static final int NEW = 1;

	public static final int ASSIGNED = 2;

	public static final int PLANNED = 3;

	public static final int WAITING = 4;

	public static final int SOLVED = 5;

	public static final int CLOSED = 6;

	public static final int APPROVAL = 10;

	public SimTicket {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(dateCreation, "dateCreation");
		Objects.requireNonNull(dateMod, "dateMod");
		content = content == null ? "" : content;
		team = team == null ? SimTeam.NONE : team;
		sla = sla == null ? SimSla.NONE : sla;
	}

	/**
	 * A minimal open ticket, handy for tests that create tickets while a client is
	 * paging.
	 */
	public static SimTicket simple(long id, String name, long entityId, Instant when) {
		return new SimTicket(id, name, "<p>" + name + "</p>", false, NEW, 3, 3, 3, 1, entityId, null, null, null, null,
				1L, when, when, when, null, null, SimDirectory.SERVICE_USER_ID, SimTeam.NONE, SimSla.NONE, 0);
	}

	public static String statusName(int status) {
		return switch (status) {
			case NEW -> "New";
			case ASSIGNED -> "Processing (assigned)";
			case PLANNED -> "Processing (planned)";
			case WAITING -> "Pending";
			case SOLVED -> "Solved";
			case CLOSED -> "Closed";
			case APPROVAL -> "Approval";
			default -> "Unknown status " + status;
		};
	}

	public boolean isOpen() {
		return status != SOLVED && status != CLOSED;
	}

	/**
	 * When the ticket was taken into account (GLPI's {@code takeintoaccountdate}, API
	 * {@code take_into_account_date}; not a deadline): some minutes after opening once it
	 * left New with someone assigned, else null. Derived, so it needs no storage.
	 */
	public Instant takenIntoAccountAt() {
		return status == NEW || !team.isAssigned() ? null : date.plusSeconds(300 + (id % 97) * 60);
	}

	/** The request type's name as GLPI shows it, or null without a request type. */
	public String requestTypeName() {
		return requestTypeId == null ? null : SimDirectory.requestTypeName(requestTypeId);
	}

	public SimTicket withId(long v) {
		return new SimTicket(v, name, content, isDeleted, status, priority, urgency, impact, type, entityId, categoryId,
				categoryName, locationId, locationName, requestTypeId, date, dateCreation, dateMod, dateSolve,
				dateClose, recipientId, team, sla, actiontime);
	}

	public SimTicket withName(String v) {
		return new SimTicket(id, v, content, isDeleted, status, priority, urgency, impact, type, entityId, categoryId,
				categoryName, locationId, locationName, requestTypeId, date, dateCreation, dateMod, dateSolve,
				dateClose, recipientId, team, sla, actiontime);
	}

	public SimTicket withDeleted(boolean v) {
		return new SimTicket(id, name, content, v, status, priority, urgency, impact, type, entityId, categoryId,
				categoryName, locationId, locationName, requestTypeId, date, dateCreation, dateMod, dateSolve,
				dateClose, recipientId, team, sla, actiontime);
	}

	public SimTicket withEntityId(long v) {
		return new SimTicket(id, name, content, isDeleted, status, priority, urgency, impact, type, v, categoryId,
				categoryName, locationId, locationName, requestTypeId, date, dateCreation, dateMod, dateSolve,
				dateClose, recipientId, team, sla, actiontime);
	}

	public SimTicket withPriority(int v) {
		return new SimTicket(id, name, content, isDeleted, status, v, urgency, impact, type, entityId, categoryId,
				categoryName, locationId, locationName, requestTypeId, date, dateCreation, dateMod, dateSolve,
				dateClose, recipientId, team, sla, actiontime);
	}

	public SimTicket withDateMod(Instant v) {
		return new SimTicket(id, name, content, isDeleted, status, priority, urgency, impact, type, entityId,
				categoryId, categoryName, locationId, locationName, requestTypeId, date, dateCreation, v, dateSolve,
				dateClose, recipientId, team, sla, actiontime);
	}

	/**
	 * Changes the status and keeps the solve/close dates consistent with it, like GLPI
	 * does: solving stamps date_solve, closing stamps date_close, reopening clears both.
	 */
	public SimTicket withStatus(int v, Instant now) {
		Instant solve = dateSolve;
		Instant close = dateClose;
		if (v == SOLVED) {
			solve = solve == null ? now : solve;
			close = null;
		}
		else if (v == CLOSED) {
			solve = solve == null ? now : solve;
			close = close == null ? now : close;
		}
		else {
			solve = null;
			close = null;
		}
		// back to New drops the assignments; leaving New without a technician brings one
		// in
		SimTeam newTeam = v == NEW ? team.withoutAssignments()
				: team.technicians().isEmpty() ? team.withTechnician(SimDirectory.firstTechnicianId()) : team;
		return new SimTicket(id, name, content, isDeleted, v, priority, urgency, impact, type, entityId, categoryId,
				categoryName, locationId, locationName, requestTypeId, date, dateCreation, dateMod, solve, close,
				recipientId, newTeam, sla, actiontime);
	}

	/**
	 * The same ticket with another team (assignments added or removed, as a technician
	 * does in GLPI).
	 */
	public SimTicket withTeam(SimTeam v) {
		return new SimTicket(id, name, content, isDeleted, status, priority, urgency, impact, type, entityId,
				categoryId, categoryName, locationId, locationName, requestTypeId, date, dateCreation, dateMod,
				dateSolve, dateClose, recipientId, v, sla, actiontime);
	}

	/** The same ticket with other service-level deadlines. */
	public SimTicket withSla(SimSla v) {
		return new SimTicket(id, name, content, isDeleted, status, priority, urgency, impact, type, entityId,
				categoryId, categoryName, locationId, locationName, requestTypeId, date, dateCreation, dateMod,
				dateSolve, dateClose, recipientId, team, v, actiontime);
	}
}
