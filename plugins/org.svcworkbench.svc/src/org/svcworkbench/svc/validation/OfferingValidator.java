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
				warning("The characteristic '" + c.getKind().getLiteral() + "' is described twice: merge the two entries.", c,
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
				warning("Pain '" + pain.getName() + "' is not answered: add 'answer " + pain.getName()
						+ " \"how the service relieves it\"'.", pain, PAIN__NAME, IssueCodes.PAIN_NOT_ANSWERED, pain.getName());
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
				warning("The answer to '" + pain.getName() + "' reaches no customer: add 'relieves " + pain.getName()
						+ "' to the touchpoint that delivers it (D3: every touchpoint carries the value proposition).", answer,
						ANSWER__PAINS, 0, IssueCodes.ANSWER_NOT_CARRIED);
			}
		}
	}

	@Check
	public void checkCustomerServicesOnce(CustomerServices block) {
		Set<CustomerServiceKind> seen = EnumSet.noneOf(CustomerServiceKind.class);
		for (CustomerServiceOffer offer : block.getOffers()) {
			if (!seen.add(offer.getKind())) {
				warning("The customer service '" + offer.getKind().getLiteral() + "' is listed twice: merge the two entries.",
						offer, CUSTOMER_SERVICE_OFFER__KIND, IssueCodes.CUSTOMER_SERVICE_REPEATED);
			}
		}
	}
}
