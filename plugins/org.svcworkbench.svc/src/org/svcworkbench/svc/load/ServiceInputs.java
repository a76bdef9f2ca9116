package org.svcworkbench.svc.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.svcworkbench.svc.domain.ServiceSegments;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.SvcPackage;

/**
 * A fingerprint of everything a service's documentation reads: its service folder's name, its own
 * file (whole text) and that file's findings, and every top-level declaration of another file it
 * can reach, by reference or as one of the kinds it takes from its whole folder
 * ({@link ServiceSegments#SHARED_KINDS}), with its file, line and text; of a service a portfolio
 * lists, its name and label. A documentation rerun writes a service of a changed folder again
 * only when this changed: an edit to one service of a folder leaves its siblings' pages as they were.
 */
public final class ServiceInputs {

	private ServiceInputs() {
	}

	/** The fingerprint, or null when the service's text is not known (then it is always documented again). */
	public static String of(Service service, String serviceFolder, List<SvcDiagnostic> findingsOfItsFile) {
		Resource own = service.eResource();
		if (!(own instanceof XtextResource resource) || resource.getParseResult() == null || resource.getParseResult().getRootNode() == null) {
			return null;
		}
		MessageDigest digest = FileStamp.sha256();
		add(digest, serviceFolder);
		add(digest, String.valueOf(own.getURI()));
		add(digest, service.getName());
		add(digest, resource.getParseResult().getRootNode().getText());
		for (SvcDiagnostic finding : findingsOfItsFile) {
			add(digest, finding.line() + ":" + finding.column() + " " + finding.severity() + " " + finding.code() + " " + finding.message());
		}
		Deque<Object> reached = new ArrayDeque<>();
		Set<EObject> seen = new HashSet<>();
		referencesOf(own.getAllContents(), reached);
		for (Model model : ServiceSegments.folderModels(own)) {
			model.getElements().stream().filter(e -> ServiceSegments.SHARED_KINDS.stream().anyMatch(k -> k.isInstance(e))).forEach(reached::add);
			if (model.getElements().stream().noneMatch(Service.class::isInstance)) {
				add(digest, "shared " + model.eResource().getURI()); // a file without a service lends its segments (ServiceSegments.of)
			}
		}
		// Breadth first, in a fixed order: what a reached declaration refers to is read too (a portfolio's services, a segment's owner).
		while (!reached.isEmpty()) {
			Object next = reached.removeFirst();
			if (next instanceof Member member) {
				if (member.service().eResource() != own) {
					add(digest, "member " + member.service().getName() + " " + member.service().getLabel());
				}
				continue;
			}
			EObject target = (EObject) next;
			if (target.eIsProxy()) {
				add(digest, "unresolved " + EcoreUtil.getURI(target));
				continue;
			}
			EObject top = topLevel(target);
			if (top == null || top.eResource() == own || !seen.add(top)) {
				continue;
			}
			ICompositeNode node = NodeModelUtils.getNode(top);
			if (node == null) {
				return null;
			}
			add(digest, top.eResource().getURI() + ":" + node.getStartLine());
			add(digest, node.getText());
			referencesOf(EcoreUtil.getAllContents(List.of(top)), reached);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/**
	 * A service a portfolio lists: another service's page shows its label and name, nothing else of it
	 * (ServiceViewBuilder's portfolio fact), so an edit inside a sibling does not reach this service.
	 */
	private record Member(Service service) {
	}

	private static void referencesOf(TreeIterator<? extends EObject> contents, Deque<Object> reached) {
		contents.forEachRemaining(object -> {
			for (EContentsEList.FeatureIterator<EObject> targets = (EContentsEList.FeatureIterator<EObject>) object.eCrossReferences()
					.iterator(); targets.hasNext();) {
				EObject target = targets.next();
				boolean member = targets.feature() == SvcPackage.Literals.PORTFOLIO__SERVICES && target instanceof Service && !target.eIsProxy();
				reached.add(member ? new Member((Service) target) : target);
			}
		});
	}

	/** The element of the file's top level that holds the target. */
	private static EObject topLevel(EObject target) {
		EObject current = target;
		while (current.eContainer() != null && !(current.eContainer() instanceof Model)) {
			current = current.eContainer();
		}
		return current.eContainer() instanceof Model ? current : null;
	}

	private static void add(MessageDigest digest, String text) {
		digest.update(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
		digest.update((byte) 0);
	}
}
