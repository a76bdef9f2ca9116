package org.svcworkbench.svc.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import org.eclipse.xtext.ide.server.concurrent.AbstractRequest;
import org.eclipse.xtext.ide.server.concurrent.RequestManager;
import org.eclipse.xtext.ide.server.concurrent.WriteRequest;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.xbase.lib.Functions.Function0;
import org.eclipse.xtext.xbase.lib.Functions.Function2;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext's request manager with writes of the server's own that yield to the editor: Xtext's
 * writes cancel every request before them (an edit makes the answers computed for the old text
 * useless), but work the server does in the background (reading a workspace folder by folder) would
 * then cancel the completion a user is waiting for. A background write waits for the requests
 * before it, and the next write of the editor cancels it as it cancels any other.
 */
@Singleton
public class BackgroundWrites extends RequestManager {

	/** The requests since the last write of the editor, as Xtext keeps them (guarded by this). */
	private final List<AbstractRequest<?>> since = new ArrayList<>();

	@Inject
	public BackgroundWrites(ExecutorService parallel, OperationCanceledManager operationCanceledManager) {
		super(parallel, operationCanceledManager);
	}

	/** A write after the requests before it, cancelled by the next write of the editor. */
	public synchronized <U, V> CompletableFuture<V> runInBackground(Function0<? extends U> nonCancellable,
			Function2<? super CancelIndicator, ? super U, ? extends V> cancellable) {
		CompletableFuture<?>[] before = since.stream().map(AbstractRequest::get).toArray(CompletableFuture<?>[]::new);
		return submit(new WriteRequest<>(this, nonCancellable, cancellable, CompletableFuture.allOf(before)));
	}

	@Override
	protected void addRequest(AbstractRequest<?> request) {
		super.addRequest(request);
		since.removeIf(done -> done.get().isDone());
		since.add(request);
	}

	@Override
	protected CompletableFuture<Void> cancel() {
		since.clear();
		return super.cancel();
	}
}
