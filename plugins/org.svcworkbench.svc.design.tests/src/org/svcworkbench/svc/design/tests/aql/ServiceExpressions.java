package org.svcworkbench.svc.design.tests.aql;

/**
 * Sirius' "service:" interpreter as AQL: "service:m" calls m on self, "service:m(a, b)" passes
 * arguments, "service:v.m(...)" calls m on variable v.
 */
public final class ServiceExpressions {
	private ServiceExpressions() {
	}

	public static String toAql(String service) {
		String call = service.trim();
		int paren = call.indexOf('(');
		String head = paren < 0 ? call : call.substring(0, paren);
		String arguments = paren < 0 ? "()" : call.substring(paren);
		return (head.contains(".") ? head : "self." + head) + arguments;
	}
}
