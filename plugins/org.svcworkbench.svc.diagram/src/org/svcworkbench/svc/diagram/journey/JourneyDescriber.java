package org.svcworkbench.svc.diagram.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.words.BidiIsolation;
import org.svcworkbench.svc.words.Labels;
import org.svcworkbench.svc.diagram.journey.JourneyDescription.Stage;
import org.svcworkbench.svc.diagram.journey.JourneyDescription.Touchpoint;
import org.svcworkbench.svc.domain.JourneyCurve;
import org.svcworkbench.svc.svc.Channel;
import org.svcworkbench.svc.svc.DecisionFactor;
import org.svcworkbench.svc.svc.Journey;
import org.svcworkbench.svc.svc.JourneyStage;
import org.svcworkbench.svc.svc.Role;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.TouchpointGroup;

/** Model to description: the journey map of a service, all its journey blocks' stages in the order written. */
public final class JourneyDescriber {

	private final DiagramLanguage language;
	private final JourneyCurve curve = new JourneyCurve();

	public JourneyDescriber(DiagramLanguage language) {
		this.language = language;
	}

	/** True when the service has a journey with at least one stage: only then is there a map to draw. */
	public static boolean hasJourney(Service service) {
		return service.getMembers().stream().anyMatch(m -> m instanceof Journey journey && !journey.getStages().isEmpty());
	}

	public JourneyDescription describe(Service service) {
		List<Stage> stages = new ArrayList<>();
		for (JourneyStage stage : curve.stages(service)) {
			stages.add(stage(stage, stages.size() + 1));
		}
		String title = BidiIsolation.isolate(Labels.of(service.getLabel(), service.getName())) + " · " + language.journeyMap();
		return new JourneyDescription("journey-" + service.getName(), title, stages, language.satisfactionLevels(),
				List.of(language.touchpoints(), language.satisfaction(), language.decisionFactors()), language.notRated());
	}

	private Stage stage(JourneyStage stage, int number) {
		List<Touchpoint> touchpoints = new ArrayList<>();
		List<String> groups = new ArrayList<>();
		List<TouchpointGroup> seen = new ArrayList<>();
		for (JourneyCurve.Point point : curve.points(stage)) {
			int group = -1;
			if (point.group() != null) {
				if (!seen.contains(point.group())) {
					seen.add(point.group());
					groups.add(point.group().getLabel() == null ? "" : point.group().getLabel());
				}
				group = seen.indexOf(point.group());
			}
			touchpoints.add(touchpoint(point, group));
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

	private Touchpoint touchpoint(JourneyCurve.Point point, int group) {
		org.svcworkbench.svc.svc.Touchpoint touchpoint = point.touchpoint();
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
		OptionalInt level = point.level();
		String emotion = point.emotion() == null ? null : language.emotion(point.emotion());
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
		return new Touchpoint("touchpoint-" + touchpoint.getName(), label, details, level.isPresent() ? level.getAsInt() : null,
				emotion, group, tooltip.toString());
	}
}
