package io.glpiwallboard.chart;

/**
 * A rendered chart.
 *
 * @param png the encoded image
 * @param width pixels
 * @param height pixels
 */
public record ChartImage(byte[] png, int width, int height) {
}
