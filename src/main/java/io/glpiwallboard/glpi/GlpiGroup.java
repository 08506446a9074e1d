package io.glpiwallboard.glpi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A group of GLPI's group tree ({@code GET /Administration/Group},
 * {@code AdministrationController.php}: {@code id, name, completename, parent{id,name},
 * level}); {@code parent} is null for a top-level group and {@code completename} joins
 * the names from the top with {@code " > "}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GlpiGroup(long id, String name, String completename, GlpiRef parent, Integer level) {

	public Long parentId() {
		return parent == null ? null : parent.id();
	}

}
