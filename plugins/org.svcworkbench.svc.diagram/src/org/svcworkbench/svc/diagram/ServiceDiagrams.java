package org.svcworkbench.svc.diagram;

import java.util.ArrayList;
import java.util.List;

import org.svcworkbench.svc.diagram.blueprint.BlueprintDescriber;
import org.svcworkbench.svc.diagram.blueprint.BlueprintLayout;
import org.svcworkbench.svc.diagram.blueprint.BlueprintScene;
import org.svcworkbench.svc.diagram.blueprint.LaidOutBlueprint;
import org.svcworkbench.svc.diagram.render.PngRenderer;
import org.svcworkbench.svc.diagram.render.SvgWriter;
import org.svcworkbench.svc.diagram.scene.Scene;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.svc.Blueprint;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.ServiceMember;

/** The diagrams of one service, from model to SVG text and PNG bytes: the entry point of this bundle. */
public final class ServiceDiagrams {

	/** A diagram kind, as the command line names it. */
	public enum Kind {
		BLUEPRINT, JOURNEY, MATRIX;

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** One drawn diagram: its kind, the name it is filed under (null when the service has one), its scene. */
	public record Drawn(Kind kind, String name, Scene scene) {
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
		return drawn;
	}

	public LaidOutBlueprint layOut(Service service, Blueprint blueprint) {
		return new BlueprintLayout(font).layout(new BlueprintDescriber(language).describe(service, blueprint));
	}

	public String svg(Scene scene) {
		return new SvgWriter(font.cssFamilies()).write(scene);
	}

	public byte[] png(String svg, double scale) {
		return new PngRenderer().render(svg, scale);
	}

	public DiagramFont font() {
		return font;
	}
}
