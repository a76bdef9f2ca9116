package org.svcworkbench.svc.generator.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.svcworkbench.svc.domain.MarketingMix;
import org.svcworkbench.svc.domain.MarketingMix.P;
import org.svcworkbench.svc.generator.view.ServiceView.Fact;
import org.svcworkbench.svc.generator.view.ServiceView.FactTable;
import org.svcworkbench.svc.svc.Channel;
import org.svcworkbench.svc.svc.ChannelUse;
import org.svcworkbench.svc.svc.Cue;
import org.svcworkbench.svc.svc.CustomerPart;
import org.svcworkbench.svc.svc.EvidenceP;
import org.svcworkbench.svc.svc.Location;
import org.svcworkbench.svc.svc.LocationCriterion;
import org.svcworkbench.svc.svc.Money;
import org.svcworkbench.svc.svc.NonMonetaryCost;
import org.svcworkbench.svc.svc.PeopleP;
import org.svcworkbench.svc.svc.PlaceP;
import org.svcworkbench.svc.svc.PriceAmount;
import org.svcworkbench.svc.svc.PriceP;
import org.svcworkbench.svc.svc.PriceSignal;
import org.svcworkbench.svc.svc.ProcessP;
import org.svcworkbench.svc.svc.ProductEntry;
import org.svcworkbench.svc.svc.ProductP;
import org.svcworkbench.svc.svc.Promotion;
import org.svcworkbench.svc.svc.PromotionP;
import org.svcworkbench.svc.svc.Role;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.ServiceMember;
import org.svcworkbench.svc.svc.StaffUse;
import org.svcworkbench.svc.svc.SuperValueService;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.words.Labels;
import org.svcworkbench.svc.domain.Written;

/**
 * What each of the 7Ps (D2) says, one table per P that has a block, in the order of the mix: the
 * offerings, prices (with what a free one is bundled with), costs, channels, locations and their
 * criteria, promotion activities, people, evidence cues and the process. Every text the designer
 * wrote in a P block is a row here.
 */
final class MixContents {

	private final ReportTexts texts;
	private final MarketingMix mix = new MarketingMix();

	MixContents(ReportTexts texts) {
		this.texts = texts;
	}

	List<FactTable> tables(Service service) {
		Map<P, List<ServiceMember>> sections = mix.sections(service);
		List<FactTable> tables = new ArrayList<>();
		for (P p : P.values()) {
			List<Fact> rows = new ArrayList<>();
			for (ServiceMember block : sections.getOrDefault(p, List.of())) {
				rows.addAll(rows(block));
			}
			if (!rows.isEmpty()) {
				tables.add(new FactTable("mix-" + p.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), texts.get("p." + p.name()),
						texts.get("mixContents.term"), texts.get("mixContents.value"), rows));
			}
		}
		return tables;
	}

	private List<Fact> rows(ServiceMember block) {
		List<Fact> rows = new ArrayList<>();
		if (block instanceof ProductP product) {
			for (ProductEntry entry : product.getEntries()) {
				rows.add(new Fact(texts.get("offering." + entry.getKind().getName()), entry.getText()));
			}
			for (SuperValueService extra : product.getSuperValues()) {
				rows.add(new Fact(texts.get("superValue." + extra.getKind().getName()), extra.getText()));
			}
		} else if (block instanceof PriceP price) {
			for (EObject entry : price.getEntries()) {
				if (entry instanceof PriceAmount amount) {
					rows.add(new Fact(texts.get("mixContents.amount"), amount(amount)));
				} else if (entry instanceof NonMonetaryCost cost) {
					rows.add(new Fact(texts.get("cost." + cost.getKind().getName()), cost.getText()));
				} else if (entry instanceof PriceSignal signal) {
					rows.add(new Fact(texts.get("mixContents.signal"), signal.getText()));
				}
			}
		} else if (block instanceof PlaceP place) {
			for (EObject entry : place.getEntries()) {
				if (entry instanceof Channel channel) {
					rows.add(new Fact(texts.get("mixContents.channel"), described(Labels.of(channel.getLabel(), channel.getName()), channel.getDescription())));
				} else if (entry instanceof Location location) {
					rows.add(new Fact(texts.get("mixContents.location"), location(location)));
				} else if (entry instanceof ChannelUse use) {
					rows.add(new Fact(texts.get("mixContents.channels"), texts.list(use.getChannels().stream()
							.filter(c -> !c.eIsProxy()).map(c -> Labels.of(c.getLabel(), c.getName())).toList())));
				}
			}
		} else if (block instanceof PromotionP promotion) {
			for (Promotion activity : promotion.getEntries()) {
				rows.add(new Fact(texts.get("mixContents.activity"), activity(activity)));
			}
		} else if (block instanceof PeopleP people) {
			for (EObject entry : people.getEntries()) {
				if (entry instanceof Role role) {
					rows.add(new Fact(texts.get("mixContents.role"), role(role)));
				} else if (entry instanceof StaffUse staff) {
					// Roles are often declared once for the folder: each with its position, training and description.
					staff.getRoles().stream().filter(r -> !r.eIsProxy()).forEach(r -> rows.add(new Fact(texts.get("mixContents.staff"), role(r))));
				} else if (entry instanceof CustomerPart part) {
					rows.add(new Fact(texts.get("participant." + part.getKind().getName()), part.getText()));
				}
			}
		} else if (block instanceof EvidenceP evidence) {
			for (Cue cue : evidence.getCues()) {
				String label = Labels.of(cue.getLabel(), cue.getName());
				rows.add(new Fact(texts.get("mixContents.cue"), Written.written(cue, SvcPackage.Literals.CUE__KIND) && cue.getKind() != null
						? texts.aside(label, texts.get("cue." + cue.getKind().getName())) : label));
			}
		} else if (block instanceof ProcessP process) {
			add(rows, "mixContents.description", process.getDescription());
			add(rows, "mixContents.blueprints", texts.list(process.getBlueprints().stream()
					.filter(b -> !b.eIsProxy()).map(b -> Labels.of(b.getLabel(), b.getName())).toList()));
			add(rows, "mixContents.participation", process.getParticipation());
			add(rows, "mixContents.input", process.getInput());
			add(rows, "mixContents.throughput", process.getThroughput());
			add(rows, "mixContents.output", process.getOutput());
		}
		return rows;
	}

	private String amount(PriceAmount price) {
		Money money = price.getAmount();
		String amount = money == null || money.getAmount() == null ? "" : ServiceViewBuilder.plain(money.getAmount()) + " " + money.getCurrency();
		if (price.getUnit() != null) {
			amount = amount + " " + price.getUnit();
		}
		return price.getBundledWith() == null ? amount : texts.format("mixContents.bundled", amount, price.getBundledWith());
	}

	private String location(Location location) {
		List<String> criteria = new ArrayList<>();
		for (LocationCriterion criterion : location.getCriteria()) {
			List<String> marks = new ArrayList<>();
			if (criterion.isQuantifiable()) {
				marks.add(texts.get("mixContents.quantifiable"));
			}
			if (criterion.isSubjective()) {
				marks.add(texts.get("mixContents.subjective"));
			}
			criteria.add(marks.isEmpty() ? criterion.getText() : texts.aside(criterion.getText(), texts.list(marks)));
		}
		return criteria.isEmpty() ? location.getText() : texts.format("mixContents.criteria", location.getText(), texts.list(criteria));
	}

	private String activity(Promotion activity) {
		List<String> details = new ArrayList<>();
		List<String> channels = activity.getChannels().stream().filter(c -> !c.eIsProxy()).map(c -> Labels.of(c.getLabel(), c.getName())).toList();
		if (!channels.isEmpty()) {
			details.add(texts.format("mixContents.via", texts.list(channels)));
		}
		List<String> people = activity.getPeople().stream().filter(r -> !r.eIsProxy()).map(r -> Labels.of(r.getLabel(), r.getName())).toList();
		if (!people.isEmpty()) {
			details.add(texts.format("mixContents.by", texts.list(people)));
		}
		if (activity.getPhase() != null && Written.written(activity, SvcPackage.Literals.PROMOTION__PHASE)) {
			details.add(texts.get("phase." + activity.getPhase().getName()));
		}
		return details.isEmpty() ? activity.getText() : activity.getText() + texts.get("punctuation.dash") + String.join(texts.get("punctuation.semicolon"), details);
	}

	private String role(Role role) {
		String text = Labels.of(role.getLabel(), role.getName());
		if (role.getPosition() != null && Written.written(role, SvcPackage.Literals.ROLE__POSITION)) {
			text = texts.aside(text, texts.get("rolePosition." + role.getPosition().getName()));
		}
		List<String> details = new ArrayList<>();
		if (role.getTraining() != null) {
			details.add(texts.format("mixContents.training", role.getTraining()));
		}
		if (role.getDescription() != null) {
			details.add(role.getDescription());
		}
		return details.isEmpty() ? text : text + texts.get("punctuation.dash") + String.join(texts.get("punctuation.semicolon"), details);
	}

	private String described(String label, String description) {
		return description == null ? label : label + texts.get("punctuation.dash") + description;
	}


	private void add(List<Fact> rows, String key, String value) {
		if (value != null && !value.isEmpty()) {
			rows.add(new Fact(texts.get(key), value));
		}
	}
}
