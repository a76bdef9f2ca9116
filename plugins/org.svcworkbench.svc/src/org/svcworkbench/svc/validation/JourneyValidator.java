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
			error("Touchpoint '" + touchpoint.getName() + "' names a channel and says 'no-channel': remove one of the two.",
					touchpoint, TOUCHPOINT__NO_CHANNEL_REASON, IssueCodes.TOUCHPOINT_CHANNEL_CONFLICT);
		} else if (touchpoint.getChannel() == null && touchpoint.getNoChannelReason() == null) {
			warning("Touchpoint '" + touchpoint.getName() + "' has no channel: add 'channel <name>' (where the customer meets the service), or 'no-channel \"why\"' if it deliberately has none.",
					touchpoint, TOUCHPOINT__NAME, IssueCodes.TOUCHPOINT_NO_CHANNEL);
		}
		if (touchpoint.getOwner() == null) {
			warning("Touchpoint '" + touchpoint.getName() + "' has no owner: add 'owner <role>' (who is accountable for it).",
					touchpoint, TOUCHPOINT__NAME, IssueCodes.TOUCHPOINT_NO_OWNER);
		}
	}

	@Check
	public void checkJourneyStages(Journey journey) {
		Set<JourneyPhase> seen = EnumSet.noneOf(JourneyPhase.class);
		for (JourneyStage stage : journey.getStages()) {
			if (!seen.add(stage.getPhase())) {
				error("The journey has two '" + stage.getPhase().getLiteral() + "' stages: merge their touchpoints into one.",
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
			String which = missing.size() == 1 ? missing.get(0)
					: String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.get(missing.size() - 1);
			warning("The journey has no stage for " + which + " purchase: add 'stage " + missing.get(0)
					+ " { touchpoint ... }' so the whole journey is covered (D4).", journey, null,
					IssueCodes.JOURNEY_STAGE_MISSING, missing.toArray(String[]::new));
		}
	}
}
