package org.svcworkbench.svc.ui.help;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.help.IHelpContentProducer;
import org.svcworkbench.svc.ui.lsp.SvcUiLog;
import org.svcworkbench.svc.words.Vocabulary;

/**
 * The help system's pages of this bundle (help/toc.xml), made when asked for: the language
 * reference, and the domain's terms as the diagrams, reports and viewpoint say them in English
 * and Chinese. Other files of the bundle are served as they are.
 */
public class ReferencePages implements IHelpContentProducer {

	@Override
	public InputStream getInputStream(String pluginID, String href, Locale locale) {
		String path = href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
		try {
			return switch (path) {
				case "help/reference.html" -> stream(LanguageReference.html());
				case "help/terms.html" -> stream(terms());
				default -> null;
			};
		} catch (IOException | RuntimeException e) {
			SvcUiLog.warning("The help page " + href + " could not be made", e);
			return null;
		}
	}

	private static InputStream stream(String html) {
		return new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8));
	}

	/** The shared vocabulary, English beside Chinese, in its groups (lanes, lines, phases, levels, emotions). */
	static String terms() {
		Map<String, String> english = new TreeMap<>(Vocabulary.of("en").all());
		Map<String, String> chinese = Vocabulary.of("zh").all();
		StringBuilder rows = new StringBuilder();
		String group = null;
		for (Map.Entry<String, String> term : english.entrySet()) {
			if (term.getValue().contains("{")) {
				continue; // a pattern (a duration with its number), not a term
			}
			String prefix = term.getKey().contains(".") ? term.getKey().substring(0, term.getKey().indexOf('.')) : term.getKey();
			if (!prefix.equals(group)) {
				group = prefix;
				rows.append("<tr><th colspan=\"2\">").append(LanguageReference.escape(groupTitle(prefix))).append("</th></tr>\n");
			}
			rows.append("<tr><td>").append(LanguageReference.escape(term.getValue())).append("</td><td lang=\"zh-CN\">")
					.append(LanguageReference.escape(chinese.getOrDefault(term.getKey(), ""))).append("</td></tr>\n");
		}
		return LanguageReference.page("Terms of the domain", "<h1>Terms of the domain</h1>\n"
				+ "<p>The words the blueprints, journey maps, reports and the Sirius viewpoint use, in English and Chinese, "
				+ "as the report language chooses them.</p>\n<table>\n<tr><th>English</th><th>中文</th></tr>\n" + rows + "</table>\n");
	}

	private static String groupTitle(String prefix) {
		return switch (prefix) {
			case "lane" -> "Blueprint lanes (D14)";
			case "line" -> "Blueprint lines (D14)";
			case "phase" -> "Journey phases (D4)";
			case "level" -> "Satisfaction levels (D11)";
			case "emotion" -> "Emotions on the journey (D4)";
			default -> prefix;
		};
	}
}
