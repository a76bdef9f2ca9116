package org.svcworkbench.svc.generator.view;

import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.generator.view.ServiceView.Slice;

/**
 * A wide diagram on paper: scaled to one page, a 16-step blueprint's labels would be 3 pt. The
 * printed report shows such a diagram in windows of at most {@link #WIDTH} units, one landscape
 * page each, overlapping a little so that no box is only cut in half; the labels print at about
 * 9 pt. On screen the whole diagram scrolls as before.
 */
final class PrintSlices {

	/** Diagram units across a landscape A4 page at a readable scale. */
	static final double WIDTH = 1200;
	/** How much consecutive windows share. */
	static final double OVERLAP = 120;

	private PrintSlices() {
	}

	/** The windows for a diagram of this size; none when it fits one page as it is. */
	static List<Slice> of(double width, double height) {
		List<Slice> slices = new ArrayList<>();
		if (width <= WIDTH * 1.25) {
			return slices;
		}
		int count = (int) Math.ceil((width - OVERLAP) / (WIDTH - OVERLAP));
		double step = (width - WIDTH) / (count - 1);
		long h = Math.round(Math.ceil(height));
		for (int i = 0; i < count; i++) {
			long x = Math.round(i * step);
			slices.add(new Slice(x + " 0 " + Math.round(WIDTH) + " " + h, Math.round(WIDTH), h));
		}
		return slices;
	}
}
