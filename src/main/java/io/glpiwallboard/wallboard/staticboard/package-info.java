/**
 * The static board: the board's pages, charts and stylesheet written as plain files into
 * {@code <report.dir>/wallboard/} after every snapshot, with relative links, for any web
 * server or file share.
 */
package io.glpiwallboard.wallboard.staticboard;
