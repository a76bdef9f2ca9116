package org.svcworkbench.svc.diagram.journey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.Labels;
import org.svcworkbench.svc.diagram.journey.JourneyDescription.Stage;
import org.svcworkbench.svc.diagram.journey.JourneyDescription.Touchpoint;
import org.svcworkbench.svc.domain.SatisfactionScale;
import org.svcworkbench.svc.domain.Written;
import org.svcworkbench.svc.svc.Channel;
import org.svcworkbench.svc.svc.DecisionFactor;
import org.svcworkbench.svc.svc.Journey;
import org.svcworkbench.svc.svc.JourneyStage;
import org.svcworkbench.svc.svc.Role;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.ServiceMember;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.svc.TouchpointGroup;

/** Model to description: the journey map of a service, all its journey blocks' stages in the order written. */
public final class JourneyDescriber {

	private final DiagramLanguage language;
	private final SatisfactionScale scale = new SatisfactionScale();

	public JourneyDescriber(DiagramLanguage language) {
		this.language = language;
	}

	/** True when the service has a journey with at least one stage: only then is there a map to draw. */
	public static boolean hasJourney(Service service) {
		return service.getMembers().stream().anyMatch(m -> m instanceof Journey journey && !journey.getStages().isEmpty());
	}

	public JourneyDescription describe(Service service) {
		List<Stage> stages = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof Journey journey) {
				for (JourneyStage stage : journey.getStages()) {
					stages.add(stage(stage, stages.size() + 1));
				}
			}
		}
		String title = Labels.of(service.getLabel(), service.getName()) + " · " + language.journeyMap();
		return new JourneyDescription("journey-" + service.getName(), title, stages, language.satisfactionLevels(),
				List.of(language.touchpoints(), language.satisfaction(), language.decisionFactors()), language.notRated());
	}

	private Stage stage(JourneyStage stage, int number) {
		List<Touchpoint> touchpoints = new ArrayList<>();
		List<String> groups = new ArrayList<>();
		// Touchpoints and groups interleave in the text but are kept in two lists: the text's offsets give
		// back the order written, which is the order on the map.
		List<EObject> contents = new ArrayList<>(stage.eContents());
		contents.sort(Comparator.comparingInt(JourneyDescriber::offset));
		for (EObject content : contents) {
			if (content instanceof org.svcworkbench.svc.svc.Touchpoint touchpoint) {
				addTouchpoint(touchpoint, -1, touchpoints);
			} else if (content instanceof TouchpointGroup group) {
				groups.add(group.getLabel() == null ? "" : group.getLabel());
				for (org.svcworkbench.svc.svc.Touchpoint touchpoint : group.getTouchpoints()) {
					addTouchpoint(touchpoint, groups.size() - 1, touchpoints);
				}
			}
		}
		List<String> factors = new ArrayList<>();
		for (DecisionFactor factor : stage.getFactors()) {
			if (factor.getName() != null) {
				factors.add(Labels.of(factor.getLabel(), factor.getName()));
			}
		}
		int phase = stage.getPhase().getValue();
		String label = stage.getLabel() == null ? "" : stage.getLabel();
		return new Stage("stage-" + number, phase, language.phase(stage.getPhase()), label, touchpoints, groups, factors,
				language.noTouchpoints());
	}

	private static int offset(EObject object) {
		ICompositeNode node = NodeModelUtils.getNode(object);
		return node == null ? 0 : node.getOffset();
	}

	private void addTouchpoint(org.svcworkbench.svc.svc.Touchpoint touchpoint, int group, List<Touchpoint> touchpoints) {
		if (touchpoint.getName() == null) {
			return;
		}
		List<String> details = new ArrayList<>();
		Channel channel = touchpoint.getChannel();
		if (channel != null && !channel.eIsProxy() && channel.getName() != null) {
			details.add(language.channelPrefix() + Labels.of(channel.getLabel(), channel.getName()));
		}
		Role owner = touchpoint.getOwner();
		if (owner != null && !owner.eIsProxy() && owner.getName() != null) {
			details.add(language.ownerPrefix() + Labels.of(owner.getLabel(), owner.getName()));
		}
		if (touchpoint.getExpectation() != null && !touchpoint.getExpectation().isBlank()) {
			details.add(language.expectsPrefix() + touchpoint.getExpectation());
		}
		OptionalInt level = scale.level(touchpoint);
		String emotion = Written.written(touchpoint, SvcPackage.Literals.TOUCHPOINT__EMOTION)
				? language.emotion(touchpoint.getEmotion()) : null;
		String label = Labels.of(touchpoint.getLabel(), touchpoint.getName());
		StringBuilder tooltip = new StringBuilder(label);
		if (touchpoint.getDescription() != null && !touchpoint.getDescription().isBlank()) {
			tooltip.append('\n').append(touchpoint.getDescription());
		}
		details.forEach(d -> tooltip.append('\n').append(d));
		if (level.isPresent()) {
			tooltip.append('\n').append(language.satisfaction()).append(": ")
					.append(language.satisfactionLevels().get(level.getAsInt() - 1)).append(" (").append(level.getAsInt()).append("/7)");
		}
		if (emotion != null) {
			tooltip.append(" · ").append(emotion);
		}
		touchpoints.add(new Touchpoint("touchpoint-" + touchpoint.getName(), label, details,
				level.isPresent() ? level.getAsInt() : null, emotion, group, tooltip.toString()));
	}
}
