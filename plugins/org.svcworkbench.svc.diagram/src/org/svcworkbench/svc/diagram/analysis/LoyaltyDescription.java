package org.svcworkbench.svc.diagram.analysis;

import java.util.List;

/**
 * The loyalty indicators of D11 side by side, before layout: one row per indicator measured, one
 * column for the whole service and one per segment an indicator is given for; a cell is empty where
 * nothing was measured. Plain data, no EMF.
 */
public record LoyaltyDescription(String id, String title, String corner, List<String> columns, List<String> rows, List<List<String>> values) {
}
