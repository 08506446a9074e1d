package io.glpiwallboard.chart;

import java.awt.Color;

/**
 * Chart colours matching the board's CSS themes, chosen for contrast on a TV seen from across
 * the room: saturated series on a background identical to the panel the image sits on.
 */
public enum ChartTheme {

	DARK(new Color(0x161b26), new Color(0xc9d1e0), new Color(0x2b3345), new Color(0x4da3ff), new Color(0xffb547),
			new Color(0x3ddc97)),

	LIGHT(new Color(0xffffff), new Color(0x2a3140), new Color(0xdde2ea), new Color(0x1565c0), new Color(0xc46a00),
			new Color(0x0f8a5f));

	final Color background;

	final Color text;

	final Color grid;

	final Color open;

	final Color opened;

	final Color solved;

	ChartTheme(Color background, Color text, Color grid, Color open, Color opened, Color solved) {
		this.background = background;
		this.text = text;
		this.grid = grid;
		this.open = open;
		this.opened = opened;
		this.solved = solved;
	}

	/** {@code light} gives the light theme; anything else, including nothing, the dark default. */
	public static ChartTheme parse(String value) {
		return "light".equalsIgnoreCase(value) ? LIGHT : DARK;
	}

	public String id() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** A dimmed variant for reconstructed days: same hue, half-way to the background. */
	static Color dimmed(Color c, Color background) {
		return new Color((c.getRed() + background.getRed()) / 2, (c.getGreen() + background.getGreen()) / 2,
				(c.getBlue() + background.getBlue()) / 2);
	}

}
