package io.glpiwallboard.glpi;

/** The list endpoints the wallboard reads. */
public enum GlpiResource {

	TICKET("/Assistance/Ticket", GlpiTicket.class),
	ENTITY("/Administration/Entity", GlpiEntity.class);

	private final String path;

	private final Class<?> itemType;

	GlpiResource(String path, Class<?> itemType) {
		this.path = path;
		this.itemType = itemType;
	}

	public String path() {
		return path;
	}

	Class<?> itemType() {
		return itemType;
	}

}
