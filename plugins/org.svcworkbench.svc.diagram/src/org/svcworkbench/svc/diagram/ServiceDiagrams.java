package org.svcworkbench.svc.diagram;

import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.diagram.analysis.LoyaltyDescriber;
import org.svcworkbench.svc.diagram.analysis.LoyaltyScene;
import org.svcworkbench.svc.diagram.analysis.OpportunityThreatDescriber;
import org.svcworkbench.svc.diagram.analysis.OpportunityThreatScene;
import org.svcworkbench.svc.diagram.analysis.RelationshipGridDescriber;
import org.svcworkbench.svc.diagram.analysis.RelationshipGridScene;
import org.svcworkbench.svc.diagram.analysis.ServqualDescriber;
import org.svcworkbench.svc.diagram.analysis.ServqualScene;
import org.svcworkbench.svc.diagram.analysis.SwotDescriber;
import org.svcworkbench.svc.diagram.analysis.SwotScene;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescriber;
import org.svcworkbench.svc.diagram.blueprint.BlueprintDescription;
import org.svcworkbench.svc.diagram.blueprint.BlueprintLayout;
import org.svcworkbench.svc.diagram.blueprint.BlueprintScene;
import org.svcworkbench.svc.diagram.blueprint.LaidOutBlueprint;
import org.svcworkbench.svc.diagram.journey.JourneyDescriber;
import org.svcworkbench.svc.diagram.journey.JourneyLayout;
import org.svcworkbench.svc.diagram.journey.JourneyScene;
import org.svcworkbench.svc.diagram.journey.LaidOutJourney;
import org.svcworkbench.svc.diagram.matrix.LaidOutMatrix;
import org.svcworkbench.svc.diagram.matrix.MatrixDescriber;
import org.svcworkbench.svc.diagram.matrix.MatrixLayout;
import org.svcworkbench.svc.diagram.matrix.MatrixScene;
import org.svcworkbench.svc.diagram.render.PngRenderer;
import org.svcworkbench.svc.diagram.render.SvgDocument;
import org.svcworkbench.svc.diagram.render.SvgWriter;
import org.svcworkbench.svc.diagram.scene.Scene;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.svc.Blueprint;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.ServiceMatrix;
import org.svcworkbench.svc.svc.ServiceMember;

/** The diagrams of one service, from model to SVG text and PNG bytes: the entry point of this bundle. */
public final class ServiceDiagrams {

	/** A diagram kind, as the command line names it. */
	public enum Kind {
		BLUEPRINT, JOURNEY, MATRIX, SERVQUAL, RELATIONSHIPS, SWOT, OPPORTUNITY_THREAT, LOYALTY;

		/** "blueprint", "opportunity-threat": the name on the command line and of the files. */
		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}
	}

	/** One drawn diagram: its kind, the name it is filed under (null when the service has one), its scene. */
	public record Drawn(Kind kind, String name, Scene scene) {
	}

	/** A drawn diagram with its SVG document, so that files and reports share one drawing. */
	public record Rendered(Drawn drawn, SvgDocument document) {
		/** The SVG document as text. */
		public String svg() {
			return document.text();
		}
	}

	private final DiagramFont font;
	private final DiagramLanguage language;

	public ServiceDiagrams(DiagramFont font, DiagramLanguage language) {
		this.font = font;
		this.language = language;
	}

	public List<Drawn> draw(Service service, List<Kind> kinds) {
		List<Drawn> drawn = new ArrayList<>();
		if (kinds.contains(Kind.BLUEPRINT)) {
			for (ServiceMember member : service.getMembers()) {
				if (member instanceof Blueprint blueprint && blueprint.getName() != null) {
					drawn.add(new Drawn(Kind.BLUEPRINT, blueprint.getName(), new BlueprintScene(font).draw(layOut(service, blueprint))));
				}
			}
		}
		if (kinds.contains(Kind.JOURNEY) && JourneyDescriber.hasJourney(service)) {
			drawn.add(new Drawn(Kind.JOURNEY, null, new JourneyScene(font).draw(layOutJourney(service))));
		}
		if (kinds.contains(Kind.MATRIX)) {
			for (ServiceMember member : service.getMembers()) {
				if (member instanceof ServiceMatrix matrix && matrix.getName() != null) {
					drawn.add(new Drawn(Kind.MATRIX, matrix.getName(), new MatrixScene(font).draw(layOut(service, matrix))));
				}
			}
		}
		if (kinds.contains(Kind.SERVQUAL) && ServqualDescriber.hasChart(service)) {
			drawn.add(new Drawn(Kind.SERVQUAL, null, new ServqualScene(font).draw(new ServqualDescriber(language).describe(service))));
		}
		if (kinds.contains(Kind.SWOT) && SwotDescriber.hasSwot(service)) {
			drawn.add(new Drawn(Kind.SWOT, null, new SwotScene(font).draw(new SwotDescriber(language).describe(service))));
		}
		if (kinds.contains(Kind.OPPORTUNITY_THREAT) && OpportunityThreatDescriber.hasMatrices(service)) {
			drawn.add(new Drawn(Kind.OPPORTUNITY_THREAT, null,
					new OpportunityThreatScene(font).draw(new OpportunityThreatDescriber(language).describe(service))));
		}
		if (kinds.contains(Kind.LOYALTY) && LoyaltyDescriber.hasIndicators(service)) {
			drawn.add(new Drawn(Kind.LOYALTY, null, new LoyaltyScene(font).draw(new LoyaltyDescriber(language).describe(service))));
		}
		if (kinds.contains(Kind.RELATIONSHIPS) && RelationshipGridDescriber.hasGrid(service)) {
			drawn.add(new Drawn(Kind.RELATIONSHIPS, null, new RelationshipGridScene(font).draw(new RelationshipGridDescriber(language).describe(service))));
		}
		return drawn;
	}

	public List<Rendered> render(Service service, List<Kind> kinds) {
		return draw(service, kinds).stream().map(drawn -> new Rendered(drawn, document(drawn.scene()))).toList();
	}

	public LaidOutJourney layOutJourney(Service service) {
		return new JourneyLayout(font).layout(new JourneyDescriber(language).describe(service));
	}

	public LaidOutMatrix layOut(Service service, ServiceMatrix matrix) {
		return new MatrixLayout(font).layout(new MatrixDescriber(language).describe(service, matrix));
	}

	public LaidOutBlueprint layOut(Service service, Blueprint blueprint) {
		return new BlueprintLayout(font).layout(new BlueprintDescriber(language).describe(service, blueprint));
	}

	/**
	 * The installed font, after loading it, ELK and the SVG writer by drawing a three-step blueprint
	 * whose flows join (a chain would be placed without ELK, leaving ELK to load cold on the first
	 * blueprint that needs it): a command calls this on a second core while the first loads the
	 * model, which takes longer.
	 */
	public static DiagramFont warmedUpFont(DiagramLanguage language) {
		DiagramFont font = DiagramFont.installed();
		List<BlueprintDescription.Box> boxes = List.of(
				new BlueprintDescription.Box("a", 1, BlueprintDescription.BoxKind.STEP, "顾客 Customer", "", "", List.of()),
				new BlueprintDescription.Box("b", 2, BlueprintDescription.BoxKind.STEP, "Staff", "", "", List.of()),
				new BlueprintDescription.Box("c", 4, BlueprintDescription.BoxKind.STEP, "Support", "", "", List.of()));
		BlueprintDescription tiny = new BlueprintDescription("warm-up", "warm-up", language.laneTitles(), language.dividers(), boxes,
				List.of(new BlueprintDescription.Connection("f", "a", "b", "", BlueprintDescription.ConnectionKind.FLOW),
						new BlueprintDescription.Connection("g", "c", "b", "", BlueprintDescription.ConnectionKind.FLOW)),
				List.of());
		new SvgWriter(font.cssFamilies()).write(new BlueprintScene(font).draw(new BlueprintLayout(font).layout(tiny)));
		return font;
	}

	public String svg(Scene scene) {
		return document(scene).text();
	}

	/** The scene's SVG document as the UTF-8 bytes of its file. */
	public SvgDocument document(Scene scene) {
		return new SvgWriter(font.cssFamilies()).document(scene);
	}

	public byte[] png(Scene scene, double scale) {
		return new PngRenderer(font).render(scene, scale);
	}

	public DiagramFont font() {
		return font;
	}
}
