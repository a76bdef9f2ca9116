package org.svcworkbench.svc.formatting2;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegionsFinder;
import org.eclipse.xtext.xbase.lib.Pair;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.Step;
import org.svcworkbench.svc.svc.SvcPackage;

/**
 * One layout for every .svc file: one space between tokens, blocks indented with a tab, each
 * declaration and each attribute of a block on its own line, at most one blank line kept where
 * the author left one. Blueprint steps keep their body on one line, so a blueprint reads like a table.
 */
public class SvcFormatter extends AbstractJavaFormatter {

	/** Keywords that start an attribute inside a block. */
	private static final Set<String> ATTRIBUTE_KEYWORDS = Set.of("description", "industry", "kind", "position",
			"training", "customers", "margin", "relationship", "owner", "fields", "services", "channel", "expects",
			"rating", "emotion", "deadline", "behavioural", "deputy", "records", "segments", "regions", "products", "contract-value",
			"past-sales", "expected-sales", "positioning", "methods", "stages", "providers", "blueprints",
			"participation", "no-channel", "score", "types", "research", "planning", "monitoring", "pattern", "market",
			"approach", "short-term", "long-term", "attractiveness", "success", "severity", "probability", "uses", "contact",
			"strategy", "technology", "environment", "staff", "input", "throughput", "output", "relieves", "technical",
			"functional");

	/** Contained objects that continue the line of their container instead of starting one. */
	private static final Set<EClass> INLINE = Set.of(SvcPackage.Literals.DURATION, SvcPackage.Literals.MONEY,
			SvcPackage.Literals.PERCENT, SvcPackage.Literals.DEADLINE, SvcPackage.Literals.RELATIVE_DEADLINE,
			SvcPackage.Literals.RECURRING_DEADLINE, SvcPackage.Literals.LOCATION_CRITERION,
			SvcPackage.Literals.CELL_RELATION, SvcPackage.Literals.LIFECYCLE_STAGE);

	/** Below lowPriority(): line breaks of declarations win over the default single space. */
	private static final int DEFAULT_SPACING = IHiddenRegionFormatter.LOW_PRIORITY - 1;

	protected void format(Model model, IFormattableDocument doc) {
		for (ISemanticRegion region : textRegionExtensions.allSemanticRegions(model)) {
			doc.append(region, it -> {
				it.oneSpace();
				it.setPriority(DEFAULT_SPACING);
			});
		}
		List<? extends EObject> elements = model.getElements();
		for (int i = 0; i < elements.size(); i++) {
			// The first element only needs a break when a file comment stands before it.
			if (i > 0 || textRegionExtensions.previousHiddenRegion(elements.get(i)).containsComment()) {
				doc.prepend(elements.get(i), it -> it.setNewLines(1, 1, 2));
			}
			doc.format(elements.get(i));
		}
		if (!elements.isEmpty()) {
			doc.append(elements.get(elements.size() - 1), it -> it.setNewLines(1));
		}
	}

	@Override
	protected void _format(EObject object, IFormattableDocument doc) {
		ISemanticRegionsFinder regions = regionFor(object);
		boolean compact = object instanceof Step;
		List<Pair<ISemanticRegion, ISemanticRegion>> braces = regions.keywordPairs("{", "}");
		boolean block = !braces.isEmpty();
		for (Pair<ISemanticRegion, ISemanticRegion> pair : braces) {
			doc.prepend(pair.getKey(), it -> it.oneSpace());
			if (!compact) {
				doc.interior(pair, it -> it.indent());
				doc.append(pair.getKey(), it -> it.newLine());
				doc.prepend(pair.getValue(), it -> it.newLine());
			}
		}
		for (ISemanticRegion comma : regions.keywords(",")) {
			doc.prepend(comma, it -> it.noSpace());
		}
		for (Pair<ISemanticRegion, ISemanticRegion> pair : regions.keywordPairs("(", ")")) {
			doc.append(pair.getKey(), it -> it.noSpace());
			doc.prepend(pair.getValue(), it -> it.noSpace());
		}
		for (ISemanticRegion percent : regions.keywords("%")) {
			doc.prepend(percent, it -> it.noSpace());
		}
		if (block && !compact) {
			ISemanticRegion first = textRegionExtensions.regionForEObject(object).getPreviousHiddenRegion().getNextSemanticRegion();
			for (ISemanticRegion keyword : regions.keywords(ATTRIBUTE_KEYWORDS.toArray(String[]::new))) {
				if (keyword != first) { // 'channel' opens a declaration as well as a touchpoint attribute
					doc.prepend(keyword, SvcFormatter::lineKeepingBlank);
				}
			}
		}
		for (EObject child : object.eContents()) {
			EReference containment = child.eContainmentFeature();
			if (block && !compact && !INLINE.contains(child.eClass()) && !isInlineFeature(containment)) {
				doc.prepend(child, SvcFormatter::lineKeepingBlank);
			}
			doc.format(child);
		}
	}

	/** A line break that keeps one blank line the author left; yields to the block's own breaks. */
	private static void lineKeepingBlank(IHiddenRegionFormatter it) {
		it.setNewLines(1, 1, 2);
		it.lowPriority();
	}

	private static boolean isInlineFeature(EReference containment) {
		return containment == SvcPackage.Literals.SERVICE_MATRIX__STAGES
				|| containment == SvcPackage.Literals.STANDARD__DEADLINE;
	}
}
