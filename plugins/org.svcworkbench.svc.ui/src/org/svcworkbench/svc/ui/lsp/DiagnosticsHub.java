package org.svcworkbench.svc.ui.lsp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

import org.eclipse.lsp4j.Diagnostic;

/**
 * The latest diagnostics the server published, per document URI, and who wants to hear of new
 * ones (the open editors). Called on the server's threads.
 */
public final class DiagnosticsHub {

	private final Map<String, List<Diagnostic>> latest = new ConcurrentHashMap<>();
	private final List<BiConsumer<String, List<Diagnostic>>> listeners = new CopyOnWriteArrayList<>();

	void publish(String uri, List<Diagnostic> diagnostics) {
		latest.put(uri, List.copyOf(diagnostics));
		for (BiConsumer<String, List<Diagnostic>> listener : listeners) {
			listener.accept(uri, diagnostics);
		}
	}

	public List<Diagnostic> of(String uri) {
		return latest.getOrDefault(uri, List.of());
	}

	public void addListener(BiConsumer<String, List<Diagnostic>> listener) {
		listeners.add(listener);
	}

	public void removeListener(BiConsumer<String, List<Diagnostic>> listener) {
		listeners.remove(listener);
	}
}
