package io.glpiwallboard.wallboard;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.glpiwallboard.snapshot.FiguresRepository;
import io.glpiwallboard.snapshot.WallboardFigures;
import io.glpiwallboard.system.WallboardProperties;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/wallboard[?entity=ID]}: the figures of the latest snapshot as JSON. */
@RestController
class WallboardApiController {

	private final FiguresRepository figures;

	private final Freshness freshness;

	private final WallboardProperties properties;

	private final JsonMapper json;

	/** Per scope: the figures' part of the body, rendered once per snapshot (figures are cached until the next one). */
	private final Map<Long, Rendered> rendered = new ConcurrentHashMap<>();

	private record Rendered(WallboardFigures figures, byte[] json) {
	}

	WallboardApiController(FiguresRepository figures, Freshness freshness, WallboardProperties properties, JsonMapper json) {
		this.figures = figures;
		this.freshness = freshness;
		this.properties = properties;
		this.json = json;
	}

	@GetMapping("/api/wallboard")
	ResponseEntity<?> wallboard(@RequestParam(required = false) Long entity) {
		Freshness.Verdict verdict = freshness.check();
		Optional<WallboardFigures> loaded = figures.load(entity, properties.historyDays());
		if (loaded.isEmpty()) {
			Map<String, Object> error = new LinkedHashMap<>();
			boolean unknownEntity = entity != null && figures.latestObserved().isPresent();
			error.put("error", unknownEntity ? "unknown entity " + entity : "no successful sync yet");
			error.put("stale", true);
			error.put("staleReason", verdict.reason());
			return ResponseEntity.status(unknownEntity ? 404 : 503).body(error);
		}
		WallboardFigures f = loaded.get();
		Map<String, Object> head = new LinkedHashMap<>();
		head.put("asOf", OffsetDateTime.ofInstant(f.asOf().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), properties.zone()));
		head.put("stale", verdict.stale());
		head.put("staleReason", verdict.reason());
		// 100 TVs and scripts ask for the same figures between two syncs: only the freshness is
		// rendered per request, then spliced with the figures' JSON: {head..., figures...}
		byte[] start = json.writeValueAsBytes(head);
		byte[] rest = figuresJson(entity, f);
		byte[] body = new byte[start.length + rest.length - 1];
		System.arraycopy(start, 0, body, 0, start.length - 1);
		body[start.length - 1] = ',';
		System.arraycopy(rest, 1, body, start.length, rest.length - 1);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	private byte[] figuresJson(Long entity, WallboardFigures f) {
		Long key = entity == null ? Long.MIN_VALUE : entity;
		Rendered cached = rendered.get(key);
		if (cached != null && cached.figures() == f) {
			return cached.json();
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("day", f.day());
		body.put("entity", f.entityId());
		body.put("open", f.open());
		body.put("today", f.today());
		Long yesterday = f.openYesterday();
		body.put("openChangeSinceYesterday", yesterday == null ? null : f.open().total() - yesterday);
		body.put("entities", f.entities());
		body.put("trend", f.trend());
		body.put("age", f.age());
		body.put("oldest", f.oldest());
		byte[] bytes = json.writeValueAsBytes(body);
		rendered.put(key, new Rendered(f, bytes));
		return bytes;
	}

}
