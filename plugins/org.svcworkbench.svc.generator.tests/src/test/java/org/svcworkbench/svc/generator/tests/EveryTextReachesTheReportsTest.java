package org.svcworkbench.svc.generator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.svcworkbench.svc.generator.HtmlReport;
import org.svcworkbench.svc.generator.MarkdownReport;
import org.svcworkbench.svc.generator.view.ReportTexts;
import org.svcworkbench.svc.generator.view.ServiceView;
import org.svcworkbench.svc.svc.Service;

/**
 * Every text in quotes that a designer wrote in the examples (labels, descriptions, reasons, notes,
 * cell texts, fields…) can be read in the HTML report, outside its pictures, and in the Markdown
 * report, which only links them: the reports carry the whole model, not a summary of it.
 */
class EveryTextReachesTheReportsTest {

	private static final Pattern SVG = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL);
	private static final Pattern TAG = Pattern.compile("<[^>]+>");
	private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#x([0-9a-fA-F]+);");
	private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\(\\p{Punct})");

	@ParameterizedTest
	@ValueSource(strings = { "en", "zh" })
	void everyQuotedTextOfTheExamplesIsInBothReports(String language) {
		List<Service> services = Models.exampleServices();
		List<ServiceView> views = Models.views(services, language);
		ReportTexts texts = ReportTexts.of(language);
		StringBuilder html = new StringBuilder(), markdown = new StringBuilder();
		Models.pages(new HtmlReport().generate(views, texts)).values().forEach(page -> html.append(htmlText(page)).append('\n'));
		Models.pages(new MarkdownReport().generate(views, texts)).values()
				.forEach(page -> markdown.append(collapse(MARKDOWN_ESCAPE.matcher(page).replaceAll("$1"))).append('\n'));

		Set<String> written = quotedTexts(services);
		assertTrue(written.size() > 400, "the examples hold hundreds of texts: " + written.size());
		List<String> notInHtml = new ArrayList<>(), notInMarkdown = new ArrayList<>();
		for (String text : written) {
			String expected = collapse(text);
			if (html.indexOf(expected) < 0) {
				notInHtml.add(text);
			}
			if (markdown.indexOf(expected) < 0) {
				notInMarkdown.add(text);
			}
		}
		assertEquals(List.of(), notInHtml, "texts of the model missing from the HTML report");
		assertEquals(List.of(), notInMarkdown, "texts of the model missing from the Markdown report");
	}

	/** The value of every STRING token in the files the services come from, escapes resolved. */
	private static Set<String> quotedTexts(List<Service> services) {
		IValueConverterService converter = Models.injector().getInstance(IValueConverterService.class);
		Set<Resource> resources = new LinkedHashSet<>();
		for (Service service : services) {
			resources.addAll(service.eResource().getResourceSet().getResources());
		}
		Set<String> texts = new LinkedHashSet<>();
		for (Resource resource : resources) {
			for (ILeafNode leaf : ((XtextResource) resource).getParseResult().getRootNode().getLeafNodes()) {
				if (leaf.getGrammarElement() instanceof RuleCall call && call.getRule().getName().equals("STRING")) {
					texts.add((String) converter.toValue(leaf.getText(), "STRING", leaf));
				}
			}
		}
		return texts;
	}

	private static String htmlText(String page) {
		String text = TAG.matcher(SVG.matcher(page).replaceAll(" ")).replaceAll("");
		text = NUMERIC_ENTITY.matcher(text).replaceAll(m -> Character.toString(Integer.parseInt(m.group(1), 16)));
		return collapse(text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&"));
	}

	private static String collapse(String text) {
		return text.replaceAll("\\s+", " ");
	}
}
