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
				warning(say("triangle.side-missing", kind.getLiteral(), say("triangle." + kind.getLiteral())), triangle, null, IssueCodes.TRIANGLE_SIDE_MISSING,
						kind.getLiteral());
			}
		}
	}

	@Check
	public void checkDeliveredValue(DeliveredValue block) {
		deliveredValue.balance(block).ifPresent(balance -> {
			if (balance.delivered().signum() < 0) {
				warning(say("delivered-value.negative", plain(balance.totalValue()), plain(balance.totalCost())), block, null, IssueCodes.DELIVERED_VALUE_NEGATIVE);
			}
		});
	}

	@Check
	public void checkPortfolio(Portfolio portfolio) {
		for (int i = 0; i < portfolio.getServices().size(); i++) {
			Service service = portfolio.getServices().get(i);
			if (!service.eIsProxy() && EcoreUtil2.typeSelect(service.getMembers(), Market.class).isEmpty()) {
				warning(say("portfolio.no-market", service.getName(), portfolio.getName()), portfolio,
						PORTFOLIO__SERVICES, i, IssueCodes.PORTFOLIO_NO_MARKET);
			}
		}
	}
}
