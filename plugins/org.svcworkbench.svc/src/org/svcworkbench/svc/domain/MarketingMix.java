package org.svcworkbench.svc.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.svcworkbench.svc.svc.EvidenceP;
import org.svcworkbench.svc.vocabulary.MixElement;
import org.svcworkbench.svc.svc.OutOfScope;
import org.svcworkbench.svc.svc.PeopleP;
import org.svcworkbench.svc.svc.PlaceP;
import org.svcworkbench.svc.svc.PriceP;
import org.svcworkbench.svc.svc.ProcessP;
import org.svcworkbench.svc.svc.ProductP;
import org.svcworkbench.svc.svc.PromotionP;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.ServiceMember;
import org.svcworkbench.svc.svc.SvcPackage;

/** D2: the 7Ps of a service, which are described, and which are missing or empty. */
public class MarketingMix {

	public enum P {
		PRODUCT("Product", "product", SvcPackage.Literals.PRODUCT_P),
		PRICE("Price", "price", SvcPackage.Literals.PRICE_P),
		PLACE("Place", "place", SvcPackage.Literals.PLACE_P),
		PROMOTION("Promotion", "promotion", SvcPackage.Literals.PROMOTION_P),
		PEOPLE("People", "people", SvcPackage.Literals.PEOPLE_P),
		PHYSICAL_EVIDENCE("Physical evidence", "evidence", SvcPackage.Literals.EVIDENCE_P),
		PROCESS("Process", "process", SvcPackage.Literals.PROCESS_P);

		public final String title;
		public final String keyword;
		public final EClass eClass;

		P(String title, String keyword, EClass eClass) {
			this.title = title;
			this.keyword = keyword;
			this.eClass = eClass;
		}
	}

	/** Blocks per P in declaration order; a P that is not described maps to an empty list. */
	public Map<P, List<ServiceMember>> sections(Service service) {
		Map<P, List<ServiceMember>> result = new EnumMap<>(P.class);
		for (P p : P.values()) {
			result.put(p, new ArrayList<>());
		}
		for (ServiceMember member : service.getMembers()) {
			for (P p : P.values()) {
				if (p.eClass == member.eClass()) {
					result.get(p).add(member);
				}
			}
		}
		return result;
	}

	/** Ps without a block that are not declared out of scope either. */
	public List<P> missing(Service service) {
		Set<P> outOfScope = outOfScope(service);
		List<P> missing = new ArrayList<>();
		sections(service).forEach((p, blocks) -> {
			if (blocks.isEmpty() && !outOfScope.contains(p)) {
				missing.add(p);
			}
		});
		return missing;
	}

	/** Ps the service declares out of scope ('out-of-scope place, evidence "why"'). */
	public Set<P> outOfScope(Service service) {
		Set<P> result = EnumSet.noneOf(P.class);
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof OutOfScope declaration) {
				declaration.getPs().forEach(element -> result.add(of(element)));
			}
		}
		return result;
	}

	public P of(MixElement element) {
		for (P p : P.values()) {
			if (p.keyword.equals(element.getLiteral())) {
				return p;
			}
		}
		throw new IllegalArgumentException(element.getLiteral());
	}

	/** A P block that says nothing: no entries at all. */
	public boolean isEmpty(EObject block) {
		if (block instanceof ProductP p) return p.getEntries().isEmpty() && p.getSuperValues().isEmpty();
		if (block instanceof PriceP p) return p.getEntries().isEmpty();
		if (block instanceof PlaceP p) return p.getEntries().isEmpty();
		if (block instanceof PromotionP p) return p.getEntries().isEmpty();
		if (block instanceof PeopleP p) return p.getEntries().isEmpty();
		if (block instanceof EvidenceP p) return p.getCues().isEmpty();
		if (block instanceof ProcessP p) {
			return p.getDescription() == null && p.getBlueprints().isEmpty() && p.getParticipation() == null
					&& p.getInput() == null && p.getThroughput() == null && p.getOutput() == null;
		}
		return false;
	}

	public P of(EObject block) {
		for (P p : P.values()) {
			if (p.eClass == block.eClass()) {
				return p;
			}
		}
		return null;
	}
}
