package io.glpiwallboard.report.mail;

import java.util.Optional;

import io.glpiwallboard.snapshot.Scope;

/**
 * The live board of a report's scope, under {@code wallboard.public-url}: {@code /} for
 * everything, {@code /board/{entity}} for an entity, {@code /board/group/{group}} for a
 * group. The access token is never added: a mail is forwarded and archived, the token
 * opens every board.
 */
final class BoardAddress {

	private final String base;

	BoardAddress(BoardLinkProperties boardLink) {
		this.base = boardLink.publicUrl() == null ? null : boardLink.publicUrl().replaceAll("/+$", "");
	}

	/** Empty when {@code wallboard.public-url} is not set. */
	Optional<String> of(Scope scope) {
		if (base == null) {
			return Optional.empty();
		}
		if (scope.isGroup()) {
			return Optional.of(base + "/board/group/" + scope.groupId());
		}
		return Optional.of(base + (scope.entityId() == null ? "/" : "/board/" + scope.entityId()));
	}

}
