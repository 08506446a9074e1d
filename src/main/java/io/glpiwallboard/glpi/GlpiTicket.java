package io.glpiwallboard.glpi;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The ticket fields the wallboard uses. Unknown fields are ignored (schemas grow with each minor
 * version); status and priority are kept as they come (10 = Approval, 6 = Major, plugin codes).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GlpiTicket(
		long id,
		String name,
		@JsonProperty("is_deleted") Boolean deleted,
		GlpiStatus status,
		Integer priority,
		Integer urgency,
		Integer impact,
		Integer type,
		GlpiRef entity,
		GlpiRef category,
		OffsetDateTime date,
		@JsonProperty("date_mod") OffsetDateTime dateMod,
		@JsonProperty("date_solve") OffsetDateTime dateSolve,
		@JsonProperty("date_close") OffsetDateTime dateClose) {

	public boolean isDeleted() {
		return Boolean.TRUE.equals(deleted);
	}

	/** The status code, or 0 when GLPI sent none (counted as an unknown, hence open, status). */
	public int statusId() {
		return status == null || status.id() == null ? 0 : status.id();
	}

}
