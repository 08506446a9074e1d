package io.glpiwallboard.mail;

import java.util.Optional;

import io.glpiwallboard.report.ReportScope;

/**
 * The live board of a report's scope, under {@code wallboard.public-url}: {@code /} for
 * everything, {@code /board/{entity}} for an entity, {@code /board/group/{group}} for a group. The
 * access token is never added: a mail is forwarded and archived, the token opens every board.
 */
final class BoardAddress {

	private final String base;

	BoardAddress(BoardLinkProperties boardLink) {
		this.base = boardLink.publicUrl() == null ? null : boardLink.publicUrl().replaceAll("/+$", "");
	}

	/** Empty when {@code wallboard.public-url} is not set. */
	Optional<String> of(ReportScope scope) {
		if (base == null) {
			return Optional.empty();
		}
		if (scope.group() != null) {
			return Optional.of(base + "/board/group/" + scope.group());
		}
		return Optional.of(base + (scope.entity() == null ? "/" : "/board/" + scope.entity()));
	}

}
