package org.svcworkbench.svc.ui.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;

import org.svcworkbench.svc.ide.server.OpenDocumentsServerModule;
import org.svcworkbench.svc.ide.server.SvcServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;

import com.google.inject.Guice;
import com.google.inject.util.Modules;

/**
 * The one place where Eclipse meets the language's IDE services: Xtext's language server, running
 * in the Eclipse process and called through LSP4J's Java interfaces (no sockets, no JSON). Every
 * editor feature asks it, so Eclipse answers exactly as VS Code or Neovim do with
 * {@code svc language-server}. Each open project is one workspace folder; names resolve per
 * folder inside it, as everywhere else.
 */
public final class SvcLanguageServer {

	/** How long the UI waits for an answer before giving up on it (the server keeps working). */
	public static final long TIMEOUT_MS = 5_000;

	private static SvcLanguageServer instance;

	private final LanguageServerImpl server;
	private final DiagnosticsHub diagnostics = new DiagnosticsHub();
	private final WorkspaceSync workspaceSync;
	private final SemanticTokensLegend legend;

	private SvcLanguageServer() {
		IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
		// ServiceLoader discovery does not cross OSGi bundles: the language is registered by hand.
		registry.getExtensionToFactoryMap().put("svc",
				SvcLanguage.injector().getInstance(IResourceServiceProvider.class));
		// the editors show the open documents' findings; the builder's markers are the whole workspace's
		server = Guice.createInjector(Modules.override(Modules.override(new ServerModule())
				.with(new SvcServerModule(), binder -> binder.bind(IResourceServiceProvider.Registry.class).toInstance(registry)))
				.with(new OpenDocumentsServerModule()))
				.getInstance(LanguageServerImpl.class);
		server.connect(new EclipseLanguageClient(diagnostics));
		InitializeResult initialized = await(server.initialize(initializeParams()));
		legend = initialized == null || initialized.getCapabilities().getSemanticTokensProvider() == null ? null
				: initialized.getCapabilities().getSemanticTokensProvider().getLegend();
		server.initialized(new InitializedParams());
		workspaceSync = new WorkspaceSync(server);
		workspaceSync.start();
	}

	/** The workspace's server, started on first use. */
	public static synchronized SvcLanguageServer get() {
		if (instance == null) {
			instance = new SvcLanguageServer();
		}
		return instance;
	}

	/** Stops the server if it was started (bundle stop). */
	public static synchronized void stop() {
		if (instance != null) {
			instance.workspaceSync.stop();
			try {
				instance.server.shutdown().get(2, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} catch (ExecutionException | TimeoutException e) {
				// shutting down anyway
			}
			instance = null;
		}
	}

	public LanguageServerImpl server() {
		return server;
	}

	/** What the numbers in semantic tokens stand for; null if the server has no semantic tokens. */
	public SemanticTokensLegend semanticTokensLegend() {
		return legend;
	}

	public DiagnosticsHub diagnostics() {
		return diagnostics;
	}

	/** The URI the server knows a file by, for a file on the local file system. */
	public static String uri(IPath location) {
		return uri(location.toPath());
	}

	public static String uri(Path path) {
		return path.toAbsolutePath().normalize().toUri().toString();
	}

	/** The workspace file of a server URI, or null when it is not in the workspace. */
	public static IResource resource(String uri) {
		IPath location = IPath.fromPath(Path.of(URI.create(uri)));
		return ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(location);
	}

	/** Waits for an answer, up to {@link #TIMEOUT_MS}; null when there is none in time. */
	public static <T> T await(CompletableFuture<T> answer) {
		try {
			return answer.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		} catch (ExecutionException | TimeoutException e) {
			SvcUiLog.warning("The SVC language server did not answer: " + e, e);
			return null;
		}
	}

	static WorkspaceFolder folder(IProject project) {
		return new WorkspaceFolder(uri(project.getLocation()), project.getName());
	}

	private static InitializeParams initializeParams() {
		InitializeParams params = new InitializeParams();
		List<WorkspaceFolder> folders = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (project.isOpen() && project.getLocation() != null) {
				folders.add(folder(project));
			}
		}
		params.setWorkspaceFolders(folders);
		ClientCapabilities capabilities = new ClientCapabilities();
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true);
		capabilities.setWorkspace(workspace);
		TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
		DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
		symbols.setHierarchicalDocumentSymbolSupport(true);
		text.setDocumentSymbol(symbols);
		text.setHover(new HoverCapabilities(List.of(MarkupKind.MARKDOWN), false));
		RenameCapabilities rename = new RenameCapabilities();
		rename.setPrepareSupport(true);
		text.setRename(rename);
		capabilities.setTextDocument(text);
		params.setCapabilities(capabilities);
		params.setProcessId((int) ProcessHandle.current().pid());
		return params;
	}
}
