package org.svcworkbench.svc.domain;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.svcworkbench.svc.svc.Market;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.Portfolio;
import org.svcworkbench.svc.svc.Segment;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.ServiceMember;
import org.svcworkbench.svc.svc.Stakeholder;

/**
 * D8, D10: the segments a service serves, and other elements it shares with its folder. Segments,
 * stakeholders and portfolios are often declared once, at the top of a folder's files, for all
 * its services; the report's table and the relationship grid take the same ones.
 */
public final class ServiceSegments {

	/**
	 * The kinds a service takes from its whole folder (see {@link #declared}): a documentation rerun
	 * counts every declaration of these kinds among what a service's pages read, so a kind read
	 * this way must be listed here.
	 */
	public static final List<Class<? extends EObject>> SHARED_KINDS = List.of(Segment.class, Stakeholder.class, Portfolio.class);

	private ServiceSegments() {
	}

	/**
	 * The segments the service's market names; without a market naming any, the nearest declared:
	 * those of the service and its own file; where they declare none, those of the folder's files
	 * that declare no service (a shared library.svc); where there are none either, every one of the
	 * folder. A folder of services that each declare their segments beside them does not give every
	 * service every other's: fifty such services listed fifty segments on each page and grid.
	 */
	public static List<Segment> of(Service service) {
		List<Segment> named = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof Market market) {
				market.getSegments().stream().filter(s -> !s.eIsProxy() && s.getName() != null).forEach(named::add);
			}
		}
		if (!named.isEmpty()) {
			return named;
		}
		List<Segment> own = new ArrayList<>();
		service.getMembers().stream().filter(Segment.class::isInstance).map(Segment.class::cast).forEach(own::add);
		if (service.eContainer() instanceof Model file) {
			file.getElements().stream().filter(Segment.class::isInstance).map(Segment.class::cast).forEach(own::add);
		}
		if (!own.isEmpty()) {
			return own;
		}
		List<Segment> shared = new ArrayList<>();
		for (Model model : folderModels(service.eResource())) {
			if (model.getElements().stream().noneMatch(Service.class::isInstance)) {
				model.getElements().stream().filter(Segment.class::isInstance).map(Segment.class::cast).forEach(shared::add);
			}
		}
		return shared.isEmpty() ? declared(service, Segment.class) : shared;
	}

	/** Elements of a kind declared in the service, then at the top of its folder's files, in file order. */
	public static <T extends EObject> List<T> declared(Service service, Class<T> type) {
		if (!SHARED_KINDS.contains(type)) {
			throw new IllegalArgumentException(type.getSimpleName() + " is not one of ServiceSegments.SHARED_KINDS: add it there first");
		}
		List<T> result = new ArrayList<>();
		service.getMembers().stream().filter(type::isInstance).map(type::cast).forEach(result::add);
		for (Model model : folderModels(service.eResource())) {
			model.getElements().stream().filter(type::isInstance).map(type::cast).forEach(result::add);
		}
		return result;
	}

	/** The models of the files of a resource's folder (its resource set), in file order: the order {@link #declared} reads them. */
	public static List<Model> folderModels(Resource own) {
		List<Resource> resources = own == null ? List.of() : own.getResourceSet() == null ? List.of(own) : own.getResourceSet().getResources();
		List<Model> models = new ArrayList<>();
		for (Resource resource : InFileOrder.of(resources)) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
				models.add(model);
			}
		}
		return models;
	}

	/**
	 * A folder's files in the order of their URIs, kept for the next question on the same thread
	 * while the folder has the same files under the same URIs: a service asks several times, and
	 * sorting a folder of 1,000 files for each answer showed in its profile. Kept weakly:
	 * it holds no model alive.
	 */
	private record InFileOrder(Resource[] listed, URI[] uris, List<Resource> sorted) {
		private static final ThreadLocal<WeakReference<InFileOrder>> LAST = new ThreadLocal<>();

		static List<Resource> of(List<Resource> resources) {
			if (resources.size() < 2) {
				return resources;
			}
			WeakReference<InFileOrder> reference = LAST.get();
			InFileOrder last = reference == null ? null : reference.get();
			if (last != null && last.isOrderOf(resources)) {
				return last.sorted;
			}
			Resource[] listed = resources.toArray(new Resource[0]);
			URI[] uris = new URI[listed.length];
			for (int i = 0; i < listed.length; i++) {
				uris[i] = listed[i].getURI();
			}
			List<Resource> sorted = Arrays.stream(listed).sorted(Comparator.comparing(r -> String.valueOf(r.getURI()))).toList();
			LAST.set(new WeakReference<>(new InFileOrder(listed, uris, sorted)));
			return sorted;
		}

		private boolean isOrderOf(List<Resource> resources) {
			if (resources.size() != listed.length) {
				return false;
			}
			for (int i = 0; i < listed.length; i++) {
				Resource resource = resources.get(i);
				if (resource != listed[i] || resource.getURI() != uris[i]) {
					return false;
				}
			}
			return true;
		}
	}
}
