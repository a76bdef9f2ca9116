package org.svcworkbench.svc.validation;

import static org.svcworkbench.svc.svc.SvcPackage.Literals.*;
import static org.svcworkbench.svc.validation.Phrases.*;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.svcworkbench.svc.svc.*;
import org.svcworkbench.svc.vocabulary.*;

/** D1, D3, D5: characteristics, value proposition, customer services. */
public class OfferingValidator extends SvcChecks {

	@Check
	public void checkCharacteristicsOnce(Characteristics block) {
		Set<CharacteristicKind> seen = EnumSet.noneOf(CharacteristicKind.class);
		for (Characteristic c : block.getEntries()) {
			if (!seen.add(c.getKind())) {
				warning(say("characteristic.repeated", c.getKind().getLiteral()), c,
						CHARACTERISTIC__KIND, IssueCodes.CHARACTERISTIC_REPEATED);
			}
		}
	}

	@Check
	public void checkPainsAnswered(ValueProposition proposition) {
		Set<Pain> answered = new HashSet<>();
		for (PropositionItem item : proposition.getItems()) {
			if (item instanceof Answer answer) {
				if (answer.getPains().stream().anyMatch(Pain::eIsProxy)) {
					return; // which pain that answer meant is unknown until the linker's error is fixed
				}
				answered.addAll(answer.getPains());
			}
		}
		for (PropositionItem item : proposition.getItems()) {
			if (item instanceof Pain pain && !answered.contains(pain)) {
				warning(say("pain.not-answered", pain.getName()), pain, PAIN__NAME, IssueCodes.PAIN_NOT_ANSWERED, pain.getName());
			}
		}
	}

	/** D3: every touchpoint carries the value proposition; an answer no touchpoint delivers stays a promise. */
	@Check
	public void checkAnswersCarried(ValueProposition proposition) {
		if (!(proposition.eContainer() instanceof Service service)) {
			return;
		}
		List<Touchpoint> touchpoints = EcoreUtil2.getAllContentsOfType(service, Touchpoint.class);
		if (touchpoints.isEmpty()) {
			return;
		}
		Set<Pain> relieved = new HashSet<>();
		touchpoints.forEach(t -> relieved.addAll(t.getRelieves()));
		for (PropositionItem item : proposition.getItems()) {
			if (!(item instanceof Answer answer)) {
				continue;
			}
			List<Pain> pains = answer.getPains().stream().filter(p -> !p.eIsProxy() && p.getName() != null).toList();
			if (!pains.isEmpty() && pains.stream().noneMatch(relieved::contains)) {
				Pain pain = pains.get(0);
				warning(say("answer.not-carried", pain.getName()), answer,
						ANSWER__PAINS, 0, IssueCodes.ANSWER_NOT_CARRIED);
			}
		}
	}

	@Check
	public void checkCustomerServicesOnce(CustomerServices block) {
		Set<CustomerServiceKind> seen = EnumSet.noneOf(CustomerServiceKind.class);
		for (CustomerServiceOffer offer : block.getOffers()) {
			if (!seen.add(offer.getKind())) {
				warning(say("customer-service.repeated", offer.getKind().getLiteral()),
						offer, CUSTOMER_SERVICE_OFFER__KIND, IssueCodes.CUSTOMER_SERVICE_REPEATED);
			}
		}
	}
}
