package io.glpiwallboard.wallboard.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import io.glpiwallboard.chart.ChartTheme;
import io.glpiwallboard.wallboard.WallboardProperties;
import io.glpiwallboard.wallboard.view.BoardRenderer;
import io.glpiwallboard.wallboard.view.Reload;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Puts {@link RejectedRequestPage} in place of Tomcat's error report valve, so every page
 * a TV can land on reloads itself, including the ones Tomcat answers before the
 * application sees the request. Runs after Spring Boot's own Tomcat customizer, which
 * adds a plain {@link ErrorReportValve} of its own.
 */
@Component
class RejectedRequestPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final ObjectProvider<BoardRenderer> renderer;

	private final WallboardProperties wallboard;

	/**
	 * One page per status: rendered once, the same for every request (nothing of it is
	 * trusted).
	 */
	private final Map<Integer, String> pages = new ConcurrentHashMap<>();

	/**
	 * @param renderer looked up on the first rejected request: the web server is
	 * configured before the template engine exists
	 */
	RejectedRequestPages(ObjectProvider<BoardRenderer> renderer, WallboardProperties wallboard) {
		this.renderer = renderer;
		this.wallboard = wallboard;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> install(context.getParent()));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private void install(Container host) {
		for (Valve valve : host.getPipeline().getValves()) {
			if (valve instanceof ErrorReportValve) {
				host.getPipeline().removeValve(valve);
			}
		}
		host.getPipeline().addValve(new RejectedRequestPage(this::page));
		if (host instanceof StandardHost standard) {
			// the host adds a valve of this class when it starts unless one is there
			// already
			standard.setErrorReportValveClass(RejectedRequestPage.class.getName());
		}
	}

	/**
	 * The board's message page for {@code status}, reloading to {@code /} with nothing of
	 * the request.
	 */
	String page(int status) {
		return pages.computeIfAbsent(status, code -> {
			HttpStatus known = HttpStatus.resolve(code);
			String headline = code == 400 ? "Bad address" : known != null ? known.getReasonPhrase() : "Request refused";
			return renderer.getObject()
				.message(code, headline, "The server could not read this address. The board comes back by itself.",
						ChartTheme.DARK, "/", new Reload(wallboard.refreshSeconds(), "/"));
		});
	}

}
