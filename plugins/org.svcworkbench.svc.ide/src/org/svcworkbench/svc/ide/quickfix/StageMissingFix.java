package org.svcworkbench.svc.ide.quickfix;

import java.util.List;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.svcworkbench.svc.svc.Journey;
import org.svcworkbench.svc.svc.JourneyStage;
import org.svcworkbench.svc.validation.IssueCodes;
import org.svcworkbench.svc.vocabulary.JourneyPhase;

/** A journey without a stage for before, during or after purchase: add the stage, in the journey's order. */
final class StageMissingFix implements Quickfix {

	@Override
	public String code() {
		return IssueCodes.JOURNEY_STAGE_MISSING;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		Journey journey = context.find(Journey.class);
		if (journey == null) {
			return;
		}
		for (String missing : context.data()) {
			JourneyPhase phase = JourneyPhase.get(missing);
			if (phase == null) {
				continue;
			}
			JourneyStage later = journey.getStages().stream().filter(stage -> stage.getPhase().compareTo(phase) > 0).findFirst().orElse(null);
			if (later == null) {
				proposals.accept(context.say("fix.stage.add", missing), List.of(context.addToBlock(journey, List.of("stage " + missing + " {", "}"))));
			} else {
				// before the first stage that comes later in the journey, at its indentation
				int offset = NodeModelUtils.findActualNodeFor(later).getOffset();
				String indent = context.indentAt(offset);
				proposals.accept(context.say("fix.stage.add", missing),
						List.of(context.insert(offset, "stage " + missing + " {\n" + indent + "}\n" + indent)));
			}
		}
	}
}
