package io.glpiwallboard.report;

import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the daily workbooks go and who receives which slice of them.
 *
 * @param dir folder of the workbooks {@code glpi-report-YYYY-MM-DD[-entity-ID].xlsx};
 * created if missing
 * @param recipients who gets a workbook by mail: each entry gets its own workbook
 * restricted to its entity and the entity's descendants (no entity: everything) and, when
 * it names a group, to the tickets assigned to that group
 * @param fileMode the workbooks' permissions, in octal: {@code 0640} by default, readable
 * by the owner's group (a report share or a web server's group) but not by every local
 * account, since the ticket titles may name people; the owner must be able to read and
 * write, others never write
 */
@Validated
@ConfigurationProperties("report")
public record ReportProperties(@DefaultValue("./reports") @NotNull Path dir,
		@DefaultValue @Valid List<Recipient> recipients, @DefaultValue("0640") @NotNull @Pattern(regexp = FILE_MODE,
				message = "must be an octal file mode like 0640 or 0644: read and write for the owner, no write for others") String fileMode) {

	/** Bound from the configuration: the constructor with every setting. */
	@ConstructorBinding
	public ReportProperties {
	}

	/**
	 * The folder and the recipients, with the default {@code fileMode}, for code and
	 * tests.
	 */
	public ReportProperties(Path dir, List<Recipient> recipients) {
		this(dir, recipients, "0640");
	}

	/**
	 * Octal mode: optional leading 0, owner rw (6 or 7), any group bits, others without
	 * write.
	 */
	static final String FILE_MODE = "0?[67][0-7][0145]";

	/** {@link #fileMode} as POSIX permissions. */
	public Set<PosixFilePermission> filePermissions() {
		int mode = Integer.parseInt(fileMode, 8);
		StringBuilder rwx = new StringBuilder();
		for (int shift = 6; shift >= 0; shift -= 3) {
			int bits = mode >> shift;
			rwx.append((bits & 4) != 0 ? 'r' : '-')
				.append((bits & 2) != 0 ? 'w' : '-')
				.append((bits & 1) != 0 ? 'x' : '-');
		}
		return PosixFilePermissions.fromString(rwx.toString());
	}

	/**
	 * @param entity GLPI entity id of the slice (with its sub-entities); absent for all
	 * entities
	 * @param group GLPI group id: only the tickets assigned to that group (within
	 * {@code entity} when both are given); absent for any group
	 * @param to the addresses that receive it (all in one mail)
	 */
	public record Recipient(@PositiveOrZero Long entity, @PositiveOrZero Long group,
			@NotEmpty List<@NotBlank @Email String> to) {

		/**
		 * "all entities", "entity 3", "group 5" or "group 5 in entity 3", for messages.
		 */
		public String scope() {
			if (group == null) {
				return entity == null ? "all entities" : "entity " + entity;
			}
			return "group " + group + (entity == null ? "" : " in entity " + entity);
		}

		@Override
		public String toString() {
			return scope() + " -> " + String.join(", ", to);
		}

	}

}
