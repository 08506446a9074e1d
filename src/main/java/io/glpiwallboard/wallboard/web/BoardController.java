package io.glpiwallboard.wallboard.web;

import java.util.function.LongFunction;

import jakarta.servlet.http.HttpServletRequest;

import io.glpiwallboard.snapshot.Scope;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The TV board: {@code /} for the whole scope, {@code /board/{entityId}} for an entity
 * and its descendants, {@code /board/group/{groupId}} for the tickets assigned to a
 * group. Pages come from {@link BoardPages}; the browser revalidates them with their
 * ETag.
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
	ResponseEntity<byte[]> all(@RequestParam(required = false) String theme,
			@RequestParam(required = false) String rotate, @RequestParam(required = false) String interval,
			@RequestParam(required = false) String token) {
		return respond(pages.page(Scope.everything(), BoardOptions.parse(theme, rotate, interval, token)));
	}

	@GetMapping("/board/{entityId}")
	ResponseEntity<byte[]> entity(@PathVariable String entityId, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String rotate, @RequestParam(required = false) String interval,
			@RequestParam(required = false) String token, HttpServletRequest request) {
		return board(entityId, Scope::entity, "Boards are addressed by GLPI entity id, e.g. /board/3.",
				BoardOptions.parse(theme, rotate, interval, token), request);
	}

	@GetMapping("/board/group/{groupId}")
	ResponseEntity<byte[]> group(@PathVariable String groupId, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String rotate, @RequestParam(required = false) String interval,
			@RequestParam(required = false) String token, HttpServletRequest request) {
		return board(groupId, Scope::group, "Group boards are addressed by GLPI group id, e.g. /board/group/7.",
				BoardOptions.parse(theme, rotate, interval, token), request);
	}

	/**
	 * @param hint what a well-formed address looks like, for an id that is not a number
	 */
	private ResponseEntity<byte[]> board(String id, LongFunction<Scope> scope, String hint, BoardOptions options,
			HttpServletRequest request) {
		if (!id.matches("\\d{1,12}")) {
			return errors.respond(request, request.getRequestURI(), 404, "Unknown board", hint);
		}
		return respond(pages.page(scope.apply(Long.parseLong(id)), options));
	}

	private static ResponseEntity<byte[]> respond(BoardPages.Page page) {
		return ResponseEntity.status(page.status())
			.contentType(HTML)
			.cacheControl(CacheControl.noCache())
			.eTag(page.etag())
			.body(page.html());
	}

}
