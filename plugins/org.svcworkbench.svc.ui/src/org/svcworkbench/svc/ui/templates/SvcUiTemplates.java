package org.svcworkbench.svc.ui.templates;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.templates.ContextTypeRegistry;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.persistence.TemplatePersistenceData;
import org.eclipse.jface.text.templates.persistence.TemplateStore;
import org.eclipse.ui.editors.text.templates.ContributionContextTypeRegistry;
import org.eclipse.ui.editors.text.templates.ContributionTemplateStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.svcworkbench.svc.ide.contentassist.SvcTemplates;
import org.svcworkbench.svc.ui.SvcUiPlugin;
import org.svcworkbench.svc.ui.lsp.SvcUiLog;

/**
 * The templates of the .svc editor: the language's own (SvcTemplates, which the language server
 * also offers other editors), and those a designer adds or edits in Window > Preferences > SVC >
 * Templates, kept in the workspace's preferences. Eclipse's template store and its page do the
 * work; this only turns the language's snippets into Eclipse templates.
 */
public final class SvcUiTemplates {

	/** The preference holding the designer's changes to the templates. */
	static final String KEY = "org.svcworkbench.svc.ui.templates.custom";

	private static final Pattern FIELD = Pattern.compile("\\$\\{(\\d+):([^}]*)\\}");

	private static ContextTypeRegistry registry;
	private static TemplateStore store;

	private SvcUiTemplates() {
	}

	public static synchronized ContextTypeRegistry registry() {
		if (registry == null) {
			ContributionContextTypeRegistry contexts = new ContributionContextTypeRegistry();
			contexts.addContextType(new SvcTemplateContextType());
			registry = contexts;
		}
		return registry;
	}

	public static synchronized TemplateStore store() {
		if (store == null) {
			TemplateStore loaded = new ContributionTemplateStore(registry(), new ScopedPreferenceStore(InstanceScope.INSTANCE, SvcUiPlugin.ID), KEY) {
				@Override
				protected void loadContributedTemplates() throws IOException {
					super.loadContributedTemplates();
					for (SvcTemplates.Template template : SvcTemplates.ALL) {
						internalAdd(new TemplatePersistenceData(eclipseTemplate(template), true, "org.svcworkbench.svc.ui.templates." + template.keyword()));
					}
				}
			};
			try {
				loaded.load();
			} catch (IOException e) {
				SvcUiLog.warning("The SVC templates could not be read; the language's own are offered", e);
			}
			store = loaded;
		}
		return store;
	}

	/** The enabled templates, in the store's order. */
	public static Template[] enabled() {
		return store().getTemplates(SvcTemplateContextType.ID);
	}

	/** A language snippet as an Eclipse template: ${1:text} becomes a field showing "text", $0 the cursor. */
	static Template eclipseTemplate(SvcTemplates.Template template) {
		String pattern = template.snippet().replace("$0", "\u0000").replace("$", "$$").replace("$${", "${");
		Matcher field = FIELD.matcher(pattern);
		StringBuilder converted = new StringBuilder();
		while (field.find()) {
			String text = field.group(2).replace("'", "''");
			field.appendReplacement(converted, Matcher.quoteReplacement("${f" + field.group(1) + ":field('" + text + "')}"));
		}
		field.appendTail(converted);
		return new Template(template.keyword(), template.name(), SvcTemplateContextType.ID, converted.toString().replace("\u0000", "${cursor}"),
				false);
	}
}
