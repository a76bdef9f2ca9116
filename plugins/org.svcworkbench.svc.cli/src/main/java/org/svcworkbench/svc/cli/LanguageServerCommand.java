package org.svcworkbench.svc.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.svcworkbench.svc.cli.lsp.CommandLineLanguageServer;
import org.eclipse.xtext.ide.server.ServerModule;
import org.svcworkbench.svc.ide.server.SvcServerModule;
import org.svcworkbench.svc.cli.lsp.RobustLauncher;

import com.google.inject.Guice;
import com.google.inject.util.Modules;

import picocli.CommandLine.Command;

/**
 * svc language-server: the Language Server Protocol over standard input and output, for editors
 * other than Eclipse (VS Code, Neovim, Emacs, ...). It is Xtext's language server with the
 * language's IDE services (org.svcworkbench.svc.ide), found through their ISetup service entry:
 * diagnostics, completion, hover, definition, references, rename, formatting, symbols, folding and
 * semantic tokens, with names resolved per folder as svc validate does. It survives any client: see
 * {@link RobustLauncher}.
 */
@Command(name = "language-server", mixinStandardHelpOptions = true,
		description = { "Runs the SVC language server for editors.", "",
				"JSON-RPC (LSP) on standard input and output, logs on standard error. Editors start it and send the "
						+ "workspace folder in 'initialize'; it stops on 'exit' or end of input." },
		parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n", exitCodeListHeading = "%nExit codes:%n", exitCodeList = { "0:the client ended the session", "1:the server failed" })
class LanguageServerCommand implements Callable<Integer> {

	@Override
	public Integer call() throws InterruptedException {
		InputStream in = System.in;
		PrintStream protocol = System.out;
		// Standard output carries the protocol: anything else printed there would corrupt it.
		System.setOut(System.err);
		System.setIn(InputStream.nullInputStream());
		// A workspace folder holds the files svc validate of that folder would check, by the same rules.
		LanguageServerImpl server = Guice.createInjector(Modules.override(new ServerModule())
				.with(new SvcServerModule(), binder -> binder.bind(LanguageServerImpl.class).to(CommandLineLanguageServer.class)))
				.getInstance(LanguageServerImpl.class);
		ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, "svc-language-server");
			thread.setDaemon(true);
			return thread;
		});
		Launcher<LanguageClient> launcher = new RobustLauncher(System.err).setLocalService(server)
				.setRemoteInterface(LanguageClient.class).setInput(in).setOutput(protocol).setExecutorService(threads).create();
		server.connect(launcher.getRemoteProxy());
		Future<Void> listening = launcher.startListening();
		try {
			listening.get();
			return 0;
		} catch (ExecutionException e) {
			System.err.println("svc language-server: " + e.getCause());
			return 1;
		} finally {
			threads.shutdownNow();
		}
	}
}
