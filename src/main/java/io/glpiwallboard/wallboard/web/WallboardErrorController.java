package io.glpiwallboard.wallboard.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Spring Boot's white-label {@code /error}: unknown paths (404), server errors
 * (500) and {@code /error} itself answer with a page that reloads itself, keeping the
 * board's parameters, so a TV sent to a wrong or failing address retries on its own. No
 * stack trace or exception message is shown (they may hold internal details).
 */
@Controller
class WallboardErrorController implements ErrorController {

	private final ErrorPages pages;

	WallboardErrorController(ErrorPages pages) {
		this.pages = pages;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ResponseEntity<byte[]> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		int status = code instanceof Integer i ? i : 404;
		String path = uri instanceof String s ? s : "/error";
		if (status == 404) {
			return pages.respond(request, path, 404, "Page not found",
					"There is nothing at this address. Boards are / and /board/<entity id>.");
		}
		if (status >= 500) {
			return pages.respond(request, path, status, "Server error",
					"The board could not be shown just now; the server log says why.");
		}
		return pages.respond(request, path, status, "Request refused", "The server could not answer this request.");
	}

}
