package io.glpiwallboard.snapshot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open tickets of a scope, read row by row from the {@code glpi_ticket} mirror the
 * latest snapshot was taken from, so the list agrees with its figures: a workbook of
 * 100,000 tickets never holds them in a list.
 */
@Component
public class OpenTickets {

	/**
	 * Rows fetched per round trip; H2 keeps larger results on disk rather than on the
	 * heap.
	 */
	static final int FETCH_SIZE = 1000;

	/**
	 * One open ticket as the workbook shows it; names come from the mirror, codes stay
	 * codes.
	 *
	 * @param groups the assigned groups' complete names, comma-separated, or null
	 * @param technicians the assigned technicians' names, comma-separated, or null
	 * @param timeToResolve the SLA time-to-resolve deadline, or null
	 */
	public record OpenTicket(long id, String title, String entity, int status, Integer priority, Integer type,
			String category, Instant openedAt, Instant modifiedAt, String groups, String technicians,
			Instant timeToResolve) {
	}

	private final JdbcTemplate jdbc;

	private final FiguresRepository figures;

	public OpenTickets(DataSource dataSource, FiguresRepository figures) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(FETCH_SIZE);
		this.figures = figures;
	}

	/**
	 * @param scope the tickets covered; an entity's scope covers its descendants, every
	 * ticket's scope also the tickets without an entity or of an entity GLPI did not list
	 * @param action called once per open ticket, in id order
	 */
	public void forEach(Scope scope, Consumer<OpenTicket> action) {
		// the names of what GLPI did not list, as every other view writes them
		List<Object> params = new ArrayList<>(
				List.of(EntityTree.NO_ENTITY_LABEL, EntityTree.UNKNOWN_ENTITY, GroupDirectory.UNKNOWN_GROUP));
		String where = "";
		if (scope.entityId() != null) {
			Collection<Long> entities = figures.entityTree().subtree(scope.entityId());
			where = " AND t.entity_id IN (" + entities.stream().map(e -> "?").collect(Collectors.joining(",")) + ")";
			params.addAll(entities);
		}
		if (scope.isGroup()) {
			where += " AND EXISTS (SELECT 1 FROM glpi_ticket_member g WHERE g.ticket_id = t.id AND g.member_type = 'Group'"
					+ " AND g.member_id = ?)";
			params.add(scope.groupId());
		}
		// the members through the primary key (ticket_id, member_type, member_id): one
		// index probe per row
		jdbc.query("""
				SELECT t.id, t.title, COALESCE(e.completename, t.entity_completename, t.entity_name,
				         CASE WHEN t.entity_id IS NULL THEN ? ELSE ? || t.entity_id END),
				       t.status, t.priority, t.type, t.category_name, t.opened_at, t.modified_at,
				       (SELECT LISTAGG(COALESCE(gr.completename, m.member_name, ? || m.member_id), ', ')
				                 WITHIN GROUP (ORDER BY COALESCE(gr.completename, m.member_name), m.member_id)
				        FROM glpi_ticket_member m LEFT JOIN glpi_group gr ON gr.id = m.member_id
				        WHERE m.ticket_id = t.id AND m.member_type = 'Group'),
				       (SELECT LISTAGG(COALESCE(m.member_name, 'User #' || m.member_id), ', ')
				                 WITHIN GROUP (ORDER BY m.member_name, m.member_id)
				        FROM glpi_ticket_member m WHERE m.ticket_id = t.id AND m.member_type = 'User'),
				       t.time_to_resolve
				FROM glpi_ticket t LEFT JOIN glpi_entity e ON e.id = t.entity_id
				WHERE %s%s
				ORDER BY t.id
				""".formatted(TicketRules.open("t"), where), rs -> {
			action.accept(new OpenTicket(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), integer(rs, 5),
					integer(rs, 6), rs.getString(7), instant(rs, 8), instant(rs, 9), rs.getString(10), rs.getString(11),
					instant(rs, 12)));
		}, params.toArray());
	}

	private static Integer integer(ResultSet rs, int column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
