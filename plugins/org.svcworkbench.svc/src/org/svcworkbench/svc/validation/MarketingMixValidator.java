package org.svcworkbench.svc.validation;

import static org.svcworkbench.svc.svc.SvcPackage.Literals.*;
import static org.svcworkbench.svc.validation.Phrases.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.svcworkbench.svc.domain.MarketingMix;
import org.svcworkbench.svc.svc.*;

import com.google.inject.Inject;

/** D2: the service's header lines and its 7Ps, price and currency. */
public class MarketingMixValidator extends SvcChecks {

	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
	@Inject private MarketingMix marketingMix;

	/** "Product" / "产品": a P as the findings name it. */
	private String title(MarketingMix.P p) {
		return say("mix.title." + p.keyword);
	}

	@Check
	public void checkHeaderLinesOnce(Service service) {
		for (EStructuralFeature feature : List.of(SERVICE__DESCRIPTION, SERVICE__INDUSTRY, SERVICE__ORIENTATION, SERVICE__DELIVERY)) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(service, feature);
			for (int i = 1; i < nodes.size(); i++) {
				String keyword = feature.getName();
				getMessageAcceptor().acceptError(say("service.header-repeated", service.getName(), keyword), service, nodes.get(i).getOffset(),
						nodes.get(i).getLength(), IssueCodes.SERVICE_HEADER_REPEATED);
			}
		}
	}

	@Check
	public void checkMarketingMix(Service service) {
		List<MarketingMix.P> missing = marketingMix.missing(service);
		if (!missing.isEmpty()) {
			String which = findings().listed(missing.stream().map(p -> say("mix.p", title(p), p.keyword)).toList());
			warning(say(missing.size() == 1 ? "mix.p-missing.one" : "mix.p-missing", service.getName(), which,
					missing.stream().map(p -> p.keyword).collect(Collectors.joining(", "))), service,
					TOP_LEVEL_ELEMENT__NAME, IssueCodes.MIX_P_MISSING,
					missing.stream().map(p -> p.keyword).toArray(String[]::new));
		}
		Set<MarketingMix.P> outOfScope = marketingMix.outOfScope(service);
		marketingMix.sections(service).forEach((p, blocks) -> {
			if (!blocks.isEmpty() && outOfScope.contains(p)) {
				warning(say("mix.p-out-of-scope-described", title(p), service.getName(), p.keyword), blocks.get(0), null, IssueCodes.MIX_P_OUT_OF_SCOPE_DESCRIBED,
						p.keyword);
			}
			for (int i = 1; i < blocks.size(); i++) {
				error(say("mix.p-repeated", title(p), service.getName(), p.keyword), blocks.get(i), null, IssueCodes.MIX_P_REPEATED);
			}
		});
	}

	@Check
	public void checkPNotEmpty(ServiceMember member) {
		MarketingMix.P p = marketingMix.of(member);
		if (p != null && marketingMix.isEmpty(member)) {
			warning(say("mix.p-empty", p.keyword, title(p)), member,
					null, IssueCodes.MIX_P_EMPTY, p.keyword);
		}
	}

	@Check
	public void checkFreeService(PriceAmount price) {
		if (price.getAmount() != null && price.getAmount().getAmount() != null
				&& price.getAmount().getAmount().signum() == 0 && price.getBundledWith() == null) {
			warning(say("price.free-service"),
					price, PRICE_AMOUNT__AMOUNT, IssueCodes.PRICE_FREE_SERVICE);
		}
	}

	@Check
	public void checkCurrency(Money money) {
		String currency = money.getCurrency();
		if (currency != null && !CURRENCY.matcher(currency).matches()) {
			String known = switch (currency) {
				case "元", "人民币", "圆", "RMB", "rmb", "yuan" -> "CNY";
				case "欧元", "euro", "euros", "Euro" -> "EUR";
				case "美元", "dollar", "dollars" -> "USD";
				case "日元", "円", "yen" -> "JPY";
				case "英镑", "pound", "pounds" -> "GBP";
				default -> currency.length() == 3 ? currency.toUpperCase() : null;
			};
			warning(say("currency.code", currency, known != null ? known : say("currency.any"),
					plain(money.getAmount() == null ? BigDecimal.TEN : money.getAmount()) + " " + (known != null ? known : "CNY")),
					money, MONEY__CURRENCY, IssueCodes.CURRENCY_CODE, known == null ? new String[0] : new String[] { known });
		}
	}
}
