package io.glpiwallboard.glpi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A GLPI object reference {@code {id, name[, completename]}}; any reference may be null in GLPI's JSON. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GlpiRef(Long id, String name, String completename) {
}
