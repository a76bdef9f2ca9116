package org.svcworkbench.svc.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.svcworkbench.svc.svc.Journey;
import org.svcworkbench.svc.svc.JourneyStage;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.ServiceMember;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.svc.Touchpoint;
import org.svcworkbench.svc.svc.TouchpointGroup;
import org.svcworkbench.svc.vocabulary.Emotion;

/**
 * D4, D11: the customer's journey as a sequence of touchpoints, stage by stage in the order
 * written, each with its satisfaction level (1..7, when rated) and emotion: the satisfaction curve
 * of the journey map and the reports.
 */
public class JourneyCurve {

	/** A touchpoint on the curve; group is the touchpoint group it belongs to, or null. */
	public record Point(JourneyStage stage, TouchpointGroup group, Touchpoint touchpoint, OptionalInt level, Emotion emotion) {
	}

	private final SatisfactionScale scale = new SatisfactionScale();

	/** The stages of all the service's journey blocks, in the order written. */
	public List<JourneyStage> stages(Service service) {
		List<JourneyStage> stages = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof Journey journey) {
				stages.addAll(journey.getStages());
			}
		}
		return stages;
	}

	public List<Point> points(Service service) {
		List<Point> points = new ArrayList<>();
		for (JourneyStage stage : stages(service)) {
			points.addAll(points(stage));
		}
		return points;
	}

	/**
	 * The named touchpoints of a stage in the order written: touchpoints and groups interleave in the
	 * text but the model keeps them in two lists, so the text's offsets give the order back.
	 */
	public List<Point> points(JourneyStage stage) {
		List<EObject> contents = new ArrayList<>(stage.eContents());
		contents.sort(Comparator.comparingInt(JourneyCurve::offset));
		List<Point> points = new ArrayList<>();
		for (EObject content : contents) {
			if (content instanceof Touchpoint touchpoint) {
				add(stage, null, touchpoint, points);
			} else if (content instanceof TouchpointGroup group) {
				group.getTouchpoints().forEach(touchpoint -> add(stage, group, touchpoint, points));
			}
		}
		return points;
	}

	private void add(JourneyStage stage, TouchpointGroup group, Touchpoint touchpoint, List<Point> points) {
		if (touchpoint.getName() == null) {
			return;
		}
		Emotion emotion = Written.written(touchpoint, SvcPackage.Literals.TOUCHPOINT__EMOTION) ? touchpoint.getEmotion() : null;
		points.add(new Point(stage, group, touchpoint, scale.level(touchpoint), emotion));
	}

	private static int offset(EObject object) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		return node == null ? 0 : node.getOffset();
	}
}
