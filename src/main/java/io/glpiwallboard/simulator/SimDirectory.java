package io.glpiwallboard.simulator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The small, fixed lookup tables of the simulated GLPI (users, suppliers, categories,
 * locations, request types). Tickets store ids only; names are resolved here when a
 * ticket is rendered, which keeps a million tickets compact.
 */
final class SimDirectory {

	/** The service account the OAuth password grant logs in as. */
	static final long SERVICE_USER_ID = 7;

	record User(long id, String login, String realname, String firstname) {
		String displayName() {
			return realname + " " + firstname;
		}
	}

	record Ref(long id, String name) {
	}

	static final List<User> REQUESTERS = List.of(new User(10, "jdupont", "Dupont", "Jeanne"),
			new User(11, "fmuller", "Müller", "François"), new User(12, "tyamada", "山田", "太郎"),
			new User(13, "mrossi", "Rossi", "Marco"), new User(14, "agarcia", "García", "Ana"),
			new User(15, "lnguyen", "Nguyễn", "Linh"), new User(16, "pmartin", "Martin", "Pierre"),
			new User(17, "sschmidt", "Schmidt", "Sören"), new User(18, "ebrown", "Brown", "Emily"),
			new User(19, "olefevre", "Lefèvre", "Océane"), new User(20, "kkowalski", "Kowalski", "Krzysztof"),
			new User(21, "hsato", "佐藤", "花子"), new User(22, "dbernard", "Bernard", "Dominique"),
			new User(23, "yoh", "O'Hara", "Yann"), new User(24, "cpetit", "Petit", "Chloé"),
			new User(25, "rdubois", "Dubois", "Rémi"));

	static final List<User> TECHNICIANS = List.of(new User(100, "tech.alice", "Leroy", "Alice"),
			new User(101, "tech.bruno", "Moreau", "Bruno"), new User(102, "tech.chen", "Chen", "Wei"),
			new User(103, "tech.dana", "Fischer", "Dana"), new User(104, "tech.elias", "Weber", "Elias"),
			new User(105, "tech.fatou", "Diallo", "Fatou"), new User(106, "tech.gunnar", "Larsen", "Gunnar"),
			new User(107, "tech.hiro", "高橋", "博"));

	/**
	 * Each technician's support group ({@link SampleData#groups()}): tickets a technician
	 * takes are usually assigned to that group too. Group 1 (the parent "Service Desk")
	 * gets tickets directly as well.
	 */
	static final Map<Long, Long> TECHNICIAN_GROUP = Map.of(100L, 2L, 101L, 2L, 102L, 3L, 103L, 3L, 104L, 4L, 105L, 6L,
			106L, 7L, 107L, 4L);

	/** Suppliers (third-party maintainers) a ticket can be assigned to. */
	static final List<Ref> SUPPLIERS = List.of(new Ref(1, "Acme Printing & Co"), new Ref(2, "Telco \"Fibre\" <Ltd>"));

	static final User SERVICE_USER = new User(SERVICE_USER_ID, "glpi-sync", "Sync", "Wallboard");

	static final List<Ref> CATEGORIES = List.of(new Ref(1, "Hardware"), new Ref(2, "Software"), new Ref(3, "Network"),
			new Ref(4, "Printers"), new Ref(5, "Accounts & access"), new Ref(6, "Email"), new Ref(7, "Telephony"),
			new Ref(8, "Security"), new Ref(9, "Facilities"), new Ref(10, "Onboarding"),
			new Ref(11, "Mobilité / Smartphones"), new Ref(12, "ERP"));

	static final List<Ref> LOCATIONS = List.of(new Ref(1, "Building A"), new Ref(2, "Building B"),
			new Ref(3, "3rd floor"), new Ref(4, "Open space"), new Ref(5, "Data center"), new Ref(6, "Warehouse"),
			new Ref(7, "Salle de réunion Étoile"), new Ref(8, "Remote / Home office"), new Ref(9, "Reception"));

	static final List<Ref> REQUEST_TYPES = List.of(new Ref(1, "Helpdesk"), new Ref(2, "E-Mail"), new Ref(3, "Phone"),
			new Ref(4, "Direct"), new Ref(5, "Written"), new Ref(6, "Other"));

	private SimDirectory() {
	}

	static long firstTechnicianId() {
		return TECHNICIANS.get(0).id();
	}

	private static final Map<Long, User> USERS_BY_ID = usersById();

	private static Map<Long, User> usersById() {
		Map<Long, User> map = new HashMap<>();
		REQUESTERS.forEach(u -> map.put(u.id(), u));
		TECHNICIANS.forEach(u -> map.put(u.id(), u));
		map.put(SERVICE_USER_ID, SERVICE_USER);
		return Map.copyOf(map);
	}

	static User user(long id) {
		User user = USERS_BY_ID.get(id);
		return user != null ? user : new User(id, "user" + id, "User", String.valueOf(id));
	}

	static String supplierName(long id) {
		for (Ref r : SUPPLIERS) {
			if (r.id() == id) {
				return r.name();
			}
		}
		return "Supplier " + id;
	}

	static String requestTypeName(long id) {
		for (Ref r : REQUEST_TYPES) {
			if (r.id() == id) {
				return r.name();
			}
		}
		return "Request type " + id;
	}

}
