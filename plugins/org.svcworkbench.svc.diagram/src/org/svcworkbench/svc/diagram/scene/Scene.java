package org.svcworkbench.svc.diagram.scene;

import java.util.List;

/** A drawable diagram: its size, its title (for the SVG {@code <title>}) and its shapes in paint order. */
public record Scene(String id, String title, double width, double height, List<Shape> shapes) {
}
