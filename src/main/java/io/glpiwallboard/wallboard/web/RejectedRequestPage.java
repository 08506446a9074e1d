package io.glpiwallboard.wallboard.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.IntFunction;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report for requests it answers itself, before Spring sees them (a
 * {@code %00} or {@code ..%2f} in the path, a URL over the header limit, a broken query
 * string): the board's message page that reloads itself to {@code /}, instead of Tomcat's
 * bare "HTTP Status 400" page that would leave a TV stuck for good. Nothing of the
 * request is echoed or trusted (not even the theme or the rotation: the request could not
 * be read), and no server version or stack trace is shown.
 *
 * <p>
 * Responses Spring already wrote (its error controller answers everything it sees) are
 * left alone, like Tomcat's own valve does.
 */
class RejectedRequestPage extends ErrorReportValve {

	private final IntFunction<String> page;

	/**
	 * @param page the HTML page for an HTTP status (400 and up)
	 */
	RejectedRequestPage(IntFunction<String> page) {
		this.page = page;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			response.setHeader("Cache-Control", "no-store");
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(page.apply(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client went away or the response cannot take a body any more: nothing
			// left to tell it
			getContainer().getLogger().debug("Could not write the error page", ex);
		}
	}

}
