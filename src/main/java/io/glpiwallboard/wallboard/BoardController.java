package io.glpiwallboard.wallboard;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The TV board: {@code /} for the whole scope, {@code /board/{entityId}} for an entity and its
 * descendants. Pages come from {@link BoardPages}; the browser revalidates them with their ETag.
 */
@Controller
class BoardController {

	static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

	private final BoardPages pages;

	private final ErrorPages errors;

	BoardController(BoardPages pages, ErrorPages errors) {
		this.pages = pages;
		this.errors = errors;
	}

	@GetMapping("/")
	ResponseEntity<byte[]> all(@RequestParam(required = false) String theme, @RequestParam(required = false) String rotate,
			@RequestParam(required = false) String interval, @RequestParam(required = false) String token) {
		return respond(pages.page(null, BoardOptions.parse(theme, rotate, interval, token)));
	}

	@GetMapping("/board/{entityId}")
	ResponseEntity<byte[]> entity(@PathVariable String entityId, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String rotate, @RequestParam(required = false) String interval,
			@RequestParam(required = false) String token, HttpServletRequest request) {
		if (!entityId.matches("\\d{1,12}")) {
			return errors.respond(request, request.getRequestURI(), 404, "Unknown board",
					"Boards are addressed by GLPI entity id, e.g. /board/3.");
		}
		return respond(pages.page(Long.valueOf(entityId), BoardOptions.parse(theme, rotate, interval, token)));
	}

	private static ResponseEntity<byte[]> respond(BoardPages.Page page) {
		return ResponseEntity.status(page.status())
			.contentType(HTML)
			.cacheControl(CacheControl.noCache())
			.eTag(page.etag())
			.body(page.html());
	}


}
