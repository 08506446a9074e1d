package io.glpiwallboard.simulator;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service account's profile rights: by default it may read everything; a test can
 * take away the READ right on {@code Entity} or {@code Group}, and GLPI then answers
 * their lists and items with 403 {@code ERROR_RIGHT_MISSING}, while tickets (which still
 * name entities and team members) stay readable.
 */
public final class AccountRights {

	private final Set<String> denied = ConcurrentHashMap.newKeySet();

	/** Takes away READ on an itemtype, e.g. {@code "Group"}. */
	public void deny(String itemtype) {
		denied.add(itemtype.toLowerCase(Locale.ROOT));
	}

	/** Gives every right back. */
	public void allowAll() {
		denied.clear();
	}

	boolean mayRead(String itemtype) {
		return !denied.contains(itemtype.toLowerCase(Locale.ROOT));
	}

}
