package io.glpiwallboard.glpi;

/** The list endpoints the wallboard reads. */
public enum GlpiResource {

	TICKET("/Assistance/Ticket"), ENTITY("/Administration/Entity"), GROUP("/Administration/Group");

	private final String path;

	GlpiResource(String path) {
		this.path = path;
	}

	public String path() {
		return path;
	}

}
