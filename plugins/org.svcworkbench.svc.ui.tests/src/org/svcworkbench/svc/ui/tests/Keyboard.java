package org.svcworkbench.svc.ui.tests;

import java.time.Duration;
import java.util.Random;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/**
 * Types into an editor's text key by key, as a person does: each key goes down and up through the
 * widget (so the editor's key listeners, content assist and linked mode see it), with a pause
 * between keys and the UI running in the pauses. Key combinations that Eclipse binds to commands
 * (Ctrl+Space) run the bound command, as the key binding would.
 */
final class Keyboard {

	/** A fast typist's pace (about 11 keys a second); the jitter keeps the timing from being regular. */
	static final Duration PACE = Duration.ofMillis(90);

	static final char RETURN = '\r';
	static final char TAB = '\t';

	private final StyledText widget;
	private final Duration pace;
	private final Random jitter = new Random(21);

	Keyboard(StyledText widget, Duration pace) {
		this.widget = widget;
		this.pace = pace;
	}

	/** Types every character of the text; '\r' is Return, '\t' is Tab. */
	Keyboard type(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case RETURN -> key(c, SWT.CR);
			case TAB -> key(c, SWT.TAB);
			default -> key(c, Character.toLowerCase(c));
			}
		}
		return this;
	}

	Keyboard down() {
		return key((char) 0, SWT.ARROW_DOWN);
	}

	Keyboard end() {
		return key((char) 0, SWT.END);
	}

	/** Ctrl+Space: content assist, through the command its key binding runs. */
	Keyboard contentAssist() {
		try {
			widget.setFocus();
			PlatformUI.getWorkbench().getService(IHandlerService.class)
					.executeCommand("org.eclipse.ui.edit.text.contentAssist.proposals", null);
		} catch (Exception e) {
			throw new AssertionError("content assist could not run", e);
		}
		pause();
		return this;
	}

	/** Waits as a person looking at the screen does, with the UI running. */
	Keyboard pause(Duration time) {
		Workbench.settle(time);
		return this;
	}

	private Keyboard key(char character, int keyCode) {
		widget.setFocus();
		send(SWT.KeyDown, character, keyCode);
		send(SWT.KeyUp, character, keyCode);
		pause();
		return this;
	}

	private void send(int type, char character, int keyCode) {
		Event event = new Event();
		event.type = type;
		event.character = character;
		event.keyCode = keyCode;
		event.widget = widget;
		event.time = (int) System.currentTimeMillis();
		widget.notifyListeners(type, event);
	}

	private void pause() {
		long millis = pace.toMillis();
		Workbench.settle(Duration.ofMillis(millis / 2 + jitter.nextLong(millis + 1)));
	}
}
