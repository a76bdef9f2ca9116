package org.svcworkbench.svc.generator.view;

/**
 * A service the run could not document because its model has errors, as the index pages name it:
 * a reader of the documentation learns it is missing, and where to look.
 *
 * @param name the service's name in the model
 * @param where its file (its folder as the index names it, then its path in it: "north/shop/s.svc") and the line of its first error, in the report's language
 */
public record SkippedService(String name, String where) {
}
