package io.glpiwallboard.wallboard.view;

/**
 * Where and when a page sends the TV next: every page a TV can land on, error pages
 * included, carries one, so a kiosk without keyboard never stays on a dead end and comes
 * back by itself once the cause (unknown entity, missing data, busy database, wrong
 * token) goes away.
 *
 * @param seconds until the browser follows {@code url}
 * @param url for the live board a same-site path with the board's parameters (theme,
 * rotation, token); for the static board a file name next to the page
 */
public record Reload(int seconds, String url) {

	/**
	 * The meta refresh value in the form the HTML standard defines ({@code 60; url=/});
	 * the W3C validator rejects {@code 60;url=/}.
	 */
	public String content() {
		return seconds + "; url=" + url;
	}

}
