package org.svcworkbench.svc.cli.lsp;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.svcworkbench.svc.words.Findings;

/**
 * The findings in the language of the editor that starts the server: 'initialize' carries the
 * client's locale ("zh-cn"), and the language's services are made while it is handled, so the
 * choice is in place before the first file is checked.
 */
public class ClientLocaleLanguageServer extends LanguageServerImpl {

	@Override
	public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
		String locale = params.getLocale();
		if (locale != null && System.getProperty(Findings.LANGUAGE_PROPERTY) == null) {
			String language = Locale.forLanguageTag(locale.replace('_', '-')).getLanguage();
			if (Findings.LANGUAGES.contains(language)) {
				System.setProperty(Findings.LANGUAGE_PROPERTY, language);
			}
		}
		return super.initialize(params);
	}
}
