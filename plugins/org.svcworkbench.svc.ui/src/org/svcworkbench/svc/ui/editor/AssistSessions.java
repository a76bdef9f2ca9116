package org.svcworkbench.svc.ui.editor;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ContentAssistEvent;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.contentassist.ICompletionListener;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewerExtension4;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.AbstractTextEditor;
import org.eclipse.ui.texteditor.ITextEditor;
import org.svcworkbench.svc.ui.lsp.SvcUiLog;

/**
 * Content assist in a .svc editor comes when asked for (Ctrl+Space) and by itself only where a name
 * is expected (see SvcContentAssistProcessor). The Generic Editor starts a session on every letter
 * typed (its "auto activation on type", a preference shared by all its languages), which put a
 * popup under every word, took its first proposal on Return, and swallowed a Ctrl+Space typed
 * within 200 ms of a letter; this turns that off in each .svc editor and tells the processor
 * whether the session running was asked for.
 * <p>
 * A session started by typing waits for its answers behind an invisible popup, or one that shows
 * "Computing", which takes the keys typed meanwhile: Return went to the placeholder and was lost,
 * and the caret jumped back to where the session started. So a key typed while such a session
 * offers no name of ours ends the session first and goes to the text.
 */
public final class AssistSessions {

	private static final Map<ITextViewer, Boolean> AUTOMATIC = Collections.synchronizedMap(new WeakHashMap<>());
	/** The viewers whose session started by typing offers no name yet, by their text widgets. */
	private static final Map<StyledText, ContentAssistant> WAITING = Collections.synchronizedMap(new WeakHashMap<>());
	private static final Set<Display> FILTERED = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

	private AssistSessions() {
	}

	/** Turns off completion on every letter in the editor and follows its content assist sessions. */
	static void install(ITextEditor editor) {
		if (!(editor.getAdapter(ITextOperationTarget.class) instanceof SourceViewer viewer)
				|| !(viewer instanceof ISourceViewerExtension4 extension) || extension.getContentAssistantFacade() == null) {
			return;
		}
		ContentAssistant assistant = assistantOf(viewer);
		if (assistant != null) {
			assistant.enableAutoActivateCompletionOnType(false);
			// the Generic Editor reads its preferences again on any change of the editor's store
			IPropertyChangeListener keepOff = event -> assistant.enableAutoActivateCompletionOnType(false);
			IPreferenceStore store = preferenceStoreOf(editor);
			if (store != null) {
				store.addPropertyChangeListener(keepOff);
				viewer.getTextWidget().addDisposeListener(disposed -> store.removePropertyChangeListener(keepOff));
			}
		}
		StyledText text = viewer.getTextWidget();
		if (assistant != null) {
			passKeysWhileWaiting(text.getDisplay());
		}
		extension.getContentAssistantFacade().addCompletionListener(new ICompletionListener() {
			@Override
			public void assistSessionStarted(ContentAssistEvent event) {
				AUTOMATIC.put(viewer, event.isAutoActivated);
				if (event.isAutoActivated && assistant != null) {
					WAITING.put(text, assistant);
				}
			}

			@Override
			public void assistSessionEnded(ContentAssistEvent event) {
				AUTOMATIC.remove(viewer);
				WAITING.remove(text);
			}

			@Override
			public void selectionChanged(ICompletionProposal proposal, boolean smartToggle) {
				if (!automatic(viewer) || assistant == null) {
					return;
				}
				if (proposal instanceof SvcCompletionProposal) {
					WAITING.remove(text);
				} else {
					WAITING.put(text, assistant); // the "Computing" placeholder
				}
			}
		});
	}

	/**
	 * Before any widget sees a key (a display filter runs ahead of the popup's key listener), a
	 * key typed into a text whose session is waiting ends that session.
	 */
	private static void passKeysWhileWaiting(Display display) {
		if (!FILTERED.add(display)) {
			return;
		}
		display.addFilter(SWT.KeyDown, event -> {
			if (event.widget instanceof StyledText text && !isModifier(event.keyCode)) {
				ContentAssistant assistant = WAITING.remove(text);
				if (assistant != null) {
					hide(assistant);
				}
			}
		});
	}

	private static boolean isModifier(int keyCode) {
		return (keyCode & SWT.MODIFIER_MASK) != 0 && (keyCode & ~SWT.MODIFIER_MASK) == 0;
	}

	/** ContentAssistant.hide() is protected: there is no public way to end a session. */
	private static void hide(ContentAssistant assistant) {
		try {
			Method hide = ContentAssistant.class.getDeclaredMethod("hide");
			hide.setAccessible(true);
			hide.invoke(assistant);
		} catch (ReflectiveOperationException | RuntimeException e) {
			SvcUiLog.warning("A key typed while completion was computing may be lost: its session could not be ended", e);
		}
	}

	/**
	 * The viewer's content assistant: SourceViewer keeps it in a protected field with no getter
	 * (the facade it hands out has no switch for activation on type).
	 */
	private static ContentAssistant assistantOf(SourceViewer viewer) {
		try {
			Field field = SourceViewer.class.getDeclaredField("fContentAssistant");
			field.setAccessible(true);
			return field.get(viewer) instanceof ContentAssistant assistant ? assistant : null;
		} catch (ReflectiveOperationException | RuntimeException e) {
			SvcUiLog.warning("Completion pops up on every letter in .svc editors: the content assistant was not found", e);
			return null;
		}
	}

	private static IPreferenceStore preferenceStoreOf(ITextEditor editor) {
		try {
			Method method = AbstractTextEditor.class.getDeclaredMethod("getPreferenceStore");
			method.setAccessible(true);
			return method.invoke(editor) instanceof IPreferenceStore store ? store : null;
		} catch (ReflectiveOperationException | RuntimeException e) {
			return null;
		}
	}

	/** True while a session the typing started (not Ctrl+Space) runs in the viewer. */
	static boolean automatic(ITextViewer viewer) {
		return Boolean.TRUE.equals(AUTOMATIC.get(viewer));
	}
}
