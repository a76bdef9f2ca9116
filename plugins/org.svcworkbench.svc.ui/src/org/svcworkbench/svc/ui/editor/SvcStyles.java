package org.svcworkbench.svc.ui.editor;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.resource.StringConverter;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;
import org.svcworkbench.svc.ui.SvcUiPlugin;

/**
 * The colours of .svc text, chosen in Window > Preferences > SVC > Syntax Colouring; by default in
 * the spirit of Eclipse's Java editor: purple bold keywords, blue strings, green comments; declared
 * names bold, references in a dark teal.
 */
public final class SvcStyles {

	/** A kind of text the designer can colour. */
	public enum Kind {
		KEYWORD("Keywords", new RGB(127, 0, 85), true, false),
		STRING("Labels and descriptions (strings)", new RGB(42, 0, 255), false, false),
		NUMBER("Numbers", new RGB(125, 80, 0), false, false),
		COMMENT("Comments", new RGB(63, 127, 95), false, false),
		DECLARATION("Declared names", new RGB(0, 0, 0), true, false),
		REFERENCE("Names that refer to a declaration", new RGB(0, 100, 120), false, false);

		public final String label;
		final RGB colour;
		final boolean bold;
		final boolean italic;

		Kind(String label, RGB colour, boolean bold, boolean italic) {
			this.label = label;
			this.colour = colour;
			this.bold = bold;
			this.italic = italic;
		}

		public String colourKey() {
			return "syntax." + name().toLowerCase(java.util.Locale.ROOT) + ".colour";
		}

		public String boldKey() {
			return "syntax." + name().toLowerCase(java.util.Locale.ROOT) + ".bold";
		}

		public String italicKey() {
			return "syntax." + name().toLowerCase(java.util.Locale.ROOT) + ".italic";
		}
	}

	public static final List<Kind> KINDS = List.of(Kind.values());

	private static final Map<Kind, TextAttribute> ATTRIBUTES = new ConcurrentHashMap<>();

	static {
		InstanceScope.INSTANCE.getNode(SvcUiPlugin.ID).addPreferenceChangeListener(event -> {
			if (event.getKey().startsWith("syntax.")) {
				ATTRIBUTES.clear();
				repaintOpenEditors();
			}
		});
	}

	private SvcStyles() {
	}

	/** The defaults, into the default scope of the UI bundle's preferences. */
	public static void initializeDefaults() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(SvcUiPlugin.ID);
		for (Kind kind : KINDS) {
			defaults.put(kind.colourKey(), StringConverter.asString(kind.colour));
			defaults.putBoolean(kind.boldKey(), kind.bold);
			defaults.putBoolean(kind.italicKey(), kind.italic);
		}
	}

	/** The attribute a kind of text is drawn with now. */
	public static TextAttribute of(Kind kind) {
		return ATTRIBUTES.computeIfAbsent(kind, SvcStyles::read);
	}

	private static TextAttribute read(Kind kind) {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(SvcUiPlugin.ID);
		RGB rgb = StringConverter.asRGB(preferences.get(kind.colourKey(), null), kind.colour);
		int style = (preferences.getBoolean(kind.boldKey(), kind.bold) ? SWT.BOLD : SWT.NORMAL)
				| (preferences.getBoolean(kind.italicKey(), kind.italic) ? SWT.ITALIC : SWT.NORMAL);
		return new TextAttribute(new Color(rgb), null, style);
	}

	/** Every open .svc editor draws its text again, in the colours chosen now. */
	private static void repaintOpenEditors() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
				for (IWorkbenchPage page : window.getPages()) {
					for (IEditorReference reference : page.getEditorReferences()) {
						if (reference.getEditor(false) instanceof ITextEditor editor
								&& SvcDocument.of(Editors.document(editor)) != null
								&& editor.getAdapter(ITextOperationTarget.class) instanceof ITextViewer viewer) {
							viewer.invalidateTextPresentation();
						}
					}
				}
			}
		});
	}

	/** The attribute of a lexical highlighting style id, or null for default text. */
	static TextAttribute lexical(String style) {
		return switch (style) {
			case HighlightingStyles.KEYWORD_ID -> of(Kind.KEYWORD);
			case HighlightingStyles.STRING_ID -> of(Kind.STRING);
			case HighlightingStyles.NUMBER_ID -> of(Kind.NUMBER);
			case HighlightingStyles.COMMENT_ID -> of(Kind.COMMENT);
			default -> null;
		};
	}

	/** The kind of a lexical highlighting style id, or null for default text. */
	public static Kind kindOf(String style) {
		return switch (style) {
			case HighlightingStyles.KEYWORD_ID -> Kind.KEYWORD;
			case HighlightingStyles.STRING_ID -> Kind.STRING;
			case HighlightingStyles.NUMBER_ID -> Kind.NUMBER;
			case HighlightingStyles.COMMENT_ID -> Kind.COMMENT;
			default -> null;
		};
	}
}
