/**
 * The live pages of {@code serve}: the TV board ({@code /}, {@code /board/...}), its
 * chart images, {@code /api/wallboard}, {@code /runs}, the access token, security
 * headers, and the pages for requests that get no board (which reload themselves like a
 * board).
 */
package io.glpiwallboard.wallboard.web;
