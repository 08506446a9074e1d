package io.glpiwallboard.glpi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An entity of GLPI's tree; {@code parent} is null for the root. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GlpiEntity(long id, String name, String completename, GlpiRef parent, Integer level) {

	public Long parentId() {
		return parent == null ? null : parent.id();
	}

}
