package org.svcworkbench.svc.diagram.scene;

public record Point(double x, double y) {
}
