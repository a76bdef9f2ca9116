package org.svcworkbench.svc.ide.quickfix;

import java.util.List;

import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.validation.IssueCodes;

/** A service lacks some of the 7Ps: add a block for one (or all), or declare one out of scope. */
final class MissingPFix implements Quickfix {

	@Override
	public String code() {
		return IssueCodes.MIX_P_MISSING;
	}

	@Override
	public void propose(FixContext context, Proposals proposals) {
		Service service = context.find(Service.class);
		List<String> missing = context.data();
		if (service == null || missing.isEmpty()) {
			return;
		}
		for (String p : missing) {
			proposals.accept(context.say("fix.p.add", p), List.of(context.addToBlock(service, List.of(p + " {", "}"))));
			proposals.accept(context.say("fix.p.out-of-scope", p),
					List.of(context.addToBlock(service, List.of("out-of-scope " + p + " \"" + context.say("fix.placeholder.reason") + "\""))));
		}
		if (missing.size() > 1) {
			List<String> blocks = missing.stream().flatMap(p -> java.util.stream.Stream.of(p + " {", "}")).toList();
			proposals.accept(context.say("fix.p.add-all", context.words().listed(missing)),
					List.of(context.addToBlock(service, blocks)));
		}
	}
}
