package io.glpiwallboard.wallboard;


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

	private final BoardRenderer renderer;

	BoardController(BoardPages pages, BoardRenderer renderer) {
		this.pages = pages;
		this.renderer = renderer;
	}

	@GetMapping("/")
	ResponseEntity<byte[]> all(@RequestParam(required = false) String theme, @RequestParam(required = false) String rotate,
			@RequestParam(required = false) String interval, @RequestParam(required = false) String token) {
		return respond(pages.page(null, BoardOptions.parse(theme, rotate, interval, token)));
	}

	@GetMapping("/board/{entityId}")
	ResponseEntity<byte[]> entity(@PathVariable String entityId, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String rotate, @RequestParam(required = false) String interval,
			@RequestParam(required = false) String token) {
		BoardOptions options = BoardOptions.parse(theme, rotate, interval, token);
		if (!entityId.matches("\\d{1,12}")) {
			String html = renderer.message(404, "Unknown board", "Boards are addressed by GLPI entity id, e.g. /board/3.",
					options.theme(), "/" + options.query(false));
			return ResponseEntity.status(404).contentType(HTML).body(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		return respond(pages.page(Long.valueOf(entityId), options));
	}

	private static ResponseEntity<byte[]> respond(BoardPages.Page page) {
		return ResponseEntity.status(page.status())
			.contentType(HTML)
			.cacheControl(CacheControl.noCache())
			.eTag(page.etag())
			.body(page.html());
	}


}
