package org.svcworkbench.svc.cli.lsp;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.svcworkbench.svc.ide.server.WorkspaceReadInTurn;
import org.svcworkbench.svc.words.Findings;

/**
 * The language server of `svc language-server`: Xtext's, with the findings in the language of the
 * editor that starts it ('initialize' carries the client's locale, "zh-cn", and the language's
 * services are made while it is handled, so the choice is in place before the first file is
 * checked), and a progress bar while the workspace is read, for an editor that shows one.
 */
public class CommandLineLanguageServer extends LanguageServerImpl {

	/** Done once the client has said 'initialized': before it, a server may not ask the client anything. */
	private final CompletableFuture<Void> clientReady = new CompletableFuture<>();

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		String locale = params.getLocale();
		if (locale != null && System.getProperty(Findings.LANGUAGE_PROPERTY) == null) {
			String language = Locale.forLanguageTag(locale.replace('_', '-')).getLanguage();
			if (Findings.LANGUAGES.contains(language)) {
				System.setProperty(Findings.LANGUAGE_PROPERTY, language);
			}
		}
		if (showsProgress(params) && getWorkspaceManager() instanceof WorkspaceReadInTurn workspace) {
			workspace.reportTo(new ReadingProgress(getLanguageClient(), clientReady, Findings.speaking(Findings.defaultLanguage())));
		}
		return super.initialize(params);
	}

	@Override
	public void initialized(InitializedParams params) {
		super.initialized(params);
		clientReady.complete(null);
	}

	private static boolean showsProgress(InitializeParams params) {
		var capabilities = params.getCapabilities();
		return capabilities != null && capabilities.getWindow() != null && Boolean.TRUE.equals(capabilities.getWindow().getWorkDoneProgress());
	}
}
