package io.glpiwallboard.glpi;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A GLPI object reference {@code {id, name[, completename]}}; any reference may be null
 * in GLPI's JSON.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GlpiRef(Long id, String name, String completename) {

	@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
	public GlpiRef(@JsonProperty("id") Long id, @JsonProperty("name") String name,
			@JsonProperty("completename") String completename) {
		this.id = id;
		this.name = name;
		this.completename = completename;
	}

	/** Some implementations send a bare foreign key instead of the object. */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static GlpiRef of(long id) {
		return new GlpiRef(id, null, null);
	}

}
