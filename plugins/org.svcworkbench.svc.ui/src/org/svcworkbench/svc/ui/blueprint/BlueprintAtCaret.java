package org.svcworkbench.svc.ui.blueprint;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.svcworkbench.svc.diagram.DiagramLanguage;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.scene.Rect;
import org.svcworkbench.svc.diagram.scene.Scene;
import org.svcworkbench.svc.diagram.scene.Shape;
import org.svcworkbench.svc.diagram.text.DiagramFont;
import org.svcworkbench.svc.load.SvcModelLoader;
import org.svcworkbench.svc.svc.Blueprint;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.ServiceMember;
import org.svcworkbench.svc.svc.Step;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.ui.generate.HeadlessAwt;
import org.svcworkbench.svc.ui.builder.LoadedModels;
import org.svcworkbench.svc.words.Labels;

/**
 * The blueprint to show for a place in a saved .svc file: the blueprint the offset is in, or the
 * first blueprint of the service it is in, from the folder model the builder loaded ({@link LoadedModels}); drawn by the diagram bundle exactly as the SVG output
 * (same layout, same scene), with where each step's name is in the file for double-clicks.
 */
public record BlueprintAtCaret(String service, String blueprint, String serviceLabel, String blueprintLabel, Scene scene, String svg,
		Map<String, int[]> steps, int[] serviceRange, Map<String, int[]> blueprints) {

	/** Draws it; null when the offset is in no service with a blueprint (or the folder has none). */
	public static BlueprintAtCaret of(IFile file, int offset, DiagramLanguage language) {
		if (file.getLocation() == null) {
			return null;
		}
		HeadlessAwt.ensure();
		Path path = file.getLocation().toPath().toAbsolutePath().normalize();
		SvcModelLoader.LoadedFolder loaded = LoadedModels.of(path.getParent()); // the builder's, while the files are as it read them
		synchronized (loaded) { // two redraws (a save, a caret move) may read the same kept model
			return of(loaded, path, offset, language);
		}
	}

	private static BlueprintAtCaret of(SvcModelLoader.LoadedFolder loaded, Path path, int offset, DiagramLanguage language) {
		Resource resource = loaded.resourceSet().getResource(SvcModelLoader.uri(path), true);
		Service service = null;
		Blueprint blueprint = null;
		for (EObject element : resource.getContents().isEmpty() ? List.<EObject>of() : resource.getContents().get(0).eContents()) {
			if (element instanceof Service candidate && firstBlueprint(candidate) != null && (service == null || contains(candidate, offset))) {
				service = candidate;
				blueprint = firstBlueprint(candidate);
				for (ServiceMember member : candidate.getMembers()) {
					if (member instanceof Blueprint b && b.getName() != null && contains(b, offset)) {
						blueprint = b;
					}
				}
				if (contains(candidate, offset)) {
					break;
				}
			}
		}
		if (service == null) {
			return null;
		}
		ServiceDiagrams diagrams = new ServiceDiagrams(DiagramFont.installed(), language);
		String name = blueprint.getName();
		Scene scene = diagrams.draw(service, List.of(ServiceDiagrams.Kind.BLUEPRINT)).stream().filter(d -> name.equals(d.name()))
				.findFirst().orElseThrow().scene();
		Map<String, int[]> steps = new TreeMap<>();
		for (Step step : blueprint.getSteps()) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(step, SvcPackage.Literals.STEP__NAME);
			if (step.getName() != null && !nodes.isEmpty()) {
				steps.put(step.getName(), new int[] { nodes.get(0).getOffset(), nodes.get(0).getLength() });
			}
		}
		Map<String, int[]> blueprints = new TreeMap<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof Blueprint b && b.getName() != null) {
				blueprints.put(b.getName(), range(b));
			}
		}
		return new BlueprintAtCaret(service.getName(), name, Labels.of(service.getLabel(), service.getName()),
				Labels.of(blueprint.getLabel(), name), scene, diagrams.svg(scene), steps, range(service), blueprints);
	}

	private static int[] range(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? new int[] { 0, 0 } : new int[] { node.getOffset(), node.getEndOffset() };
	}

	/** Whether a caret at this offset would show the same blueprint (so nothing needs drawing). */
	public boolean covers(int offset) {
		if (offset < serviceRange[0] || offset > serviceRange[1]) {
			return false;
		}
		for (Map.Entry<String, int[]> other : blueprints.entrySet()) {
			if (offset >= other.getValue()[0] && offset <= other.getValue()[1]) {
				return other.getKey().equals(blueprint);
			}
		}
		return true;
	}

	private static Blueprint firstBlueprint(Service service) {
		return service.getMembers().stream().filter(m -> m instanceof Blueprint b && b.getName() != null).map(Blueprint.class::cast)
				.findFirst().orElse(null);
	}

	private static boolean contains(EObject element, int offset) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node != null && node.getOffset() <= offset && offset <= node.getEndOffset();
	}

	/** The step drawn at a point of the scene (its box or its evidence), or null. */
	public String stepAt(double x, double y) {
		for (Shape shape : scene.shapes()) {
			if (shape instanceof Shape.Group group && (group.id().startsWith("step-") || group.id().startsWith("evidence-"))) {
				for (Shape part : group.children()) {
					if (part instanceof Shape.Box box && inside(box.bounds(), x, y)
							|| part instanceof Shape.Diamond diamond && inside(diamond.bounds(), x, y)) {
						return group.id().substring(group.id().indexOf('-') + 1);
					}
				}
			}
		}
		return null;
	}

	private static boolean inside(Rect r, double x, double y) {
		return x >= r.x() && x <= r.right() && y >= r.y() && y <= r.bottom();
	}
}
