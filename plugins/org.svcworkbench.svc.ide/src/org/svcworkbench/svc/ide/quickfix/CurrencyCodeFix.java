package org.svcworkbench.svc.ide.quickfix;

import java.util.List;

import org.svcworkbench.svc.validation.IssueCodes;

/** An amount's currency is written as a symbol or in lower case: write its ISO 4217 code. */
final class CurrencyCodeFix implements Quickfix {

	@Override
	public String code() {
		return IssueCodes.CURRENCY_CODE;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		List<String> data = context.data();
		if (data.isEmpty() || data.get(0) == null) {
			return;
		}
		String code = data.get(0);
		proposals.accept(context.say("fix.currency.code", code),
				List.of(context.replace(context.start(), context.offset(context.diagnostic().getRange().getEnd()), code)));
	}
}
