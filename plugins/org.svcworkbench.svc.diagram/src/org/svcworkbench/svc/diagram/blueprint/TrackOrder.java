package org.svcworkbench.svc.diagram.blueprint;

import java.util.ArrayList;
import java.util.List;

/**
 * Orders the parallel segments sharing a routing channel so that they cross each other as little
 * as possible. A segment runs between two positions along the channel; at each end a piece leaves
 * it towards one side (before = left or up, after = right or down). For two segments on tracks
 * i &lt; j, a piece of i leaving "after" crosses j if it leaves within j's extent, and a piece of j
 * leaving "before" crosses i likewise. Small channels are ordered exactly, larger ones greedily.
 */
final class TrackOrder {

	/** One end of a segment: where along the channel, and to which side the attached piece leaves. */
	record End(double position, boolean after) {
	}

	record Segment(int id, End a, End b) {
		double low() {
			return Math.min(a.position(), b.position());
		}

		double high() {
			return Math.max(a.position(), b.position());
		}

		boolean spans(double position) {
			return position > low() && position < high();
		}
	}

	private static final int EXACT_LIMIT = 7;

	static List<Segment> order(List<Segment> segments) {
		if (segments.size() <= 1) {
			return segments;
		}
		if (segments.size() <= EXACT_LIMIT) {
			List<Segment> best = new ArrayList<>(segments);
			int[] bestCost = { crossings(best) };
			permute(new ArrayList<>(segments), 0, best, bestCost);
			return best;
		}
		List<Segment> ordered = new ArrayList<>();
		for (Segment segment : segments) {
			int bestIndex = 0, bestCost = Integer.MAX_VALUE;
			for (int index = 0; index <= ordered.size(); index++) {
				ordered.add(index, segment);
				int cost = crossings(ordered);
				ordered.remove(index);
				if (cost < bestCost) {
					bestCost = cost;
					bestIndex = index;
				}
			}
			ordered.add(bestIndex, segment);
		}
		return ordered;
	}

	private static void permute(List<Segment> current, int from, List<Segment> best, int[] bestCost) {
		if (from == current.size()) {
			int cost = crossings(current);
			if (cost < bestCost[0]) {
				bestCost[0] = cost;
				best.clear();
				best.addAll(current);
			}
			return;
		}
		for (int i = from; i < current.size(); i++) {
			java.util.Collections.swap(current, from, i);
			permute(current, from + 1, best, bestCost);
			java.util.Collections.swap(current, from, i);
		}
	}

	static int crossings(List<Segment> order) {
		int total = 0;
		for (int i = 0; i < order.size(); i++) {
			for (int j = i + 1; j < order.size(); j++) {
				total += crossings(order.get(i), order.get(j));
			}
		}
		return total;
	}

	/** Crossings when s lies on an earlier track than t. */
	private static int crossings(Segment s, Segment t) {
		int count = 0;
		for (End end : List.of(s.a(), s.b())) {
			if (end.after() && t.spans(end.position())) count++;
		}
		for (End end : List.of(t.a(), t.b())) {
			if (!end.after() && s.spans(end.position())) count++;
		}
		return count;
	}

	private TrackOrder() {
	}
}
