package io.glpiwallboard.wallboard.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.glpiwallboard.wallboard.WallboardProperties;
import io.glpiwallboard.wallboard.view.BoardRenderer;
import io.glpiwallboard.wallboard.view.Reload;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Answers for requests that get no board: a page in the board's style that reloads itself
 * for browsers (a TV must never stop on an error), one line of JSON for API clients and
 * scrapers. Nothing of the request but the board's own parameters is echoed.
 */
@Component
class ErrorPages {

	private final BoardRenderer renderer;

	private final WallboardProperties wallboard;

	private final JsonMapper json;

	ErrorPages(BoardRenderer renderer, WallboardProperties wallboard, JsonMapper json) {
		this.renderer = renderer;
		this.wallboard = wallboard;
		this.json = json;
	}

	/**
	 * @param path the path that failed (for an error dispatch: the original one, not
	 * /error)
	 * @param status the HTTP status to answer with
	 * @param headline e.g. "Unknown board"; also the JSON {@code error}
	 * @param detail one sentence for people
	 */
	ResponseEntity<byte[]> respond(HttpServletRequest request, String path, int status, String headline,
			String detail) {
		String body = wantsHtml(request, path) ? html(request, path, status, headline, detail) : null;
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).cacheControl(CacheControl.noStore());
		if (status == 503) {
			answer.header("Retry-After", Integer.toString(wallboard.refreshSeconds()));
		}
		if (body != null) {
			return answer.contentType(BoardController.HTML).body(body.getBytes(StandardCharsets.UTF_8));
		}
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("status", status);
		error.put("error", headline);
		error.put("detail", detail);
		return answer.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(error));
	}

	/**
	 * The page alone, for callers that write the response themselves (the token check).
	 */
	String html(HttpServletRequest request, String path, int status, String headline, String detail) {
		BoardOptions options = options(request);
		Reload reload = LiveReload.of(path, options, wallboard.refreshSeconds(), board -> true);
		String home = LiveReload.safePath(path).equals("/") ? null : "/" + options.query(false);
		return renderer.message(status, headline, detail, options.theme(), home, reload);
	}

	/** Browsers ask for HTML; the API, the actuator and image requests get JSON. */
	static boolean wantsHtml(HttpServletRequest request, String path) {
		if (path != null && (path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/charts/"))) {
			return false;
		}
		String accept = request.getHeader("Accept");
		return accept == null || accept.contains("text/html") || accept.contains("*/*") && !accept.contains("json");
	}

	static BoardOptions options(HttpServletRequest request) {
		return BoardOptions.parse(request.getParameter("theme"), request.getParameter("rotate"),
				request.getParameter("interval"), request.getParameter("token"));
	}

}
