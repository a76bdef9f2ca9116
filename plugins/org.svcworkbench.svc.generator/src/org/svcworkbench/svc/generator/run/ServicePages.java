package org.svcworkbench.svc.generator.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.ServiceDiagrams.Kind;
import org.svcworkbench.svc.diagram.ServiceDiagrams.Rendered;
import org.svcworkbench.svc.diagram.scene.Scene;
import org.svcworkbench.svc.diagram.scene.Shape;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.generator.GeneratedFile;
import org.svcworkbench.svc.generator.HtmlReport;
import org.svcworkbench.svc.generator.MarkdownReport;
import org.svcworkbench.svc.generator.checklist.Checklist;
import org.svcworkbench.svc.generator.checklist.ChecklistBuilder;
import org.svcworkbench.svc.generator.checklist.ChecklistWriters;
import org.svcworkbench.svc.generator.view.FileNames;
import org.svcworkbench.svc.generator.view.ReportTexts;
import org.svcworkbench.svc.generator.view.ServiceFiles;
import org.svcworkbench.svc.generator.view.ServiceSummary;
import org.svcworkbench.svc.generator.view.ServiceView;
import org.svcworkbench.svc.generator.view.ServiceViewBuilder;
import org.svcworkbench.svc.load.CheckedFolder;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.svc.Service;

/**
 * One service's files in the formats asked for: its diagrams drawn once (the HTML page inlines every
 * kind, the files hold the kinds asked for), its report pages and checklists, written into the output
 * folder once the journal lists them; its PNG pictures are left to paint. Used by several threads at
 * once: the drawer, the view builder and the templates are shared and only read.
 */
final class ServicePages {

	/** A PNG to paint from the scene on the pictures' pool. */
	record Picture(String path, Scene scene) {
	}

	/**
	 * What was made for a service: whether anything was written, its index row (null without
	 * reports), every path in the order the manifest lists them (pictures too), the pictures still
	 * to paint, and the glyphs of its diagrams that the font lacks.
	 */
	record Made(boolean wrote, ServiceSummary summary, List<String> paths, List<Picture> pictures, Set<String> missingGlyphs) {
	}

	private final DocumentationOptions options;
	private final ReportTexts texts;
	private final OutputFolder output;
	private final RunJournal journal;
	private final ServiceDiagrams drawer;
	private final ServiceViewBuilder views;
	private final HtmlReport html;
	private final MarkdownReport markdown;
	private final ChecklistBuilder checklists;

	/** html and markdown: the reports of the formats asked for, else null. */
	ServicePages(DocumentationOptions options, ReportTexts texts, OutputFolder output, RunJournal journal, ServiceDiagrams drawer, HtmlReport html,
			MarkdownReport markdown) {
		this.options = options;
		this.texts = texts;
		this.output = output;
		this.journal = journal;
		this.drawer = drawer;
		this.views = options.views() ? new ServiceViewBuilder(texts, drawer, options.eventDate()) : null;
		this.html = html;
		this.markdown = markdown;
		this.checklists = new ChecklistBuilder(texts);
	}

	/** The service's files, written under its service folder; its HTML page links back to its folder's part of the index (indexId). */
	Made document(Service service, String serviceFolder, CheckedFolder checked, String indexId) throws IOException {
		Outputs outputs = new Outputs(output);
		Set<String> glyphs = new LinkedHashSet<>();
		List<Kind> drawnKinds = options.views() ? List.of(Kind.values()) : options.diagramFiles() ? options.diagrams() : List.of();
		List<Rendered> rendered = drawer.render(service, drawnKinds);
		List<Rendered> files = options.diagramFiles()
				? rendered.stream().filter(r -> options.diagrams().contains(r.drawn().kind())).toList()
				: List.of();
		if (files.isEmpty() && !options.views() && !options.writes(Format.JSON)) {
			return new Made(false, null, outputs.paths, outputs.pictures, glyphs);
		}
		for (Rendered diagram : files) {
			collectMissingGlyphs(diagram.drawn().scene().shapes(), drawer.font(), glyphs);
			String base = serviceFolder + "/" + FileNames.diagram(diagram.drawn().kind().code(), diagram.drawn().name());
			if (options.writes(Format.SVG) || options.writes(Format.MARKDOWN)) {
				outputs.add(new GeneratedFile(base + ".svg", diagram.document().bytes()));
			}
			if (options.writes(Format.PNG)) {
				outputs.add(new Picture(base + ".png", diagram.drawn().scene()));
			}
		}
		if (!options.views()) {
			outputs.write(journal);
			return new Made(true, null, outputs.paths, outputs.pictures, glyphs);
		}
		Set<Kind> asked = options.diagrams().isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(options.diagrams());
		Set<Kind> none = EnumSet.noneOf(Kind.class);
		ServiceView view = views.build(service, serviceFolder, rendered, new ServiceFiles(
				options.diagramFiles() && (options.writes(Format.SVG) || options.writes(Format.MARKDOWN)) ? asked : none,
				options.diagramFiles() && options.writes(Format.PNG) ? asked : none, options.writes(Format.CHECKLISTS)));
		if (options.writes(Format.HTML)) {
			outputs.add(html.page(view, indexId, texts));
		}
		if (options.writes(Format.MARKDOWN)) {
			outputs.add(markdown.page(view, indexId, texts));
		}
		if (options.writes(Format.CHECKLISTS)) {
			List<SvcDiagnostic> ofFile = checked.findingsOf(CheckedFolder.fileOf(service.eResource()));
			for (Checklist checklist : checklists.build(service, view, ofFile)) {
				outputs.addAll(new ChecklistWriters().write(serviceFolder, checklist));
			}
		}
		outputs.write(journal);
		return new Made(true, ServiceSummary.of(view), outputs.paths, outputs.pictures, glyphs);
	}

	private static void collectMissingGlyphs(List<Shape> shapes, DiagramFont font, Set<String> missing) {
		for (Shape shape : shapes) {
			if (shape instanceof Shape.Text text) {
				String lacking = font.missingGlyphs(text.text());
				if (!lacking.isEmpty()) {
					lacking.codePoints().forEach(c -> missing.add(Character.toString(c)));
				}
			} else if (shape instanceof Shape.Group group) {
				collectMissingGlyphs(group.children(), font, missing);
			}
		}
	}

	/**
	 * One service's outputs as they are made, every path in order: files kept until {@link #write},
	 * pictures kept to paint.
	 */
	private static final class Outputs {
		private final OutputFolder output;
		private final List<String> paths = new ArrayList<>();
		private final List<Picture> pictures = new ArrayList<>();
		private final List<GeneratedFile> files = new ArrayList<>();

		Outputs(OutputFolder output) {
			this.output = output;
		}

		void add(GeneratedFile file) {
			files.add(file);
			paths.add(file.path());
		}

		void add(Picture picture) {
			pictures.add(picture);
			paths.add(picture.path());
		}

		void addAll(List<GeneratedFile> files) {
			for (GeneratedFile file : files) {
				add(file);
			}
		}

		/**
		 * Writes the files once the journal lists them all, pictures too: a run stopped while it
		 * writes them leaves none that the next run does not know to be this tool's.
		 */
		void write(RunJournal journal) throws IOException {
			journal.writing(paths);
			for (GeneratedFile file : files) {
				output.write(file);
			}
			files.clear();
		}
	}
}
