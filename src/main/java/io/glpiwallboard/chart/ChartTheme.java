package io.glpiwallboard.chart;

import java.awt.Color;

/**
 * The chart colours of each page a trend is drawn on: the board's two CSS themes, chosen
 * for contrast on a TV seen from across the room (saturated series on a background
 * identical to the panel the image sits on), and paper, for the mail and the workbook.
 * The board's stylesheet ({@code static/css/board.css}, {@code :root} and {@code .light})
 * sets the same colours as variables: background {@code --panel}, grid {@code --line},
 * open {@code --accent}, opened {@code --warn}, solved {@code --ok};
 * {@code ChartThemeStylesheetTests} fails when the two differ. The text colour is the
 * chart's own.
 */
public enum ChartTheme {

	DARK(new Color(0x161b26), new Color(0xc9d1e0), new Color(0x2b3345), new Color(0x4da3ff), new Color(0xffb547),
			new Color(0x3ddc97)),

	LIGHT(new Color(0xffffff), new Color(0x2a3140), new Color(0xd3d9e2), new Color(0x1565c0), new Color(0xb35c00),
			new Color(0x0f8a5f)),

	/**
	 * The report mail's chart and the workbook's native chart: white, JFreeChart's dark
	 * grey text, and a blue dark enough to print in grey. Not a board theme
	 * ({@link #parse} never gives it).
	 */
	PAPER(Color.WHITE, Color.DARK_GRAY, new Color(0xDD, 0xDD, 0xDD), new Color(0x1F, 0x6F, 0xB2), new Color(0xc46a00),
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

	/**
	 * {@code light} gives the light theme; anything else, including nothing, the dark
	 * default.
	 */
	public static ChartTheme parse(String value) {
		return "light".equalsIgnoreCase(value) ? LIGHT : DARK;
	}

	/**
	 * The open-tickets series' colour as {red, green, blue}, 0-255, for charts drawn by
	 * others (POI).
	 */
	public int[] openRgb() {
		return new int[] { open.getRed(), open.getGreen(), open.getBlue() };
	}

	/** The grid's colour as {red, green, blue}, 0-255. */
	public int[] gridRgb() {
		return new int[] { grid.getRed(), grid.getGreen(), grid.getBlue() };
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
