package org.svcworkbench.svc.diagram.text;

import java.util.List;

import org.svcworkbench.svc.diagram.scene.Rect;

/** Wrapped lines of one size, inside bounds (first baseline at bounds.y + ascent). */
public record TextBlock(List<String> lines, Rect bounds, double size, boolean bold) {
}
