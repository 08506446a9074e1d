package io.glpiwallboard.glpi;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The ticket fields the wallboard uses. Unknown fields are ignored (schemas grow with
 * each minor version); status and priority are kept as they come (10 = Approval, 6 =
 * Major, plugin codes).
 * <p>
 * The service-level dates map to these columns of GLPI's {@code glpi_tickets} table (the
 * {@code x-field} of each property in
 * {@code src/Glpi/Api/HL/Controller/ITILController.php}, API 2.1.0 unless noted):
 * {@code resolution_date} = {@code time_to_resolve} (SLA time-to-resolve deadline),
 * {@code internal_resolution_date} = {@code internal_time_to_resolve} (OLA deadline),
 * {@code take_into_account_date} = {@code takeintoaccountdate} (when the ticket was
 * actually taken into account, not a deadline), {@code take_into_account_duration} =
 * {@code takeintoaccount_delay_stat} (seconds), {@code internal_take_into_account_date} =
 * {@code internal_time_to_own} (OLA time-to-own deadline) and, from API 2.3.0 only,
 * {@code own_date} = {@code time_to_own} (SLA time-to-own deadline).
 *
 * @param assigned the {@code team} members with role {@code assigned}, of a known type
 * and with an id, each (type, id) once; requesters, observers and entries the wallboard
 * cannot place are left out; empty when GLPI sent no team
 * @param requestType how the request arrived (Helpdesk, E-Mail, Phone...)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GlpiTicket(long id, String name, @JsonProperty("is_deleted") Boolean deleted, GlpiStatus status,
		Integer priority, Integer urgency, Integer impact, Integer type, GlpiRef entity, GlpiRef category,
		OffsetDateTime date, @JsonProperty("date_mod") OffsetDateTime dateMod,
		@JsonProperty("date_solve") OffsetDateTime dateSolve, @JsonProperty("date_close") OffsetDateTime dateClose,
		@JsonProperty("resolution_date") OffsetDateTime resolutionDate,
		@JsonProperty("internal_resolution_date") OffsetDateTime internalResolutionDate,
		@JsonProperty("take_into_account_date") OffsetDateTime takeIntoAccountDate,
		@JsonProperty("take_into_account_duration") Long takeIntoAccountDuration,
		@JsonProperty("internal_take_into_account_date") OffsetDateTime internalTakeIntoAccountDate,
		@JsonProperty("own_date") OffsetDateTime ownDate, @JsonProperty("request_type") GlpiRef requestType,
		GlpiRef location, @JsonProperty("team") @JsonDeserialize(
				using = AssignedMembersDeserializer.class) List<GlpiTeamMember> assigned) {

	public GlpiTicket {
		assigned = assigned == null ? List.of() : assigned;
	}

	public boolean isDeleted() {
		return Boolean.TRUE.equals(deleted);
	}

	/**
	 * The status code, or 0 when GLPI sent none (counted as an unknown, hence open,
	 * status).
	 */
	public int statusId() {
		return status == null || status.id() == null ? 0 : status.id();
	}

}
