package io.glpiwallboard.wallboard.web;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.glpiwallboard.snapshot.Scope;
import io.glpiwallboard.snapshot.WallboardFigures.GroupLine;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.system.TimeZoneProperties;
import io.glpiwallboard.wallboard.Freshness;
import io.glpiwallboard.wallboard.LatestSnapshot;
import io.glpiwallboard.wallboard.view.BoardCache;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/wallboard[?entity=ID][&group=ID]}: the figures of the latest snapshot
 * as JSON, with the full trend (observed and reconstructed days; a group's trend has its
 * observed days only). The figures come from {@link BoardCache}, loaded once per
 * snapshot, so the API shows exactly what the board shows.
 */
@RestController
class WallboardApiController {

	private final LatestSnapshot state;

	private final BoardCache boards;

	private final TimeZoneProperties properties;

	private final JsonMapper json;

	WallboardApiController(LatestSnapshot state, BoardCache boards, TimeZoneProperties properties, JsonMapper json) {
		this.state = state;
		this.boards = boards;
		this.properties = properties;
		this.json = json;
	}

	@GetMapping("/api/wallboard")
	ResponseEntity<?> wallboard(@RequestParam(required = false) Long entity,
			@RequestParam(required = false) Long group) {
		LatestSnapshot.Current current = state.current();
		Freshness.Verdict verdict = current.verdict();
		Scope scope = new Scope(entity, group);
		Optional<WallboardFigures> loaded = current.asOf() == null ? Optional.empty()
				: boards.apiFigures(current.asOf(), scope);
		if (loaded.isEmpty()) {
			Map<String, Object> error = new LinkedHashMap<>();
			boolean unknown = (entity != null || group != null) && current.asOf() != null;
			error.put("error", unknown ? unknown(scope, boards, current) : "no successful sync yet");
			error.put("stale", true);
			error.put("staleReason", verdict.reason());
			return ResponseEntity.status(unknown ? 404 : 503).body(error);
		}
		// serialised once per snapshot, scope and verdict: the full trend is the bulk of
		// every answer
		byte[] cached = boards.rendered(current.asOf(), "api|" + scope + "|" + verdict.stale() + "|" + verdict.reason(),
				() -> json.writeValueAsBytes(body(loaded.get(), verdict)));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(cached);
	}

	private Map<String, Object> body(WallboardFigures f, Freshness.Verdict verdict) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("asOf", OffsetDateTime.ofInstant(f.asOf().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
				properties.zone()));
		body.put("stale", verdict.stale());
		body.put("staleReason", verdict.reason());
		body.put("day", f.day());
		body.put("entity", f.entityId());
		body.put("group", f.groupId());
		body.put("open", f.open());
		body.put("today", f.today());
		body.put("openChangeSinceYesterday", f.openChangeSinceYesterday());
		body.put("entities", f.entities());
		body.put("groups", f.groups().stream().map(WallboardApiController::group).toList());
		body.put("trend", f.trend());
		body.put("age", f.age());
		body.put("oldest", f.oldest());
		return body;
	}

	/**
	 * A group line as the API names it: the due-soon count per group is the workbook's.
	 */
	private static Map<String, Object> group(GroupLine g) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("id", g.id());
		line.put("completename", g.completename());
		line.put("open", g.open());
		line.put("late", g.late());
		line.put("unassigned", g.unassigned());
		return line;
	}

	private static String unknown(Scope scope, BoardCache boards, LatestSnapshot.Current current) {
		boolean entityKnown = scope.entityId() == null || boards.tree(current.asOf()).get(scope.entityId()).isPresent();
		return entityKnown ? "unknown group " + scope.groupId() : "unknown entity " + scope.entityId();
	}

}
