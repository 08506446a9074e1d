package io.glpiwallboard.wallboard.web;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The database could not answer in time (a lock held by a sync writing its snapshot, no
 * free connection, the file unavailable): 503 with a page that tries again by itself,
 * instead of a server error that a TV would show until someone walks up to it.
 */
@ControllerAdvice(basePackageClasses = DatabaseBusyAdvice.class)
class DatabaseBusyAdvice {

	private static final Logger log = LoggerFactory.getLogger(DatabaseBusyAdvice.class);

	private final ErrorPages pages;

	DatabaseBusyAdvice(ErrorPages pages) {
		this.pages = pages;
	}

	@ExceptionHandler({ TransientDataAccessException.class, DataAccessResourceFailureException.class })
	ResponseEntity<byte[]> busy(HttpServletRequest request, RuntimeException e) {
		log.warn("Database busy while answering {}: {}", request.getRequestURI(),
				firstLine(String.valueOf(e.getMessage())));
		return pages.respond(request, request.getRequestURI(), 503, "Database busy",
				"The figures could not be read just now (a sync may be writing them).");
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		return end < 0 ? text : text.substring(0, end);
	}

}
