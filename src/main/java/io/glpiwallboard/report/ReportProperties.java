package io.glpiwallboard.report;

import java.nio.file.Path;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the daily workbooks go and who receives which slice of them.
 *
 * @param dir folder of the workbooks {@code glpi-report-YYYY-MM-DD[-entity-ID].xlsx}; created if missing
 * @param recipients who gets a workbook by mail: each entry gets its own workbook restricted to its
 * entity and the entity's descendants (no entity: everything)
 */
@Validated
@ConfigurationProperties("report")
public record ReportProperties(
		@DefaultValue("./reports") @NotNull Path dir,
		@DefaultValue @Valid List<Recipient> recipients) {

	/**
	 * @param entity GLPI entity id of the slice; absent for all entities
	 * @param to the addresses that receive it (all in one mail)
	 */
	public record Recipient(Long entity, @NotEmpty List<@NotBlank @Email String> to) {

		@Override
		public String toString() {
			return (entity == null ? "all entities" : "entity " + entity) + " -> " + String.join(", ", to);
		}

	}

}
