package org.svcworkbench.svc.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.eclipse.core.runtime.Platform;
import org.svcworkbench.svc.ui.SvcUiPlugin;

/**
 * The .svc language reference (docs/language-reference.md, carried in the bundle) as an HTML page
 * in the bundle's state folder, for Help > SVC Language Reference: every construct with an
 * example, by the domain's sections D1–D20, and every finding with its code.
 */
public final class LanguageReference {

	static final String SOURCE = "help/language-reference.md";

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private LanguageReference() {
	}

	/** The reference as a whole HTML page. */
	public static String html() throws IOException {
		URL source = Platform.getBundle(SvcUiPlugin.ID).getEntry(SOURCE);
		if (source == null) {
			throw new IOException("the bundle " + SvcUiPlugin.ID + " carries no " + SOURCE);
		}
		String markdown;
		try (InputStream in = source.openStream()) {
			markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Node document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
		// the reference is the project's own text; HtmlRenderer escapes what is not markup in it
		String body = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build().render(document);
		return page("The .svc language reference", body);
	}

	/** A whole page around a body, in the reference's look. */
	static String page(String title, String body) {
		return """
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>""" + escape(title) + """
				</title>
				<style>
				body { font-family: "Noto Sans", "Noto Sans CJK SC", sans-serif; max-width: 52em; margin: 1.5em auto; padding: 0 1em; line-height: 1.5; color: #1d2733; }
				code, pre { font-family: "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace; background: #f3f5f7; }
				pre { padding: .6em .8em; overflow-x: auto; }
				table { border-collapse: collapse; margin: .8em 0; }
				th, td { border: 1px solid #c9d1d9; padding: .25em .5em; text-align: left; vertical-align: top; }
				h1, h2, h3 { color: #2f5f8f; }
				</style>
				</head>
				<body>
				""" + body + "</body>\n</html>\n";
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/** Writes the page (whole, then moved into place) under the folder; returns it. */
	public static Path write(Path folder) throws IOException {
		Files.createDirectories(folder);
		Path page = folder.resolve("language-reference.html");
		Path part = Files.createTempFile(folder, "language-reference", ".part");
		try {
			Files.writeString(part, html(), StandardCharsets.UTF_8);
			Files.move(part, page, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(part);
		}
		return page;
	}
}
