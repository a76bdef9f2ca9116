package org.svcworkbench.svc.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.svcworkbench.svc.svc.ConvenienceAudit;
import org.svcworkbench.svc.svc.Management;
import org.svcworkbench.svc.svc.MarketingTriangle;
import org.svcworkbench.svc.svc.Stakeholder;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.validation.IssueCodes;
import org.svcworkbench.svc.vocabulary.RelationshipMarket;

/**
 * A block that lacks a part its domain rule asks for (a side of the marketing triangle, a type of
 * convenience question, a step of the management process, a stakeholder's market): the part is
 * added with a text for the designer to write over.
 */
abstract class MissingPartFix implements Quickfix {

	/** The line "keyword "text to write"", the text in the findings' language. */
	static String withText(FixContext context, String keyword) {
		return keyword + " \"" + context.say("fix.placeholder.text") + "\"";
	}

	/** The external, internal and interactive sides of the marketing triangle. */
	static final class TriangleSide extends MissingPartFix {

		@Override
		public String code() {
			return IssueCodes.TRIANGLE_SIDE_MISSING;
		}

		@Override
		public void propose(FixContext context, Proposals proposals) {
			MarketingTriangle triangle = context.find(MarketingTriangle.class);
			if (triangle != null && !context.data().isEmpty()) {
				String side = context.data().get(0);
				proposals.accept(context.say("fix.triangle.side", side), List.of(context.addToBlock(triangle, List.of(withText(context, side)))));
			}
		}
	}

	/** D13: a question of each of the five types of convenience. */
	static final class ConvenienceType extends MissingPartFix {

		@Override
		public String code() {
			return IssueCodes.CONVENIENCE_TYPE_MISSING;
		}

		@Override
		public void propose(FixContext context, Proposals proposals) {
			ConvenienceAudit audit = context.find(ConvenienceAudit.class);
			List<String> missing = context.data();
			if (audit == null || missing.isEmpty()) {
				return;
			}
			for (String type : missing) {
				proposals.accept(context.say("fix.convenience.question", type), List.of(context.addToBlock(audit, List.of(withText(context, type)))));
			}
			if (missing.size() > 1) {
				proposals.accept(context.say("fix.convenience.all", context.words().listed(missing)),
						List.of(context.addToBlock(audit, missing.stream().map(type -> withText(context, type)).toList())));
			}
		}
	}

	/** D18: research, positioning, planning and monitoring, once some of them are described. */
	static final class ManagementSteps extends MissingPartFix {

		@Override
		public String code() {
			return IssueCodes.MANAGEMENT_STEP_MISSING;
		}

		@Override
		public void propose(FixContext context, Proposals proposals) {
			Management management = context.find(Management.class);
			if (management == null) {
				return;
			}
			List<String> missing = new ArrayList<>();
			for (EStructuralFeature step : List.of(SvcPackage.Literals.MANAGEMENT__RESEARCH, SvcPackage.Literals.MANAGEMENT__POSITIONING,
					SvcPackage.Literals.MANAGEMENT__PLANNING, SvcPackage.Literals.MANAGEMENT__MONITORING)) {
				if (!management.eIsSet(step)) {
					missing.add(step.getName());
				}
			}
			if (!missing.isEmpty()) {
				proposals.accept(context.say("fix.management.steps", context.words().listed(missing)),
						List.of(context.addToBlock(management, missing.stream().map(step -> withText(context, step)).toList())));
			}
		}
	}

	/** D10: the relationship market a stakeholder belongs to. */
	static final class StakeholderMarket extends MissingPartFix {

		@Override
		public String code() {
			return IssueCodes.STAKEHOLDER_NO_MARKET;
		}

		@Override
		public void propose(FixContext context, Proposals proposals) {
			Stakeholder stakeholder = context.find(Stakeholder.class);
			if (stakeholder == null) {
				return;
			}
			for (RelationshipMarket market : RelationshipMarket.VALUES) {
				proposals.accept(context.say("fix.stakeholder.market", market.getLiteral()),
						List.of(context.addToBlock(stakeholder, List.of("market " + market.getLiteral()))));
			}
		}
	}
}
