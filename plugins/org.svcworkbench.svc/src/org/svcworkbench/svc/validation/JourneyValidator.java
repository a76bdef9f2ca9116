package org.svcworkbench.svc.validation;

import static org.svcworkbench.svc.svc.SvcPackage.Literals.*;
import static org.svcworkbench.svc.validation.Phrases.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.svcworkbench.svc.svc.*;
import org.svcworkbench.svc.vocabulary.*;

/** D4: the customer journey and its touchpoints. */
public class JourneyValidator extends SvcChecks {

	@Check
	public void checkTouchpoint(Touchpoint touchpoint) {
		if (touchpoint.getChannel() != null && touchpoint.getNoChannelReason() != null) {
			error(say("touchpoint.channel-conflict", touchpoint.getName()),
					touchpoint, TOUCHPOINT__NO_CHANNEL_REASON, IssueCodes.TOUCHPOINT_CHANNEL_CONFLICT);
		} else if (touchpoint.getChannel() == null && touchpoint.getNoChannelReason() == null) {
			warning(say("touchpoint.no-channel", touchpoint.getName()),
					touchpoint, TOUCHPOINT__NAME, IssueCodes.TOUCHPOINT_NO_CHANNEL);
		}
		if (touchpoint.getOwner() == null) {
			warning(say("touchpoint.no-owner", touchpoint.getName()),
					touchpoint, TOUCHPOINT__NAME, IssueCodes.TOUCHPOINT_NO_OWNER);
		}
	}

	@Check
	public void checkJourneyStages(Journey journey) {
		Set<JourneyPhase> seen = EnumSet.noneOf(JourneyPhase.class);
		for (JourneyStage stage : journey.getStages()) {
			if (!seen.add(stage.getPhase())) {
				error(say("journey.stage-repeated", stage.getPhase().getLiteral()),
						stage, JOURNEY_STAGE__PHASE, IssueCodes.JOURNEY_STAGE_REPEATED);
			}
		}
		List<String> missing = new ArrayList<>();
		for (JourneyPhase phase : JourneyPhase.VALUES) {
			if (!seen.contains(phase)) {
				missing.add(phase.getLiteral());
			}
		}
		if (!missing.isEmpty()) {
			String which = findings().and(missing.stream().map(phase -> say("journey.phase." + phase)).toList());
			warning(say("journey.stage-missing", which, missing.get(0)), journey, null,
					IssueCodes.JOURNEY_STAGE_MISSING, missing.toArray(String[]::new));
		}
	}
}
