package org.svcworkbench.svc.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.templates.DocumentTemplateContext;
import org.eclipse.jface.text.templates.Template;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.TemplateProposal;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.svcworkbench.svc.ui.lsp.SvcLanguage;
import org.svcworkbench.svc.ui.templates.SvcTemplateContextType;
import org.svcworkbench.svc.ui.templates.SvcUiTemplates;

/**
 * The editor's templates that fit at the caret: their name starts with the word typed, and where
 * their first word is one of the language's keywords, the language allows it here (the server
 * proposes it). Continuation lines take the indentation of the line the template goes on.
 */
final class TemplateProposals {

	private static Set<String> keywords;

	private final Map<String, List<TemplateProposal>> byFirstWord = new LinkedHashMap<>();

	private TemplateProposals() {
	}

	static TemplateProposals at(ITextViewer viewer, int offset, List<CompletionItem> items) {
		TemplateProposals fitting = new TemplateProposals();
		IDocument document = viewer.getDocument();
		IRegion typed = Words.at(document, offset);
		int start = typed.getOffset();
		String prefix;
		String indent;
		try {
			prefix = document.get(start, offset - start);
			IRegion line = document.getLineInformationOfOffset(start);
			String before = document.get(line.getOffset(), start - line.getOffset());
			indent = before.substring(0, before.length() - before.stripLeading().length());
		} catch (BadLocationException e) {
			return fitting;
		}
		Set<String> allowed = items.stream().filter(i -> i.getKind() == CompletionItemKind.Keyword).map(CompletionItem::getLabel)
				.collect(Collectors.toSet());
		TemplateContextType type = SvcUiTemplates.registry().getContextType(SvcTemplateContextType.ID);
		for (Template template : SvcUiTemplates.enabled()) {
			String first = firstWord(template.getPattern());
			if (!template.getName().startsWith(prefix) || languageKeywords().contains(first) && !allowed.contains(first)) {
				continue;
			}
			Template indented = new Template(template.getName(), template.getDescription(), template.getContextTypeId(),
					template.getPattern().replace("\n", "\n" + indent), template.isAutoInsertable());
			DocumentTemplateContext context = new DocumentTemplateContext(type, document, start, offset - start);
			TemplateProposal proposal = new TemplateProposal(indented, context, new Region(start, offset - start),
					PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FILE));
			fitting.byFirstWord.computeIfAbsent(first, f -> new ArrayList<>()).add(proposal);
		}
		return fitting;
	}

	/** The templates whose first word is this keyword, to list right after it; each is listed once. */
	List<TemplateProposal> startingWith(String keyword) {
		List<TemplateProposal> found = byFirstWord.remove(keyword);
		return found == null ? List.of() : found;
	}

	/** The templates not listed after a keyword. */
	List<TemplateProposal> remaining() {
		List<TemplateProposal> rest = new ArrayList<>();
		byFirstWord.values().forEach(rest::addAll);
		byFirstWord.clear();
		return rest;
	}

	private static String firstWord(String pattern) {
		String trimmed = pattern.stripLeading();
		int end = 0;
		while (end < trimmed.length() && (Character.isLetterOrDigit(trimmed.charAt(end)) || trimmed.charAt(end) == '-' || trimmed.charAt(end) == '_')) {
			end++;
		}
		return trimmed.substring(0, end);
	}

	private static synchronized Set<String> languageKeywords() {
		if (keywords == null) {
			keywords = GrammarUtil.getAllKeywords(SvcLanguage.injector().getInstance(IGrammarAccess.class).getGrammar());
		}
		return keywords;
	}
}
