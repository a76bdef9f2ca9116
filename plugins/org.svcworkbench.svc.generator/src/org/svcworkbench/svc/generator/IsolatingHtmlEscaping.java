package org.svcworkbench.svc.generator;

import java.util.Map;

import org.svcworkbench.svc.words.BidiIsolation;

import io.pebbletemplates.pebble.extension.escaper.EscapeFilter;
import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/** Pebble's own HTML escaping, after {@link BidiIsolation}: model text cannot turn the page's words around. */
final class IsolatingHtmlEscaping implements EscapingStrategy {

	private static final Map<String, Object> HTML = Map.of("strategy", "html");
	private final EscapeFilter pebble = new EscapeFilter();

	@Override
	public String escape(String input) {
		return pebble.apply(BidiIsolation.isolate(input), HTML, null, null, 0).toString();
	}
}
