package org.svcworkbench.svc.domain;

import java.util.EnumSet;
import java.util.Set;

import org.svcworkbench.svc.vocabulary.CustomerCount;
import org.svcworkbench.svc.vocabulary.Margin;
import org.svcworkbench.svc.vocabulary.RelationshipLevel;

/** D10: Kotler's recommended relationship level by number of customers and margin. */
public class RelationshipAdvisor {

	public Set<RelationshipLevel> recommended(CustomerCount customers, Margin margin) {
		return switch (customers) {
			case MANY -> switch (margin) {
				case HIGH -> EnumSet.of(RelationshipLevel.ACCOUNTABLE);
				case MEDIUM -> EnumSet.of(RelationshipLevel.REACTIVE);
				case LOW -> EnumSet.of(RelationshipLevel.BASIC, RelationshipLevel.REACTIVE);
			};
			case MEDIUM -> switch (margin) {
				case HIGH -> EnumSet.of(RelationshipLevel.PROACTIVE);
				case MEDIUM -> EnumSet.of(RelationshipLevel.ACCOUNTABLE);
				case LOW -> EnumSet.of(RelationshipLevel.REACTIVE);
			};
			case FEW -> switch (margin) {
				case HIGH -> EnumSet.of(RelationshipLevel.PARTNERSHIP);
				case MEDIUM -> EnumSet.of(RelationshipLevel.PROACTIVE);
				case LOW -> EnumSet.of(RelationshipLevel.ACCOUNTABLE);
			};
		};
	}
}
