package io.glpiwallboard.chart;

/**
 * A rendered chart: PNG bytes and a strong validator for HTTP caching.
 *
 * @param png the encoded image
 * @param etag quoted entity tag, unique per content
 * @param width pixels
 * @param height pixels
 */
public record ChartImage(byte[] png, String etag, int width, int height) {
}
