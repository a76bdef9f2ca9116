package org.svcworkbench.svc.ui.preferences;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ColorSelector;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.StringConverter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.svcworkbench.svc.ui.SvcUiPlugin;
import org.svcworkbench.svc.ui.editor.PreviewColouring;
import org.svcworkbench.svc.ui.editor.SvcStyles;
import org.svcworkbench.svc.ui.editor.SvcStyles.Kind;

/**
 * Window > Preferences > SVC > Syntax Colouring: colour, bold and italic for each kind of text of
 * the .svc editor, with a preview; open editors take the new colours when applied.
 */
public class SyntaxColouringPage extends PreferencePage implements IWorkbenchPreferencePage {

	/** A preview with every kind of text; the ranges say which kind each piece is. */
	public static final String PREVIEW = """
			// A café's morning order
			role barista "Barista"
			service cafe "Corner café" {
				blueprint order {
					step brew "Brew" backstage by barista {
						takes 3 min
					}
				}
			}
			""";

	private final Map<Kind, Style> styles = new EnumMap<>(Kind.class);
	private List kinds;
	private ColorSelector colour;
	private Button bold;
	private Button italic;
	private StyledText preview;

	/** One kind's choice while the page is open. */
	private static final class Style {
		RGB rgb;
		boolean bold;
		boolean italic;
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, SvcUiPlugin.ID));
		setDescription("Colours of the .svc editor. Declared names and names that refer to one are told apart by meaning.");
	}

	@Override
	protected Control createContents(Composite parent) {
		for (Kind kind : SvcStyles.KINDS) {
			styles.put(kind, load(kind, false));
		}
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		new Label(page, SWT.NONE).setText("&Element:");
		new Label(page, SWT.NONE);
		kinds = new List(page, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		kinds.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		for (Kind kind : SvcStyles.KINDS) {
			kinds.add(kind.label);
		}
		Composite choice = new Composite(page, SWT.NONE);
		choice.setLayout(new GridLayout(2, false));
		choice.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
		new Label(choice, SWT.NONE).setText("C&olour:");
		colour = new ColorSelector(choice);
		bold = new Button(choice, SWT.CHECK);
		bold.setText("&Bold");
		bold.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
		italic = new Button(choice, SWT.CHECK);
		italic.setText("&Italic");
		italic.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));

		Label previewLabel = new Label(page, SWT.NONE);
		previewLabel.setText("Preview:");
		previewLabel.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
		preview = new StyledText(page, SWT.BORDER | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL);
		preview.setFont(JFaceResources.getTextFont());
		preview.setText(PREVIEW);
		GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		previewData.heightHint = preview.getLineHeight() * 11;
		preview.setLayoutData(previewData);

		kinds.addListener(SWT.Selection, e -> showSelected());
		colour.addListener(event -> changeSelected(style -> style.rgb = colour.getColorValue()));
		bold.addListener(SWT.Selection, e -> changeSelected(style -> style.bold = bold.getSelection()));
		italic.addListener(SWT.Selection, e -> changeSelected(style -> style.italic = italic.getSelection()));
		kinds.select(0);
		showSelected();
		paintPreview();
		return page;
	}

	private Style load(Kind kind, boolean defaults) {
		IPreferenceStore store = getPreferenceStore();
		Style style = new Style();
		style.rgb = StringConverter.asRGB(defaults ? store.getDefaultString(kind.colourKey()) : store.getString(kind.colourKey()), new RGB(0, 0, 0));
		style.bold = defaults ? store.getDefaultBoolean(kind.boldKey()) : store.getBoolean(kind.boldKey());
		style.italic = defaults ? store.getDefaultBoolean(kind.italicKey()) : store.getBoolean(kind.italicKey());
		return style;
	}

	private Kind selected() {
		return SvcStyles.KINDS.get(Math.max(0, kinds.getSelectionIndex()));
	}

	private void showSelected() {
		Style style = styles.get(selected());
		colour.setColorValue(style.rgb);
		bold.setSelection(style.bold);
		italic.setSelection(style.italic);
	}

	private void changeSelected(java.util.function.Consumer<Style> change) {
		change.accept(styles.get(selected()));
		paintPreview();
	}

	private void paintPreview() {
		java.util.List<StyleRange> ranges = new java.util.ArrayList<>();
		for (int[] piece : PreviewColouring.of(PREVIEW)) {
			Style style = styles.get(SvcStyles.KINDS.get(piece[2]));
			ranges.add(new StyleRange(piece[0], piece[1], new Color(style.rgb), null,
					(style.bold ? SWT.BOLD : SWT.NORMAL) | (style.italic ? SWT.ITALIC : SWT.NORMAL)));
		}
		preview.setStyleRanges(ranges.toArray(StyleRange[]::new));
	}

	/** The preview's style of the text at an offset: colour, bold, italic (for tests). */
	public StyleRange previewStyleAt(int offset) {
		return preview.getStyleRangeAtOffset(offset);
	}

	/** Selects an element and gives it a colour, as the colour dialog would (for tests). */
	public void choose(Kind kind, RGB rgb, boolean isBold) {
		kinds.select(SvcStyles.KINDS.indexOf(kind));
		showSelected();
		Style style = styles.get(kind);
		style.rgb = rgb;
		style.bold = isBold;
		showSelected();
		paintPreview();
	}

	@Override
	protected void performDefaults() {
		for (Kind kind : SvcStyles.KINDS) {
			styles.put(kind, load(kind, true));
		}
		showSelected();
		paintPreview();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		IPreferenceStore store = getPreferenceStore();
		for (Kind kind : SvcStyles.KINDS) {
			Style style = styles.get(kind);
			store.setValue(kind.colourKey(), StringConverter.asString(style.rgb));
			store.setValue(kind.boldKey(), style.bold);
			store.setValue(kind.italicKey(), style.italic);
		}
		return super.performOk();
	}
}
