package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.svcworkbench.svc.domain.RelationshipAdvisor;
import org.svcworkbench.svc.vocabulary.CustomerCount;
import org.svcworkbench.svc.vocabulary.Margin;
import org.svcworkbench.svc.vocabulary.RelationshipLevel;

/** D10's table, cell by cell. */
class RelationshipAdvisorTest {

	@ParameterizedTest(name = "{0} customers, {1} margin -> {2}")
	@CsvSource({
			"MANY, HIGH, ACCOUNTABLE", "MANY, MEDIUM, REACTIVE", "MANY, LOW, BASIC REACTIVE",
			"MEDIUM, HIGH, PROACTIVE", "MEDIUM, MEDIUM, ACCOUNTABLE", "MEDIUM, LOW, REACTIVE",
			"FEW, HIGH, PARTNERSHIP", "FEW, MEDIUM, PROACTIVE", "FEW, LOW, ACCOUNTABLE" })
	void recommendsKotlersLevel(CustomerCount customers, Margin margin, String levels) {
		Set<RelationshipLevel> expected = EnumSet.noneOf(RelationshipLevel.class);
		for (String level : levels.split(" ")) {
			expected.add(RelationshipLevel.valueOf(level));
		}
		assertEquals(expected, new RelationshipAdvisor().recommended(customers, margin));
	}
}
