package org.svcworkbench.svc.diagram.blueprint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.Badge;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.Box;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.BoxKind;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.Connection;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.ConnectionKind;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription.LegendItem;
import org.svcworkbench.svc.diagram.blueprint.LaidOutBlueprint.PlacedBadge;
import org.svcworkbench.svc.diagram.blueprint.LaidOutBlueprint.PlacedBox;
import org.svcworkbench.svc.diagram.blueprint.LaidOutBlueprint.PlacedConnection;
import org.svcworkbench.svc.diagram.blueprint.LaidOutBlueprint.PlacedDivider;
import org.svcworkbench.svc.diagram.blueprint.LaidOutBlueprint.PlacedLane;
import org.svcworkbench.svc.diagram.blueprint.LaidOutBlueprint.PlacedLegendItem;
import org.svcworkbench.svc.diagram.text.TextBlock;
import org.svcworkbench.svc.diagram.blueprint.TrackOrder.End;
import org.svcworkbench.svc.diagram.blueprint.TrackOrder.Segment;
import org.svcworkbench.svc.diagram.scene.Point;
import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.diagram.text.TextWrapper;

/**
 * Lays a blueprint out in lanes. ELK has no swimlanes, so the work is split:
 * <ul>
 * <li>ELK's layered algorithm ({@link StepColumns}) decides the columns (time, left to right, cycles
 * broken) and the order of steps inside a column (crossing minimisation).</li>
 * <li>This class adds the lane banding: every step goes into the band of its lane; steps of one
 * lane that share a column are stacked in rows; a row is as tall as its tallest step, a column as
 * wide as its widest, so steps of one column align.</li>
 * <li>Flows are then routed orthogonally through the free space the banding leaves: the vertical
 * channels between columns and the horizontal gaps between rows, where no step can be, so no flow
 * crosses a box. ELK's own edge routes are no use here: they belong to ELK's node positions, which
 * the banding changes, and ELK has no router for fixed positions except libavoid, a native
 * program not available from Maven Central. Every segment gets its own track in its channel or
 * gap, the tracks ordered to cross little ({@link TrackOrder}); channels and gaps widen with their
 * tracks and labels, so nothing overlaps.</li>
 * </ul>
 */
public final class BlueprintLayout {

	static final double MARGIN = 16, TITLE_SIZE = 16, TEXT_SIZE = 13, DETAIL_SIZE = 11, LANE_TITLE_SIZE = 13,
			DIVIDER_SIZE = 11, LABEL_SIZE = 11, LEGEND_SIZE = 11;
	static final double BOX_PADDING = 8, BOX_TEXT_WIDTH = 150, BOX_MIN_WIDTH = 96, BOX_MIN_HEIGHT = 40;
	static final double BADGE_HEIGHT = 16, BADGE_GAP = 4, PORT_GAP = 12, LABELLED_PORT_GAP = 8;
	static final double CHANNEL_MIN = 40, CHANNEL_PAD = 10, TRACK = 9, GAP_MIN = 18, EMPTY_ROW = 40;
	static final double LANE_TITLE_WIDTH = 120, LABEL_WIDTH = 120, TITLE_PADDING = 10;

	private final DiagramFont font;
	private final TextWrapper wrapper;

	public BlueprintLayout(DiagramFont font) {
		this.font = font;
		this.wrapper = new TextWrapper(font);
	}

	public LaidOutBlueprint layout(BlueprintDescription description) {
		return new Run(description).layout();
	}

	/** The state of one layout. */
	private final class Run {
		final BlueprintDescription description;
		final Map<String, Box> boxes = new LinkedHashMap<>();
		final Map<String, Sized> sized = new LinkedHashMap<>();
		final Map<String, Integer> column = new HashMap<>();
		final Map<String, Integer> row = new HashMap<>(); // row within the box's lane
		final Map<String, Integer> rank = new HashMap<>();
		int columns;
		final int lanes;
		int[] rowsInLane;
		List<Slot> vertical; // gaps and rows, top to bottom
		final Map<Integer, List<Routed>> channelSegments = new HashMap<>();
		final Map<Integer, List<Routed>> gapSegments = new HashMap<>();
		final List<Route> routes = new ArrayList<>();
		final Map<String, List<Route>> exits = new HashMap<>(), entries = new HashMap<>();

		Run(BlueprintDescription description) {
			this.description = description;
			this.lanes = description.laneTitles().size();
			description.boxes().forEach(b -> boxes.put(b.id(), b));
		}

		LaidOutBlueprint layout() {
			description.boxes().forEach(b -> sized.put(b.id(), size(b)));
			placeInColumns();
			stackInRows();
			route();
			return geometry();
		}

		// ---------------------------------------------------------------- sizes

		record Sized(List<String> label, List<String> detail, double width, double height, double badgesWidth) {
		}

		Sized size(Box box) {
			boolean bold = false;
			List<String> label = wrapper.wrap(box.label(), BOX_TEXT_WIDTH, TEXT_SIZE, bold);
			List<String> detail = box.detail().isEmpty() ? List.of() : wrapper.wrap(box.detail(), BOX_TEXT_WIDTH, DETAIL_SIZE, false);
			double badges = badgesWidth(box.badges());
			double width = Math.max(BOX_MIN_WIDTH, Math.max(badges, Math.max(wrapper.widest(label, TEXT_SIZE, bold),
					wrapper.widest(detail, DETAIL_SIZE, false))) + 2 * BOX_PADDING);
			double height = 2 * BOX_PADDING + label.size() * font.lineHeight(TEXT_SIZE) + detail.size() * font.lineHeight(DETAIL_SIZE)
					+ (box.badges().isEmpty() ? 0 : BADGE_GAP + BADGE_HEIGHT);
			return new Sized(label, detail, Math.ceil(width), Math.ceil(Math.max(BOX_MIN_HEIGHT, height)), badges);
		}

		double badgesWidth(List<Badge> badges) {
			double width = 0;
			for (Badge badge : badges) {
				width += badgeWidth(badge) + (width > 0 ? BADGE_GAP : 0);
			}
			return width;
		}

		double badgeWidth(Badge badge) {
			return BADGE_HEIGHT + (badge.text().isEmpty() ? 0 : 4 + font.width(badge.text(), DETAIL_SIZE, false));
		}

		// ---------------------------------------------------------------- columns and rows

		void placeInColumns() {
			Map<String, double[]> steps = new LinkedHashMap<>();
			sized.forEach((id, s) -> {
				if (boxes.get(id).kind() != BoxKind.EVIDENCE) {
					steps.put(id, new double[] { s.width(), s.height() });
				}
			});
			List<String[]> flows = description.connections().stream().filter(c -> c.kind() == ConnectionKind.FLOW)
					.map(c -> new String[] { c.from(), c.to() }).toList();
			Map<String, StepColumns.Placement> placed = steps.isEmpty() ? Map.of() : StepColumns.place(steps, flows);
			placed.forEach((id, p) -> {
				column.put(id, p.column());
				rank.put(id, 2 * p.rank() + 1);
			});
			// Evidence stands in the column of the step showing it. When several steps of a column show
			// evidence, the lowest evidence belongs to the highest step, so that its link can drop
			// straight onto it; an evidence-lane step's own evidence stands just above it.
			for (Connection c : description.connections()) {
				if (c.kind() == ConnectionKind.SHOWS && column.containsKey(c.to())) {
					column.put(c.from(), column.get(c.to()));
					int lane = boxes.get(c.to()).lane();
					int stepRank = rank.get(c.to());
					rank.put(c.from(), lane == BlueprintDescription.EVIDENCE_LANE ? stepRank - 1
							: (100 - lane) * 100_000 - stepRank);
				}
			}
			columns = column.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
		}

		void stackInRows() {
			rowsInLane = new int[lanes];
			Map<Long, List<String>> cells = new HashMap<>();
			for (String id : sized.keySet()) {
				if (column.containsKey(id)) {
					cells.computeIfAbsent(cell(boxes.get(id).lane(), column.get(id)), k -> new ArrayList<>()).add(id);
				}
			}
			for (List<String> cell : cells.values()) {
				cell.sort(Comparator.comparingInt(rank::get));
				for (int i = 0; i < cell.size(); i++) {
					row.put(cell.get(i), i);
				}
				int lane = boxes.get(cell.get(0)).lane();
				rowsInLane[lane] = Math.max(rowsInLane[lane], cell.size());
			}
			vertical = new ArrayList<>();
			for (int lane = 0; lane < lanes; lane++) {
				rowsInLane[lane] = Math.max(1, rowsInLane[lane]);
				for (int r = 0; r < rowsInLane[lane]; r++) {
					vertical.add(new Slot(lane, r, true));
					vertical.add(new Slot(lane, r, false));
				}
				vertical.add(new Slot(lane, rowsInLane[lane], true));
			}
		}

		long cell(int lane, int col) {
			return ((long) lane << 32) | col;
		}

		boolean occupied(int lane, int r, int col) {
			for (String id : column.keySet()) {
				if (column.get(id) == col && boxes.get(id).lane() == lane && row.get(id) == r) {
					return true;
				}
			}
			return false;
		}

		/** A horizontal gap (above row r of the lane; r = rows means below the last row) or a row. */
		record Slot(int lane, int row, boolean gap) {
		}

		int slotOf(String id) {
			return vertical.indexOf(new Slot(boxes.get(id).lane(), row.get(id), false));
		}

		// ---------------------------------------------------------------- routing

		enum Kind {
			ADJACENT, ROW_CORRIDOR, VIA_GAP, STRAIGHT_DOWN, EVIDENCE_VIA_CHANNEL
		}

		/** One connection's route in terms of channels, gaps and tracks; geometry comes later. */
		final class Route {
			final Connection connection;
			final Kind kind;
			Routed exitSegment, gapSegment, entrySegment;
			int exitChannel, entryChannel, gap;

			Route(Connection connection, Kind kind) {
				this.connection = connection;
				this.kind = kind;
			}
		}

		/** A segment occupying one track of a channel or gap. */
		final class Routed {
			final Route route;
			final int id;
			int track;

			Routed(Route route, int id) {
				this.route = route;
				this.id = id;
			}
		}

		void route() {
			for (Connection c : description.connections()) {
				if (!column.containsKey(c.from()) || !column.containsKey(c.to())) {
					continue;
				}
				Route route = c.kind() == ConnectionKind.SHOWS ? routeEvidence(c) : routeFlow(c);
				routes.add(route);
			}
			// Ports: spread along the side, ordered by where the other end lies.
			Comparator<Route> byExitTarget = Comparator.comparingInt((Route r) -> slotOf(r.connection.to()))
					.thenComparingInt(r -> column.get(r.connection.to()));
			Comparator<Route> byEntrySource = Comparator.comparingInt((Route r) -> slotOf(r.connection.from()))
					.thenComparingInt(r -> column.get(r.connection.from()));
			exits.values().forEach(l -> l.sort(byExitTarget));
			entries.values().forEach(l -> l.sort(byEntrySource));
			growForPorts();
			orderTracks();
		}

		Route routeFlow(Connection c) {
			int a = column.get(c.from()), b = column.get(c.to());
			int from = slotOf(c.from()), to = slotOf(c.to());
			Kind kind;
			if (b == a + 1) {
				kind = Kind.ADJACENT;
			} else if (b > a + 1 && from == to && corridorFree(c.to(), a + 1, b - 1)) {
				kind = Kind.ROW_CORRIDOR;
			} else {
				kind = Kind.VIA_GAP;
			}
			Route route = new Route(c, kind);
			route.exitChannel = a;
			route.exitSegment = segment(channelSegments, a, route);
			if (kind == Kind.VIA_GAP) {
				route.entryChannel = b - 1;
				route.gap = to > from ? to - 1 : to + 1; // the gap beside the target's row, on the source's side
				route.gapSegment = segment(gapSegments, route.gap, route);
				route.entrySegment = segment(channelSegments, b - 1, route);
			} else {
				route.entryChannel = kind == Kind.ADJACENT ? a : b - 1;
			}
			exits.computeIfAbsent(c.from(), k -> new ArrayList<>()).add(route);
			entries.computeIfAbsent(c.to(), k -> new ArrayList<>()).add(route);
			return route;
		}

		boolean corridorFree(String target, int fromColumn, int toColumn) {
			for (int col = fromColumn; col <= toColumn; col++) {
				if (occupied(boxes.get(target).lane(), row.get(target), col)) {
					return false;
				}
			}
			return true;
		}

		Route routeEvidence(Connection c) {
			int col = column.get(c.to());
			int from = slotOf(c.from()), to = slotOf(c.to());
			boolean free = true;
			for (int s = from + 1; s < to; s++) {
				Slot slot = vertical.get(s);
				if (!slot.gap() && occupied(slot.lane(), slot.row(), col)) {
					free = false;
				}
			}
			Route route = new Route(c, free ? Kind.STRAIGHT_DOWN : Kind.EVIDENCE_VIA_CHANNEL);
			if (!free) {
				route.entryChannel = col - 1;
				route.entrySegment = segment(channelSegments, col - 1, route);
				entries.computeIfAbsent(c.to(), k -> new ArrayList<>()).add(route);
			}
			return route;
		}

		int nextSegmentId;

		Routed segment(Map<Integer, List<Routed>> where, int index, Route route) {
			Routed segment = new Routed(route, nextSegmentId++);
			where.computeIfAbsent(index, k -> new ArrayList<>()).add(segment);
			return segment;
		}

		/** Boxes grow so that their ports (and the labels above entering flows) have room. */
		void growForPorts() {
			for (String id : sized.keySet()) {
				int out = exits.getOrDefault(id, List.of()).size();
				List<Route> in = entries.getOrDefault(id, List.of());
				double inGap = PORT_GAP + (in.stream().anyMatch(r -> !r.connection.label().isEmpty())
						? LABELLED_PORT_GAP + font.lineHeight(LABEL_SIZE) * maxLabelLines(in) : 0);
				double needed = Math.max((out + 1) * PORT_GAP, (in.size() + 1) * inGap);
				Sized s = sized.get(id);
				if (needed > s.height()) {
					sized.put(id, new Sized(s.label(), s.detail(), s.width(), Math.ceil(needed), s.badgesWidth()));
				}
			}
		}

		int maxLabelLines(List<Route> routes) {
			return routes.stream().mapToInt(r -> labelLines(r.connection).size()).max().orElse(0);
		}

		List<String> labelLines(Connection c) {
			return c.label().isEmpty() ? List.of() : wrapper.wrap(c.label(), LABEL_WIDTH, LABEL_SIZE, false);
		}

		/** Abstract vertical position of a port (before coordinates exist): slot, then place on the side. */
		double portKey(String id, Route route, boolean exit) {
			List<Route> side = (exit ? exits : entries).getOrDefault(id, List.of());
			double fraction = (side.indexOf(route) + 1.0) / (side.size() + 1.0);
			return slotOf(id) * 1000 + 100 + 800 * fraction;
		}

		double gapKey(int gap) {
			return gap * 1000 + 500;
		}

		void orderTracks() {
			channelSegments.forEach((channel, segments) -> assignTracks(segments, s -> channelEnds(s, channel)));
			gapSegments.forEach((gap, segments) -> assignTracks(segments, s -> gapEnds(s)));
		}

		void assignTracks(List<Routed> segments, java.util.function.Function<Routed, Segment> ends) {
			Map<Integer, Routed> byId = new HashMap<>();
			List<Segment> abstracts = new ArrayList<>();
			for (Routed s : segments) {
				byId.put(s.id, s);
				abstracts.add(ends.apply(s));
			}
			List<Segment> ordered = TrackOrder.order(abstracts);
			for (int i = 0; i < ordered.size(); i++) {
				byId.get(ordered.get(i).id()).track = i;
			}
		}

		/** In a channel: "after" = the attached horizontal piece leaves to the right. */
		Segment channelEnds(Routed s, int channel) {
			Route r = s.route;
			Connection c = r.connection;
			if (r.kind == Kind.EVIDENCE_VIA_CHANNEL) {
				return new Segment(s.id, new End(slotOf(c.from()) * 1000 + 500, true), new End(portKey(c.to(), r, false), true));
			}
			End start = s == r.exitSegment ? new End(portKey(c.from(), r, true), false) : null;
			End finish = s == r.entrySegment || (r.kind != Kind.VIA_GAP) ? new End(portKey(c.to(), r, false), true) : null;
			if (r.kind == Kind.VIA_GAP) {
				boolean gapGoesRight = r.entryChannel > r.exitChannel;
				if (s == r.exitSegment) {
					finish = new End(gapKey(r.gap), gapGoesRight);
				} else {
					start = new End(gapKey(r.gap), !gapGoesRight);
				}
			}
			return new Segment(s.id, start, finish);
		}

		/** In a gap: positions are columns; "after" = the attached vertical piece leaves downwards. */
		Segment gapEnds(Routed s) {
			Route r = s.route;
			double exitX = r.exitChannel + 0.5, entryX = r.entryChannel + 0.5;
			boolean exitBelow = slotOf(r.connection.from()) > r.gap, entryBelow = slotOf(r.connection.to()) > r.gap;
			return new Segment(s.id, new End(exitX, exitBelow), new End(entryX, entryBelow));
		}

		// ---------------------------------------------------------------- geometry

		LaidOutBlueprint geometry() {
			// Title column: lane titles and divider labels.
			List<TextBlock> laneTitles = new ArrayList<>();
			double titleColumn = 0;
			for (String title : description.laneTitles()) {
				List<String> lines = wrapper.wrap(title, LANE_TITLE_WIDTH, LANE_TITLE_SIZE, true);
				titleColumn = Math.max(titleColumn, wrapper.widest(lines, LANE_TITLE_SIZE, true));
				laneTitles.add(new TextBlock(lines, null, LANE_TITLE_SIZE, true));
			}
			List<List<String>> dividerLines = new ArrayList<>();
			for (String divider : description.dividers()) {
				List<String> lines = wrapper.wrap(divider, LANE_TITLE_WIDTH, DIVIDER_SIZE, false);
				titleColumn = Math.max(titleColumn, wrapper.widest(lines, DIVIDER_SIZE, false));
				dividerLines.add(lines);
			}
			titleColumn = Math.ceil(titleColumn + 2 * TITLE_PADDING);

			// Columns and channels, left to right; channel c lies right of column c (-1: before column 0).
			double[] columnWidth = new double[columns];
			sized.forEach((id, s) -> {
				if (column.containsKey(id)) {
					columnWidth[column.get(id)] = Math.max(columnWidth[column.get(id)], s.width());
				}
			});
			Map<Integer, Double> labelArea = labelAreas();
			double[] channelX = new double[columns + 1];
			double[] columnX = new double[columns];
			double x = MARGIN + titleColumn;
			for (int c = -1; c < columns; c++) {
				channelX[c + 1] = x;
				x += channelWidth(c, labelArea.getOrDefault(c, 0.0));
				if (c + 1 < columns) {
					columnX[c + 1] = x;
					x += columnWidth[c + 1];
				}
			}
			double contentRight = x;

			// Title.
			List<String> titleLines = wrapper.wrap(description.title(), Math.max(400, contentRight - 2 * MARGIN), TITLE_SIZE, true);
			double titleHeight = titleLines.size() * font.lineHeight(TITLE_SIZE);
			TextBlock title = new TextBlock(titleLines,
					new Rect(MARGIN, MARGIN, wrapper.widest(titleLines, TITLE_SIZE, true), titleHeight), TITLE_SIZE, true);

			// Rows and gaps, top to bottom, lane by lane.
			double dividerHeight = dividerLines.stream().mapToInt(List::size).max().orElse(0) * font.lineHeight(DIVIDER_SIZE) + 8;
			double[] slotY = new double[vertical.size()];
			double[] slotHeight = new double[vertical.size()];
			List<Rect> bands = new ArrayList<>();
			double y = MARGIN + titleHeight + 10;
			int s = 0;
			for (int lane = 0; lane < lanes; lane++) {
				double top = y;
				int first = s;
				for (; s < vertical.size() && vertical.get(s).lane() == lane; s++) {
					Slot slot = vertical.get(s);
					slotY[s] = y;
					slotHeight[s] = slot.gap() ? gapHeight(s) : rowHeight(slot);
					y += slotHeight[s];
				}
				double titleNeed = laneTitles.get(lane).lines().size() * font.lineHeight(LANE_TITLE_SIZE) + 2 * dividerHeight;
				if (y - top < titleNeed) { // a short lane grows in its last gap
					slotHeight[s - 1] += titleNeed - (y - top);
					y = top + titleNeed;
				}
				bands.add(new Rect(MARGIN, top, 0, y - top));
				if (first == s) {
					throw new IllegalStateException("lane without slots");
				}
			}
			double contentBottom = y;

			// Boxes.
			List<PlacedBox> placedBoxes = new ArrayList<>();
			Map<String, Rect> bounds = new HashMap<>();
			for (Map.Entry<String, Sized> entry : sized.entrySet()) {
				String id = entry.getKey();
				if (!column.containsKey(id)) {
					continue;
				}
				Sized size = entry.getValue();
				int slot = slotOf(id), col = column.get(id);
				Rect box = new Rect(columnX[col] + (columnWidth[col] - size.width()) / 2,
						slotY[slot] + (slotHeight[slot] - size.height()) / 2, size.width(), size.height());
				bounds.put(id, box);
				placedBoxes.add(placeBox(boxes.get(id), box, col, size));
			}

			// Connections.
			List<PlacedConnection> placedConnections = new ArrayList<>();
			Map<Integer, List<Rect>> labelsInChannel = new HashMap<>();
			for (Route route : routes) {
				placedConnections.add(placeConnection(route, bounds, channelX, slotY, slotHeight, labelArea, labelsInChannel));
			}

			// Lanes and dividers across the whole width.
			double right = contentRight + MARGIN;
			List<PlacedLegendItem> legend = new ArrayList<>();
			double legendBottom = placeLegend(legend, contentBottom + 14, right);
			double width = Math.ceil(Math.max(right, legend.stream().mapToDouble(l -> l.text().bounds().right()).max().orElse(0))
					+ MARGIN);
			double bandWidth = width - 2 * MARGIN;
			List<PlacedLane> placedLanes = new ArrayList<>();
			for (int lane = 0; lane < lanes; lane++) {
				Rect band = new Rect(MARGIN, bands.get(lane).y(), bandWidth, bands.get(lane).height());
				TextBlock laneTitle = laneTitles.get(lane);
				double h = laneTitle.lines().size() * font.lineHeight(LANE_TITLE_SIZE);
				Rect titleBox = new Rect(MARGIN + TITLE_PADDING, band.centerY() - h / 2,
						wrapper.widest(laneTitle.lines(), LANE_TITLE_SIZE, true), h);
				placedLanes.add(new PlacedLane(lane, band, new TextBlock(laneTitle.lines(), titleBox, LANE_TITLE_SIZE, true)));
			}
			List<PlacedDivider> dividers = new ArrayList<>();
			for (int i = 0; i < description.dividers().size(); i++) {
				Rect above = placedLanes.get(BlueprintDescription.DIVIDER_BELOW_LANE[i]).band();
				List<String> lines = dividerLines.get(i);
				double h = lines.size() * font.lineHeight(DIVIDER_SIZE);
				Rect textBox = new Rect(MARGIN + TITLE_PADDING, above.bottom() - 3 - h, wrapper.widest(lines, DIVIDER_SIZE, false), h);
				dividers.add(new PlacedDivider(description.dividers().get(i), above.bottom(), MARGIN, MARGIN + bandWidth,
						new TextBlock(lines, textBox, DIVIDER_SIZE, false)));
			}
			return new LaidOutBlueprint(description, width, Math.ceil(legendBottom + MARGIN), title, placedLanes, dividers,
					placedBoxes, placedConnections, legend);
		}

		double channelWidth(int channel, double labels) {
			int tracks = channelSegments.getOrDefault(channel, List.of()).size();
			double width = 2 * CHANNEL_PAD + Math.max(0, tracks - 1) * TRACK + (labels > 0 ? labels + 6 : 0);
			return Math.ceil(Math.max(CHANNEL_MIN, width));
		}

		/** Width each channel needs for the labels of the flows entering the next column through it. */
		Map<Integer, Double> labelAreas() {
			Map<Integer, Double> areas = new HashMap<>();
			for (Route route : routes) {
				List<String> lines = labelLines(route.connection);
				if (!lines.isEmpty()) {
					areas.merge(route.entryChannel, wrapper.widest(lines, LABEL_SIZE, false), Math::max);
				}
			}
			return areas;
		}

		double trackX(double[] channelX, int channel, int track) {
			return channelX[channel + 1] + CHANNEL_PAD + track * TRACK;
		}

		double gapHeight(int slot) {
			int tracks = gapSegments.getOrDefault(slot, List.of()).size();
			return Math.max(GAP_MIN, (tracks + 1) * TRACK);
		}

		double gapTrackY(double[] slotY, double[] slotHeight, int slot, int track) {
			int tracks = gapSegments.get(slot).size();
			return slotY[slot] + (slotHeight[slot] - (tracks - 1) * TRACK) / 2 + track * TRACK;
		}

		double rowHeight(Slot slot) {
			double height = EMPTY_ROW;
			for (String id : column.keySet()) {
				if (boxes.get(id).lane() == slot.lane() && row.get(id) == slot.row()) {
					height = Math.max(height, sized.get(id).height());
				}
			}
			return height;
		}

		PlacedBox placeBox(Box box, Rect bounds, int col, Sized size) {
			double lineHeight = font.lineHeight(TEXT_SIZE), detailHeight = font.lineHeight(DETAIL_SIZE);
			double textHeight = size.label().size() * lineHeight + size.detail().size() * detailHeight
					+ (box.badges().isEmpty() ? 0 : BADGE_GAP + BADGE_HEIGHT);
			double top = bounds.centerY() - textHeight / 2;
			double labelWidth = wrapper.widest(size.label(), TEXT_SIZE, false);
			TextBlock label = new TextBlock(size.label(),
					new Rect(bounds.centerX() - labelWidth / 2, top, labelWidth, size.label().size() * lineHeight), TEXT_SIZE, false);
			top += size.label().size() * lineHeight;
			double detailWidth = wrapper.widest(size.detail(), DETAIL_SIZE, false);
			TextBlock detail = new TextBlock(size.detail(),
					new Rect(bounds.centerX() - detailWidth / 2, top, detailWidth, size.detail().size() * detailHeight), DETAIL_SIZE,
					false);
			top += size.detail().size() * detailHeight + BADGE_GAP;
			List<PlacedBadge> badges = new ArrayList<>();
			double bx = bounds.centerX() - size.badgesWidth() / 2;
			for (Badge badge : box.badges()) {
				double w = badgeWidth(badge);
				badges.add(new PlacedBadge(badge, new Rect(bx, top, w, BADGE_HEIGHT)));
				bx += w + BADGE_GAP;
			}
			return new PlacedBox(box, bounds, col, label, detail, badges);
		}

		double portY(String id, Route route, boolean exit, Map<String, Rect> bounds) {
			List<Route> side = (exit ? exits : entries).get(id);
			Rect box = bounds.get(id);
			return Math.round(box.y() + box.height() * (side.indexOf(route) + 1.0) / (side.size() + 1.0));
		}

		PlacedConnection placeConnection(Route r, Map<String, Rect> bounds, double[] channelX, double[] slotY,
				double[] slotHeight, Map<Integer, Double> labelArea, Map<Integer, List<Rect>> labelsInChannel) {
			Connection c = r.connection;
			Rect from = bounds.get(c.from()), to = bounds.get(c.to());
			List<Point> points = new ArrayList<>();
			if (r.kind == Kind.STRAIGHT_DOWN) {
				points.add(new Point(from.centerX(), from.bottom()));
				points.add(new Point(to.centerX(), to.y()));
				return new PlacedConnection(c, points, null);
			}
			double entryY = portY(c.to(), r, false, bounds);
			if (r.kind == Kind.EVIDENCE_VIA_CHANNEL) {
				double x = trackX(channelX, r.entryChannel, r.entrySegment.track);
				points.add(new Point(from.x(), from.centerY()));
				points.add(new Point(x, from.centerY()));
				points.add(new Point(x, entryY));
				points.add(new Point(to.x(), entryY));
				return new PlacedConnection(c, points, null);
			}
			double exitY = portY(c.from(), r, true, bounds);
			double exitX = trackX(channelX, r.exitChannel, r.exitSegment.track);
			points.add(new Point(from.right(), exitY));
			points.add(new Point(exitX, exitY));
			if (r.kind == Kind.VIA_GAP) {
				double gapY = gapTrackY(slotY, slotHeight, r.gap, r.gapSegment.track);
				double entryX = trackX(channelX, r.entryChannel, r.entrySegment.track);
				points.add(new Point(exitX, gapY));
				points.add(new Point(entryX, gapY));
				points.add(new Point(entryX, entryY));
			} else {
				points.add(new Point(exitX, entryY));
			}
			points.add(new Point(to.x(), entryY));
			return new PlacedConnection(c, simplify(points), placeLabel(r, entryY, channelX, labelArea, labelsInChannel));
		}

		TextBlock placeLabel(Route r, double entryY, double[] channelX, Map<Integer, Double> labelArea,
				Map<Integer, List<Rect>> labelsInChannel) {
			List<String> lines = labelLines(r.connection);
			if (lines.isEmpty()) {
				return null;
			}
			int channel = r.entryChannel;
			int tracks = channelSegments.getOrDefault(channel, List.of()).size();
			double areaX = channelX[channel + 1] + CHANNEL_PAD + Math.max(0, tracks - 1) * TRACK + 6;
			double width = wrapper.widest(lines, LABEL_SIZE, false);
			double height = lines.size() * font.lineHeight(LABEL_SIZE);
			Rect label = new Rect(areaX, entryY - 2 - height, width, height);
			labelsInChannel.computeIfAbsent(channel, k -> new ArrayList<>()).add(label);
			return new TextBlock(lines, label, LABEL_SIZE, false);
		}

		double placeLegend(List<PlacedLegendItem> legend, double top, double right) {
			double x = MARGIN, y = top, lineHeight = font.lineHeight(LEGEND_SIZE);
			for (LegendItem item : description.legend()) {
				double textWidth = font.width(item.text(), LEGEND_SIZE, false);
				double itemWidth = 28 + 6 + textWidth;
				if (x > MARGIN && x + itemWidth > right - MARGIN) {
					x = MARGIN;
					y += Math.max(BADGE_HEIGHT, lineHeight) + 6;
				}
				Rect symbol = new Rect(x, y, 28, BADGE_HEIGHT);
				Rect text = new Rect(x + 34, y + (BADGE_HEIGHT - lineHeight) / 2, textWidth, lineHeight);
				legend.add(new PlacedLegendItem(item, symbol, new TextBlock(List.of(item.text()), text, LEGEND_SIZE, false)));
				x += itemWidth + 18;
			}
			return y + Math.max(BADGE_HEIGHT, lineHeight);
		}
	}

	/** Drops repeated points and points in the middle of a straight run. */
	static List<Point> simplify(List<Point> points) {
		List<Point> result = new ArrayList<>();
		for (Point p : points) {
			if (!result.isEmpty() && result.get(result.size() - 1).equals(p)) {
				continue;
			}
			if (result.size() >= 2) {
				Point a = result.get(result.size() - 2), b = result.get(result.size() - 1);
				if ((a.x() == b.x() && b.x() == p.x()) || (a.y() == b.y() && b.y() == p.y())) {
					result.set(result.size() - 1, p);
					continue;
				}
			}
			result.add(p);
		}
		return result;
	}
}
