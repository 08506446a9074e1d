/**
 * The board as the templates read it: the view model of one scope's figures, the cache
 * that keeps it (with its charts and rendered pages) per snapshot, and the rendering of
 * the templates to strings. Links go through
 * {@link io.glpiwallboard.wallboard.view.BoardLinks}, so the same template serves the
 * live pages and the static board; no web server type is used here.
 */
package io.glpiwallboard.wallboard.view;
