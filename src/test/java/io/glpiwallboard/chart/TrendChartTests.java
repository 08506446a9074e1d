package io.glpiwallboard.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import io.glpiwallboard.snapshot.WallboardFigures.TrendPoint;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrendChartTests {

	@Test
	void pngIsRenderedAtTwiceTheLogicalSizeForSharpTextOn4k() throws Exception {
		// given
		List<TrendPoint> trend = days(30);

		// when
		ChartImage image = TrendChart.png(trend, ChartTheme.DARK);

		// then
		assertThat(image.png()).startsWith(0x89, 'P', 'N', 'G');
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.png()));
		assertThat(decoded.getWidth()).isEqualTo(TrendChart.WIDTH * TrendChart.SCALE).isEqualTo(image.width());
		assertThat(decoded.getHeight()).isEqualTo(TrendChart.HEIGHT * TrendChart.SCALE).isEqualTo(image.height());
	}

	@Test
	void backgroundMatchesTheThemeSoTheImageBlendsIntoItsPanel() throws Exception {
		// when
		BufferedImage dark = ImageIO.read(new ByteArrayInputStream(TrendChart.png(days(30), ChartTheme.DARK).png()));
		BufferedImage light = ImageIO.read(new ByteArrayInputStream(TrendChart.png(days(30), ChartTheme.LIGHT).png()));

		// then
		assertThat(dark.getRGB(1, dark.getHeight() - 2) & 0xffffff)
			.isEqualTo(ChartTheme.DARK.background.getRGB() & 0xffffff);
		assertThat(light.getRGB(1, light.getHeight() - 2) & 0xffffff).isEqualTo(0xffffff);
	}

	@Test
	void reconstructedDaysGetALegendEntryOnlyWhenPresent() {
		// given
		List<TrendPoint> observed = days(5).stream()
			.map(p -> new TrendPoint(p.date(), p.open(), p.opened(), p.solved(), p.closed(), false))
			.toList();

		// when
		var withReconstructed = TrendChart.create(days(5), ChartTheme.DARK).getPlot().getLegendItems();
		var onlyObserved = TrendChart.create(observed, ChartTheme.DARK).getPlot().getLegendItems();

		// then
		assertThat(withReconstructed.getItemCount()).isEqualTo(4);
		assertThat(withReconstructed.get(3).getLabel()).isEqualTo("Reconstructed");
		assertThat(onlyObserved.getItemCount()).isEqualTo(3);
	}

	@Test
	void theMailsLineIsDrawnOnPaperInTheOpenSeriesColourAtTwiceItsDisplayedSize() throws Exception {
		// when
		ChartImage image = TrendChart.openLine(days(30), ChartTheme.PAPER);
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image.png()));

		// then
		assertThat(decoded.getWidth()).isEqualTo(2 * TrendChart.MAIL_WIDTH);
		assertThat(decoded.getHeight()).isEqualTo(2 * TrendChart.MAIL_HEIGHT);
		assertThat(decoded.getRGB(1, decoded.getHeight() - 2) & 0xffffff).isEqualTo(0xffffff);
		int open = ChartTheme.PAPER.open.getRGB() & 0xffffff;
		boolean lineDrawn = false;
		for (int x = 0; x < decoded.getWidth() && !lineDrawn; x += 2) {
			for (int y = 0; y < decoded.getHeight() && !lineDrawn; y++) {
				lineDrawn = (decoded.getRGB(x, y) & 0xffffff) == open;
			}
		}
		assertThat(lineDrawn).as("a pixel of the open-tickets line").isTrue();
		assertThat(TrendChart.describe(days(3))).isEqualTo(
				"Line chart of open tickets per day from 2026-11-26 to 2026-11-28: 102 at the start, 100 at the end (lowest 100, highest 102)");
	}

	@Test
	void aSingleDayOrNoneStillRenders() {
		assertThat(TrendChart.png(days(1), ChartTheme.DARK).png()).isNotEmpty();
		assertThat(TrendChart.png(List.of(), ChartTheme.LIGHT).png()).isNotEmpty();
	}

	/** Days ending today; the older half reconstructed. */
	private static List<TrendPoint> days(int n) {
		List<TrendPoint> points = new ArrayList<>();
		LocalDate today = LocalDate.of(2026, 11, 28);
		for (int i = n - 1; i >= 0; i--) {
			points.add(new TrendPoint(today.minusDays(i), 100 + i, 10 + i % 4, 9 + i % 3, 8, i >= n / 2));
		}
		return points;
	}

}
