package org.svcworkbench.svc.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.svcworkbench.svc.svc.Segment;
import org.svcworkbench.svc.svc.SvcPackage;

import org.svcworkbench.svc.vocabulary.CustomerCount;
import org.svcworkbench.svc.vocabulary.Margin;
import org.svcworkbench.svc.vocabulary.RelationshipLevel;

/** D10: Kotler's recommended relationship level by number of customers and margin. */
public class RelationshipAdvisor {

	/** Whether the segment says its customers, margin and relationship level: enough to hold it against the grid. */
	public boolean classified(Segment segment) {
		return Written.written(segment, SvcPackage.Literals.SEGMENT__CUSTOMERS) && Written.written(segment, SvcPackage.Literals.SEGMENT__MARGIN)
				&& Written.written(segment, SvcPackage.Literals.SEGMENT__RELATIONSHIP) && segment.getCustomers() != null
				&& segment.getMargin() != null && segment.getRelationship() != null;
	}

	/**
	 * The levels the grid recommends, when the segment declares another one; empty when it declares a
	 * recommended one or says too little to compare. A reason given ('because') does not change this.
	 */
	public Optional<Set<RelationshipLevel>> deviation(Segment segment) {
		if (!classified(segment)) {
			return Optional.empty();
		}
		Set<RelationshipLevel> recommended = recommended(segment.getCustomers(), segment.getMargin());
		return recommended.contains(segment.getRelationship()) ? Optional.empty() : Optional.of(recommended);
	}

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
