package org.svcworkbench.svc.design;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.svcworkbench.svc.domain.BlueprintAnalysis;
import org.svcworkbench.svc.domain.MatrixRelations;
import org.svcworkbench.svc.domain.SatisfactionScale;
import org.svcworkbench.svc.domain.Written;
import org.svcworkbench.svc.svc.Blueprint;
import org.svcworkbench.svc.svc.Duration;
import org.svcworkbench.svc.svc.Flow;
import org.svcworkbench.svc.svc.JourneyStage;
import org.svcworkbench.svc.svc.MatrixCell;
import org.svcworkbench.svc.svc.ServiceMatrix;
import org.svcworkbench.svc.svc.Step;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.svc.SvcFactory;
import org.svcworkbench.svc.svc.Touchpoint;
import org.svcworkbench.svc.vocabulary.CellRelationKind;
import org.svcworkbench.svc.vocabulary.Lane;
import org.svcworkbench.svc.words.Labels;
import org.svcworkbench.svc.words.Vocabulary;

/**
 * The Java services of svc.odesign: everything beyond a one-line AQL expression. Sirius calls a
 * public method with the expression's receiver as first argument; none of them needs Sirius, and
 * views (Sirius' DEdge) are read through EMF's reflective API, so all are tested without Sirius.
 */
public class SvcDesignServices {

	private final Vocabulary language;
	private final BlueprintAnalysis blueprints = new BlueprintAnalysis();
	private final SatisfactionScale scale = new SatisfactionScale();
	private final MatrixRelations matrixRelations = new MatrixRelations();

	/** Sirius makes services with this constructor: words in Chinese under a Chinese locale, else in English. */
	public SvcDesignServices() {
		this(Vocabulary.of("zh".equals(Locale.getDefault().getLanguage()) ? "zh" : "en"));
	}

	/** The words are the diagrams' and the reports' (the runtime's vocabulary). */
	public SvcDesignServices(Vocabulary language) {
		this.language = language;
	}

	/* ------------------------------------------------------------ labels */

	/** An element's label when it has one, else its name; "" for elements with neither. */
	public String displayLabel(EObject element) {
		return Labels.of(text(element, "label"), nonNull(text(element, "name")));
	}

	/** A step's box: its label, then who performs it. */
	public String stepLabel(Step step) {
		String label = displayLabel(step);
		return step.getActor() == null || step.getActor().eIsProxy() ? label
				: label + "\n" + language.actorPrefix() + displayLabel(step.getActor());
	}

	/** A step's tooltip: description, time taken, fail point, waiting point, evidence shown. */
	public String stepTooltip(Step step) {
		List<String> lines = new ArrayList<>();
		lines.add(displayLabel(step));
		if (step.getDescription() != null) {
			lines.add(step.getDescription());
		}
		if (step.getDuration() != null) {
			lines.add(duration(step.getDuration()));
		}
		if (step.getFailPoint() != null) {
			lines.add(language.failPoint() + ": " + step.getFailPoint());
		}
		if (step.getWaitPoint() != null) {
			lines.add(language.waitingPoint() + ": " + step.getWaitPoint()
					+ (step.getWaitTime() == null ? "" : " (" + duration(step.getWaitTime()) + ")"));
		}
		if (!step.getEvidence().isEmpty()) {
			lines.add(language.evidenceLink() + ": "
					+ String.join(", ", step.getEvidence().stream().filter(c -> !c.eIsProxy()).map(this::displayLabel).toList()));
		}
		return String.join("\n", lines);
	}

	/** Title of a blueprint lane: lane is a literal of svc's Lane ("CUSTOMER"). */
	public String laneTitle(EObject any, String lane) {
		return language.laneTitles().get(Lane.valueOf(lane).getValue());
	}

	/** Title of a line between lanes: INTERACTION, VISIBILITY or INTERNAL (internal interaction). */
	public String lineTitle(EObject any, String line) {
		return language.dividers().get(switch (line) {
		case "INTERACTION" -> 0;
		case "VISIBILITY" -> 1;
		case "INTERNAL" -> 2;
		default -> throw new IllegalArgumentException("unknown line '" + line + "': use INTERACTION, VISIBILITY or INTERNAL");
		});
	}

	/* ------------------------------------------------------------ flows */

	/** The steps a flow leads to from this one, each once, in flow order (the blueprint's arrows). */
	public List<Step> successors(Step step) {
		Set<Step> next = new LinkedHashSet<>();
		for (BlueprintAnalysis.Edge edge : blueprints.outgoing(step)) {
			next.add(edge.to());
		}
		return new ArrayList<>(next);
	}

	/** Label of the arrow from source to the target of an edge view: a chain's label belongs to its last arrow. */
	public String hopLabel(Step source, EObject edgeView) {
		Step target = edgeTarget(edgeView);
		Set<String> labels = new LinkedHashSet<>();
		for (BlueprintAnalysis.Edge edge : blueprints.outgoing(source)) {
			Flow flow = edge.flow();
			if (edge.to() == target && !edge.label().isEmpty()) {
				labels.add(edge.label());
			}
		}
		return String.join(" / ", labels);
	}

	/**
	 * Removes the arrow(s) from source to the edge view's target. A chain a → b → c → d that loses
	 * b → c becomes a → b and c → d; a part left with one step is dropped (a lone step is no flow).
	 */
	public EObject deleteHop(Step source, EObject edgeView) {
		Step target = edgeTarget(edgeView);
		if (source.eContainer() instanceof Blueprint blueprint && target != null) {
			for (Flow flow : new ArrayList<>(blueprint.getFlows())) {
				List<List<Step>> parts = new ArrayList<>();
				List<Step> part = new ArrayList<>();
				List<Step> steps = flow.getSteps();
				for (int i = 0; i < steps.size(); i++) {
					part.add(steps.get(i));
					if (i + 1 < steps.size() && steps.get(i) == source && steps.get(i + 1) == target) {
						parts.add(part);
						part = new ArrayList<>();
					}
				}
				parts.add(part);
				replace(blueprint, flow, parts, steps.get(steps.size() - 1));
			}
		}
		return source;
	}

	/** Deletes a step and mends the flows through it: a chain is cut where the step was, never joined across it. */
	public EObject deleteStep(Step step) {
		EObject container = step.eContainer();
		if (container instanceof Blueprint blueprint) {
			for (Flow flow : new ArrayList<>(blueprint.getFlows())) {
				if (!flow.getSteps().contains(step)) {
					continue;
				}
				List<List<Step>> parts = new ArrayList<>();
				List<Step> part = new ArrayList<>();
				for (Step each : flow.getSteps()) {
					if (each == step) {
						parts.add(part);
						part = new ArrayList<>();
					} else {
						part.add(each);
					}
				}
				parts.add(part);
				replace(blueprint, flow, parts, flow.getSteps().get(flow.getSteps().size() - 1));
			}
		}
		removeWithReferences(step);
		return container;
	}

	/**
	 * A name not yet used in the element's model: base1, base2, ... Every file the model's resource
	 * set holds counts (names of one folder share a scope), or the element's own file when it has none.
	 */
	public String newName(EObject anyInModel, String base) {
		Set<String> used = new LinkedHashSet<>();
		Resource resource = anyInModel.eResource();
		List<EObject> roots = new ArrayList<>();
		if (resource != null && resource.getResourceSet() != null) {
			resource.getResourceSet().getResources().forEach(r -> roots.addAll(r.getContents()));
		} else {
			roots.add(EcoreUtil.getRootContainer(anyInModel));
		}
		for (EObject root : roots) {
			root.eAllContents().forEachRemaining(e -> {
				String name = text(e, "name");
				if (name != null) {
					used.add(name);
				}
			});
		}
		int n = 1;
		while (used.contains(base + n)) {
			n++;
		}
		return base + n;
	}

	/* ------------------------------------------------------------ journey */

	/** A touchpoint's satisfaction on D11's 7-level scale, 0 when it is not rated. */
	public int satisfaction(Touchpoint touchpoint) {
		OptionalInt level = scale.level(touchpoint);
		return level.orElse(0);
	}

	/** A touchpoint's box: label, channel, owner, then the rating and emotion. */
	public String touchpointLabel(Touchpoint touchpoint) {
		List<String> lines = new ArrayList<>();
		lines.add(displayLabel(touchpoint));
		if (touchpoint.getChannel() != null && !touchpoint.getChannel().eIsProxy()) {
			lines.add(language.channelPrefix() + displayLabel(touchpoint.getChannel()));
		}
		if (touchpoint.getOwner() != null && !touchpoint.getOwner().eIsProxy()) {
			lines.add(language.ownerPrefix() + displayLabel(touchpoint.getOwner()));
		}
		int level = satisfaction(touchpoint);
		String rating = level == 0 ? language.notRated() : level + " · " + language.satisfactionLevels().get(level - 1);
		// An unwritten emotion reads as the enum's first literal: only a written one is shown.
		boolean felt = Written.written(touchpoint, SvcPackage.Literals.TOUCHPOINT__EMOTION);
		lines.add(felt ? rating + " · " + language.emotion(touchpoint.getEmotion()) : rating);
		return String.join("\n", lines);
	}

	/** A stage's title: its label, else the phase ("Before purchase"). */
	public String stageLabel(JourneyStage stage) {
		return stage.getLabel() != null && !stage.getLabel().isBlank() ? stage.getLabel()
				: stage.getPhase() == null ? "" : language.phase(stage.getPhase());
	}

	/** Deletes a touchpoint and the references to it (a step's "touchpoint" link). */
	public EObject deleteTouchpoint(Touchpoint touchpoint) {
		EObject container = touchpoint.eContainer();
		removeWithReferences(touchpoint);
		return container;
	}

	/* ------------------------------------------------------------ service matrix */

	/** How a cell takes part in the matrix's relations: "reinforces", "conflicts", "mixed" (both) or "none". */
	public String relationKind(MatrixCell cell) {
		if (!(cell.eContainer() instanceof ServiceMatrix matrix)) {
			return "none";
		}
		Set<CellRelationKind> kinds = matrixRelations.kindsAt(matrix, cell.getStage(), cell.getProvider());
		if (kinds.size() == 2) {
			return "mixed";
		}
		return kinds.isEmpty() ? "none" : kinds.iterator().next().getLiteral();
	}

	/* ------------------------------------------------------------ helpers */

	private void replace(Blueprint blueprint, Flow flow, List<List<Step>> parts, Step lastStep) {
		List<List<Step>> kept = parts.stream().filter(p -> p.size() >= 2).toList();
		if (kept.size() == 1 && kept.get(0).size() == flow.getSteps().size()) {
			return; // untouched
		}
		String label = flow.getLabel();
		int at = blueprint.getFlows().indexOf(flow);
		blueprint.getFlows().remove(flow);
		for (List<Step> part : kept) {
			Flow piece = SvcFactory.eINSTANCE.createFlow();
			piece.getSteps().addAll(part);
			// The label belongs to the flow's last arrow: it stays only with the part that still ends there.
			if (part.get(part.size() - 1) == lastStep && parts.get(parts.size() - 1) == part) {
				piece.setLabel(label);
			}
			blueprint.getFlows().add(at++, piece);
		}
	}

	private static void removeWithReferences(EObject element) {
		Collection<EStructuralFeature.Setting> usages = element.eResource() == null || element.eResource().getResourceSet() == null
				? EcoreUtil.UsageCrossReferencer.find(element, EcoreUtil.getRootContainer(element))
				: EcoreUtil.UsageCrossReferencer.find(element, element.eResource().getResourceSet());
		for (EStructuralFeature.Setting usage : usages) {
			EStructuralFeature feature = usage.getEStructuralFeature();
			if (feature.isChangeable() && !feature.isDerived()) {
				if (feature.isMany()) {
					((Collection<?>) usage.getEObject().eGet(feature)).remove(element);
				} else {
					usage.getEObject().eUnset(feature);
				}
			}
		}
		EcoreUtil.remove(element);
	}

	/** The semantic element at the target end of a Sirius DEdge (targetNode.target), read reflectively. */
	private static Step edgeTarget(EObject edgeView) {
		Object node = get(edgeView, "targetNode");
		Object target = node instanceof EObject nodeView ? get(nodeView, "target") : null;
		return target instanceof Step step ? step : null;
	}

	private static Object get(EObject object, String featureName) {
		if (object == null) {
			return null;
		}
		EStructuralFeature feature = object.eClass().getEStructuralFeature(featureName);
		return feature == null ? null : object.eGet(feature);
	}

	private static String text(EObject element, String featureName) {
		Object value = get(element, featureName);
		return value instanceof String s ? s : null;
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}

	private String duration(Duration duration) {
		return language.shortDuration(duration.getValue(), duration.getUnit());
	}
}
