package io.glpiwallboard.glpi;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A ticket status {@code {id, name}}; {@code name} is translated by GLPI, so only
 * {@code id} is used.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GlpiStatus(Integer id, String name) {

	@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
	public GlpiStatus(@JsonProperty("id") Integer id, @JsonProperty("name") String name) {
		this.id = id;
		this.name = name;
	}

	/** Some implementations and plugins send the bare code instead of the object. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static GlpiStatus of(int id) {
		return new GlpiStatus(id, null);
	}

}
