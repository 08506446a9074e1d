package io.glpiwallboard.chart;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;

/**
 * Draws a chart laid out at a logical size and rasterised at {@code scale} times that
 * size, so one image stays sharp on a 4K panel and on a 1080p one (the browser only
 * scales it down).
 */
public final class PngRenderer {

	private PngRenderer() {
	}

	public static ChartImage render(JFreeChart chart, int logicalWidth, int logicalHeight, int scale) {
		int width = logicalWidth * scale;
		int height = logicalHeight * scale;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		try {
			g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g2.scale(scale, scale);
			chart.draw(g2, new Rectangle(0, 0, logicalWidth, logicalHeight));
		}
		finally {
			g2.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		byte[] png = out.toByteArray();
		return new ChartImage(png, width, height);
	}

}
