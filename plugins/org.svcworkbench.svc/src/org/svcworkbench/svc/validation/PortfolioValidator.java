package org.svcworkbench.svc.validation;

import static org.svcworkbench.svc.svc.SvcPackage.Literals.*;
import static org.svcworkbench.svc.validation.Phrases.*;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.svcworkbench.svc.domain.DeliveredValueCalculator;
import org.svcworkbench.svc.svc.*;
import org.svcworkbench.svc.vocabulary.*;

import com.google.inject.Inject;

/** D8, D15, D16: portfolio market data, the marketing triangle, delivered value. */
public class PortfolioValidator extends SvcChecks {

	@Inject private DeliveredValueCalculator deliveredValue;

	@Check
	public void checkTriangle(MarketingTriangle triangle) {
		Set<TriangleSideKind> sides = EnumSet.noneOf(TriangleSideKind.class);
		triangle.getSides().forEach(side -> sides.add(side.getKind()));
		for (TriangleSideKind kind : TriangleSideKind.VALUES) {
			if (!sides.contains(kind)) {
				warning("The marketing triangle has no " + kind.getLiteral() + " side (" + triangleMeaning(kind)
						+ "): add '" + kind.getLiteral() + " \"...\"'.", triangle, null, IssueCodes.TRIANGLE_SIDE_MISSING,
						kind.getLiteral());
			}
		}
	}

	private static String triangleMeaning(TriangleSideKind kind) {
		return switch (kind) {
			case EXTERNAL -> "making promises to customers";
			case INTERNAL -> "enabling employees to keep them";
			case INTERACTIVE -> "keeping promises when staff meet customers";
		};
	}

	@Check
	public void checkDeliveredValue(DeliveredValue block) {
		deliveredValue.balance(block).ifPresent(balance -> {
			if (balance.delivered().signum() < 0) {
				warning("Customer delivered value is negative: total value " + plain(balance.totalValue())
						+ " is below total cost " + plain(balance.totalCost())
						+ " (D16); raise a value component or cut a cost.", block, null, IssueCodes.DELIVERED_VALUE_NEGATIVE);
			}
		});
	}

	@Check
	public void checkPortfolio(Portfolio portfolio) {
		for (int i = 0; i < portfolio.getServices().size(); i++) {
			Service service = portfolio.getServices().get(i);
			if (!service.eIsProxy() && EcoreUtil2.typeSelect(service.getMembers(), Market.class).isEmpty()) {
				warning("Service '" + service.getName() + "' is in portfolio '" + portfolio.getName()
						+ "' but has no market data: add a 'market { segments ... }' block to it (D8).", portfolio,
						PORTFOLIO__SERVICES, i, IssueCodes.PORTFOLIO_NO_MARKET);
			}
		}
	}
}
