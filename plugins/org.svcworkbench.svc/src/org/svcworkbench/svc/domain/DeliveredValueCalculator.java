package org.svcworkbench.svc.domain;

import java.math.BigDecimal;
import java.util.Optional;

import org.svcworkbench.svc.svc.CustomerCost;
import org.svcworkbench.svc.svc.CustomerValue;
import org.svcworkbench.svc.svc.DeliveredValue;
import org.svcworkbench.svc.svc.ValueComponent;

/** D16: customer delivered value = total customer value - total customer cost. */
public class DeliveredValueCalculator {

	public record Balance(BigDecimal totalValue, BigDecimal totalCost) {
		public BigDecimal delivered() {
			return totalValue.subtract(totalCost);
		}
	}

	/** Only when every component carries a score; otherwise the sums would mislead. */
	public Optional<Balance> balance(DeliveredValue block) {
		BigDecimal value = BigDecimal.ZERO;
		BigDecimal cost = BigDecimal.ZERO;
		if (block.getComponents().isEmpty()) {
			return Optional.empty();
		}
		for (ValueComponent component : block.getComponents()) {
			if (component instanceof CustomerValue v) {
				if (v.getScore() == null) return Optional.empty();
				value = value.add(v.getScore());
			} else if (component instanceof CustomerCost c) {
				if (c.getScore() == null) return Optional.empty();
				cost = cost.add(c.getScore());
			}
		}
		return Optional.of(new Balance(value, cost));
	}
}
