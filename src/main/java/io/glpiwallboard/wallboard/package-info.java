/**
 * The TV wallboard: what its two outputs share. The board's settings
 * ({@code wallboard.*}, {@code wallboard.board.*}), the latest snapshot and whether its
 * figures can be trusted. The view model and its cache ({@code view}) build on this; the
 * live pages ({@code web}) and the static board ({@code staticboard}) build on both and
 * know nothing of each other.
 */
package io.glpiwallboard.wallboard;
