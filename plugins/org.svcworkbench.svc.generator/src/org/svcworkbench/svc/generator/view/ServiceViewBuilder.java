package org.svcworkbench.svc.generator.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.svcworkbench.svc.words.Labels;
import org.svcworkbench.svc.diagram.ServiceDiagrams;
import org.svcworkbench.svc.diagram.ServiceDiagrams.Drawn;
import org.svcworkbench.svc.diagram.ServiceDiagrams.Rendered;
import org.svcworkbench.svc.diagram.ServiceDiagrams.Kind;
import org.svcworkbench.svc.domain.DeliveredValueCalculator;
import org.svcworkbench.svc.domain.JourneyCurve;
import org.svcworkbench.svc.domain.MarketingMix;
import org.svcworkbench.svc.domain.MarketingMix.P;
import org.svcworkbench.svc.domain.SatisfactionScale;
import org.svcworkbench.svc.domain.ServqualGaps;
import org.svcworkbench.svc.domain.StandardSchedule;
import org.svcworkbench.svc.domain.StandardSchedule.DueWindow;
import org.svcworkbench.svc.domain.ServiceSegments;
import org.svcworkbench.svc.domain.Written;
import org.svcworkbench.svc.generator.InlineSvg;
import org.svcworkbench.svc.generator.view.ServiceView.Diagram;
import org.svcworkbench.svc.generator.view.ServiceView.Fact;
import org.svcworkbench.svc.generator.view.ServiceView.JourneyRow;
import org.svcworkbench.svc.generator.view.ServiceView.PStatus;
import org.svcworkbench.svc.generator.view.ServiceView.QualityRow;
import org.svcworkbench.svc.generator.view.ServiceView.StandardRow;
import org.svcworkbench.svc.generator.view.ServiceView.Survey;
import org.svcworkbench.svc.generator.view.ServiceView.SurveyRow;
import org.svcworkbench.svc.generator.view.ServiceView.Value;
import org.svcworkbench.svc.svc.Answer;
import org.svcworkbench.svc.svc.AuditItem;
import org.svcworkbench.svc.svc.Characteristic;
import org.svcworkbench.svc.svc.Characteristics;
import org.svcworkbench.svc.svc.Job;
import org.svcworkbench.svc.svc.Loyalty;
import org.svcworkbench.svc.svc.LoyaltyIndicator;
import org.svcworkbench.svc.svc.Management;
import org.svcworkbench.svc.svc.Pain;
import org.svcworkbench.svc.svc.PropositionItem;
import org.svcworkbench.svc.svc.Swot;
import org.svcworkbench.svc.svc.SwotFactor;
import org.svcworkbench.svc.svc.SwotStrategy;
import org.svcworkbench.svc.svc.ValueProposition;
import org.svcworkbench.svc.svc.ConvenienceAudit;
import org.svcworkbench.svc.svc.CustomerCost;
import org.svcworkbench.svc.svc.CustomerServiceOffer;
import org.svcworkbench.svc.svc.CustomerServices;
import org.svcworkbench.svc.svc.MarketingTriangle;
import org.svcworkbench.svc.svc.TriangleSide;
import org.svcworkbench.svc.svc.CustomerValue;
import org.svcworkbench.svc.svc.DeliveredValue;
import org.svcworkbench.svc.svc.Market;
import org.svcworkbench.svc.svc.QualityAssessment;
import org.svcworkbench.svc.svc.QualityDimension;
import org.svcworkbench.svc.svc.RecurringDeadline;
import org.svcworkbench.svc.svc.Role;
import org.svcworkbench.svc.svc.SatisfactionSurvey;
import org.svcworkbench.svc.svc.Orientation;
import org.svcworkbench.svc.svc.Portfolio;
import org.svcworkbench.svc.svc.OutOfScope;
import org.svcworkbench.svc.svc.Segment;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.ServiceMember;
import org.svcworkbench.svc.svc.Standard;
import org.svcworkbench.svc.svc.Standards;
import org.svcworkbench.svc.svc.Journey;
import org.svcworkbench.svc.svc.JourneyStage;
import org.svcworkbench.svc.svc.DecisionFactor;
import org.svcworkbench.svc.svc.SurveyItem;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.svc.Touchpoint;
import org.svcworkbench.svc.svc.ValueComponent;

/** Model to view: what the reports show of a service, computed by the domain services, worded by the bundle. */
public final class ServiceViewBuilder {

	private final ReportTexts texts;
	private final DeadlineText deadlines;
	private final ServiceDiagrams diagrams;
	private final LocalDate eventDate;
	private final MarketingMix mix = new MarketingMix();
	private final SatisfactionScale scale = new SatisfactionScale();

	public ServiceViewBuilder(ReportTexts texts, ServiceDiagrams diagrams, LocalDate eventDate) {
		this.texts = texts;
		this.deadlines = new DeadlineText(texts);
		this.diagrams = diagrams;
		this.eventDate = eventDate;
	}

	public ServiceView build(Service service, String folder) {
		return build(service, folder, diagrams.render(service, List.of(Kind.values())));
	}

	/** The view with diagrams the caller has drawn already (all kinds), e.g. to write them as files too. */
	public ServiceView build(Service service, String folder, List<Rendered> rendered) {
		return build(service, folder, rendered, ServiceFiles.DEFAULT);
	}

	/** The same, linking to the diagram files and checklists the run writes beside the pages. */
	public ServiceView build(Service service, String folder, List<Rendered> rendered, ServiceFiles files) {
		List<Diagram> journeyDiagrams = new ArrayList<>(), blueprints = new ArrayList<>(), matrices = new ArrayList<>(), servqual = new ArrayList<>(),
				relationships = new ArrayList<>(), swot = new ArrayList<>(), loyalty = new ArrayList<>();
		for (Rendered each : rendered) {
			Drawn drawn = each.drawn();
			String base = FileNames.diagram(drawn.kind().code(), drawn.name());
			Diagram diagram = new Diagram(drawn.scene().title(), new InlineSvg(each.document()), files.svg().contains(drawn.kind()) ? base + ".svg" : null,
					files.png().contains(drawn.kind()) ? base + ".png" : null, drawn.scene().id(),
					PrintSlices.of(drawn.scene().width(), drawn.scene().height()));
			(switch (drawn.kind()) {
			case JOURNEY -> journeyDiagrams;
			case BLUEPRINT -> blueprints;
			case MATRIX -> matrices;
			case SERVQUAL -> servqual;
			case RELATIONSHIPS -> relationships;
			case SWOT, OPPORTUNITY_THREAT -> swot;
			case LOYALTY -> loyalty;
			}).add(diagram);
		}
		List<PStatus> mixStatus = mixStatus(service);
		DiagramTables tables = new DiagramTables(texts);
		return new ServiceView(service.getName(), folder, Labels.of(service.getLabel(), service.getName()),
				service.getDescription(), facts(service), mixStatus, mixStatus.stream().filter(p -> p.status().equals("described")).count(),
				new MixContents(texts).tables(service),
				journey(service), journeyDiagrams, blueprints, tables.blueprints(service), matrices, tables.matrices(service), standards(service),
				texts.format("standards.dueNote", eventDate.format(DateTimeFormatter.ISO_LOCAL_DATE)), survey(service), qualityAspects(service), servqual, quality(service),
				value(service), segments(service), intro(service), areas(service, relationships, swot, loyalty), files.checklists() ? checklists() : List.of(),
				portfolios(service));
	}

	private List<ServiceView.Portfolio> portfolios(Service service) {
		return ServiceSegments.declared(service, Portfolio.class).stream().filter(p -> p.getServices().contains(service))
				.map(p -> new ServiceView.Portfolio(Labels.of(p.getLabel(), p.getName()), p.getDescription() == null ? "" : p.getDescription()))
				.toList();
	}

	/** The five checklists written beside the pages, in the order ChecklistBuilder writes them. */
	private List<ServiceView.ChecklistLink> checklists() {
		return java.util.stream.Stream.of("launch-readiness", "follow-up-schedule", "convenience-audit", "mystery-shopping", "servqual-survey")
				.map(id -> new ServiceView.ChecklistLink(texts.get("checklist." + id), "checklists/" + id)).toList();
	}

	private List<Fact> facts(Service service) {
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact(texts.get("fact.name"), service.getName()));
		if (Written.written(service, SvcPackage.Literals.SERVICE__INDUSTRY) && service.getIndustry() != null) {
			facts.add(new Fact(texts.get("fact.industry"), texts.get("industry." + service.getIndustry().getName())));
		}
		Orientation orientation = service.getOrientation();
		if (orientation != null && orientation.getKind() != null) {
			String kind = texts.get("orientation." + orientation.getKind().getName());
			facts.add(new Fact(texts.get("fact.orientation"), orientation.getProductQuality() == null || orientation.getServiceLevel() == null ? kind
					: texts.aside(kind, texts.format("orientation.quadrant", texts.get("margin." + orientation.getProductQuality().getName()),
							texts.get("margin." + orientation.getServiceLevel().getName())))));
		}
		for (Portfolio portfolio : ServiceSegments.declared(service, Portfolio.class)) {
			if (portfolio.getServices().contains(service)) {
				String label = Labels.of(portfolio.getLabel(), portfolio.getName());
				String members = portfolio.getServices().stream().filter(s -> !s.eIsProxy()).map(s -> Labels.of(s.getLabel(), s.getName()))
						.collect(Collectors.joining(texts.get("list.separator")));
				facts.add(new Fact(texts.get("fact.portfolio"), (portfolio.getDescription() == null ? label
						: label + texts.get("punctuation.dash") + portfolio.getDescription()) + texts.get("punctuation.semicolon")
						+ texts.format("portfolio.services", members)));
			}
		}
		if (Written.written(service, SvcPackage.Literals.SERVICE__CONTACT) && service.getContact() != null) {
			facts.add(new Fact(texts.get("fact.contact"), texts.get("contact." + service.getContact().getName())));
		}
		if (service.getDelivery() != null && service.getDelivery().getApproach() != null) {
			String approach = texts.get("delivery." + service.getDelivery().getApproach().getName());
			String rationale = service.getDelivery().getRationale();
			facts.add(new Fact(texts.get("fact.delivery"), rationale == null ? approach : approach + texts.get("punctuation.dash") + rationale));
		}
		return facts;
	}

	private List<PStatus> mixStatus(Service service) {
		Map<P, List<ServiceMember>> sections = mix.sections(service);
		List<P> missing = mix.missing(service);
		Set<P> outOfScope = mix.outOfScope(service);
		List<PStatus> result = new ArrayList<>();
		for (P p : P.values()) {
			String status = outOfScope.contains(p) ? "out" : missing.contains(p) ? "missing" : "described";
			String note = status.equals("described") ? texts.format("mix.blocks", sections.get(p).size())
					: status.equals("out") ? outOfScopeReason(service, p) : "";
			result.add(new PStatus(texts.get("p." + p.name()), status, texts.get("status." + status), note));
		}
		return result;
	}

	/** The reason the designer gave for leaving a P out of scope. */
	private String outOfScopeReason(Service service, P p) {
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof OutOfScope declaration && declaration.getReason() != null
					&& declaration.getPs().stream().anyMatch(element -> mix.of(element) == p)) {
				return declaration.getReason();
			}
		}
		return "";
	}

	private List<JourneyRow> journey(Service service) {
		List<JourneyRow> rows = new ArrayList<>();
		for (JourneyCurve.Point point : new JourneyCurve().points(service)) {
			Touchpoint touchpoint = point.touchpoint();
			String stage = texts.get("phase." + point.stage().getPhase().getName())
					+ (point.stage().getLabel() == null ? "" : " · " + point.stage().getLabel())
					+ (point.group() == null || point.group().getLabel() == null ? "" : " · " + point.group().getLabel());
			String rating = point.level().isPresent()
					? texts.aside(texts.get("level." + point.level().getAsInt()), point.level().getAsInt() + "/7") : texts.get("journey.notRated");
			if (Written.written(touchpoint, SvcPackage.Literals.TOUCHPOINT__SCORE)) {
				rating = rating + texts.get("punctuation.semicolon") + texts.format("journey.score", touchpoint.getScore());
			}
			String label = Labels.of(touchpoint.getLabel(), touchpoint.getName());
			String channel = touchpoint.getChannel() != null && !touchpoint.getChannel().eIsProxy()
					? Labels.of(touchpoint.getChannel().getLabel(), touchpoint.getChannel().getName())
					: touchpoint.getNoChannelReason() == null ? "" : texts.format("journey.noChannel", touchpoint.getNoChannelReason());
			String expects = touchpoint.getExpectation() == null ? "" : touchpoint.getSources().isEmpty() ? touchpoint.getExpectation()
					: texts.aside(touchpoint.getExpectation(), texts.format("journey.from", touchpoint.getSources().stream()
							.map(source -> texts.get("expectationSource." + source.getName())).collect(Collectors.joining(texts.get("list.separator")))));
			rows.add(new JourneyRow(stage, touchpoint.getDescription() == null ? label : label + texts.get("punctuation.dash") + touchpoint.getDescription(),
					channel, role(touchpoint.getOwner()), expects, rating,
					point.emotion() == null ? "" : texts.get("emotion." + point.emotion().getName())));
		}
		return rows;
	}

	private List<StandardRow> standards(Service service) {
		StandardSchedule schedule = new StandardSchedule();
		List<StandardRow> rows = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (!(member instanceof Standards standards)) {
				continue;
			}
			for (EObject entry : standards.getEntries()) {
				if (!(entry instanceof Standard standard) || standard.getName() == null) {
					continue;
				}
				String due = schedule.due(standard, eventDate).map(this::window).orElseGet(() -> occurrences(schedule, standard));
				String escalation = standard.getEscalation() == null || standard.getEscalation().getTo() == null ? ""
						: texts.format("standards.escalateTo", role(standard.getEscalation().getTo()),
								deadlines.duration(standard.getEscalation().getWithin()));
				String records = standard.getRecords().stream().filter(r -> !r.eIsProxy() && r.getName() != null)
						.map(r -> Labels.of(r.getLabel(), r.getName())).collect(Collectors.joining(texts.get("list.separator")));
				String deadline = standard.getDeadline() == null && standard.getBehaviour() != null
						? texts.format("standards.behavioural", standard.getBehaviour()) : deadlines.of(standard.getDeadline());
				if (standard.getDeadline() == null && standard.getBehaviour() != null) {
					due = texts.get("standards.everyEncounter");
				}
				rows.add(new StandardRow(Labels.of(standard.getLabel(), standard.getName()),
						standard.getDescription() == null ? "" : standard.getDescription(), deadline, due,
						role(standard.getOwner()), role(standard.getDeputy()), escalation, records));
			}
		}
		return rows;
	}

	/** A recurring standard, or one that follows it, is due once per occurrence: the first three, then "…". */
	private String occurrences(StandardSchedule schedule, Standard standard) {
		List<DueWindow> windows = schedule.dueEach(standard, eventDate, 3);
		return windows.isEmpty() ? "" : windows.stream().map(this::window).collect(Collectors.joining(texts.get("list.separator"))) + " …";
	}

	private String window(DueWindow window) {
		if (window.earliest() == null) {
			return texts.format("standards.noLaterThan", window.latest().toString());
		}
		if (window.latest() == null) {
			return texts.format("standards.noEarlierThan", window.earliest().toString());
		}
		if (window.earliest().equals(window.latest())) {
			return window.latest().toString();
		}
		return texts.format("standards.between", window.earliest().toString(), window.latest().toString());
	}

	private Survey survey(Service service) {
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof SatisfactionSurvey survey && !survey.getItems().isEmpty()) {
				List<SurveyRow> rows = new ArrayList<>();
				for (SurveyItem item : survey.getItems()) {
					var level = scale.level(item);
					BigDecimal score = scale.score(item);
					rows.add(new SurveyRow(Labels.of(item.getLabel(), item.getName()),
							item.getWeight() == null ? "" : plain(item.getWeight().getValue()) + "%",
							level.isPresent() ? texts.aside(texts.get("level." + level.getAsInt()), String.valueOf(level.getAsInt())) : texts.get("journey.notRated"),
							score == null ? "" : plain(score)));
				}
				Optional<BigDecimal> total = scale.weightedScore(survey);
				return new Survey(rows, total.map(ServiceViewBuilder::plain).orElse(""),
						total.map(t -> texts.get("level." + (scale.nearestLevel(t).getValue() + 1))).orElse(""));
			}
		}
		return null;
	}

	/** D12: technical quality (what the customer gets) and functional quality (how). */
	private List<Fact> qualityAspects(Service service) {
		List<Fact> facts = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof QualityAssessment quality) {
				addIf(facts, "quality.technical", quality.getTechnical());
				addIf(facts, "quality.functional", quality.getFunctional());
			}
		}
		return facts;
	}

	private List<QualityRow> quality(Service service) {
		ServqualGaps gaps = new ServqualGaps();
		List<QualityRow> rows = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof QualityAssessment quality) {
				for (QualityDimension dimension : quality.getDimensions()) {
					var gap = gaps.gap(dimension);
					String position = gap.map(g -> g.position().name()).orElse(null);
					String name = texts.get("servqual." + dimension.getKind().getName());
					rows.add(new QualityRow(dimension.getNote() == null ? name : name + texts.get("punctuation.dash") + dimension.getNote(),
							plain(dimension.getDesired()), plain(dimension.getAdequate()), plain(dimension.getPerceived()),
							gap.map(g -> signed(g.adequacy())).orElse(""), gap.map(g -> signed(g.superiority())).orElse(""), position == null ? "" : texts.get("position." + position),
							position == null ? "" : position.toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
				}
			}
		}
		return rows;
	}

	private Value value(Service service) {
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof DeliveredValue block && !block.getComponents().isEmpty()) {
				List<Fact> components = new ArrayList<>();
				for (ValueComponent component : block.getComponents()) {
					if (component instanceof CustomerValue v) {
						components.add(new Fact((v.getScore() == null ? texts.get("value." + v.getKind().getName()) : texts.aside(texts.get("value." + v.getKind().getName()), plain(v.getScore()))), v.getText()));
					} else if (component instanceof CustomerCost c) {
						components.add(new Fact((c.getScore() == null ? texts.get("cost." + c.getKind().getName()) : texts.aside(texts.get("cost." + c.getKind().getName()), "−" + plain(c.getScore()))), c.getText()));
					}
				}
				var balance = new DeliveredValueCalculator().balance(block);
				return new Value(components, balance.map(b -> plain(b.totalValue())).orElse(""),
						balance.map(b -> plain(b.totalCost())).orElse(""), balance.map(b -> signed(b.delivered())).orElse(""));
			}
		}
		return null;
	}

	/** Customer services (D5), market (D8), convenience (D13) and the marketing triangle (D15), in that order. */
	private List<ServiceView.FactTable> areas(Service service, List<Diagram> relationshipDiagrams, List<Diagram> swotDiagrams,
			List<Diagram> loyaltyDiagrams) {
		List<Fact> offers = new ArrayList<>(), market = new ArrayList<>(), convenience = new ArrayList<>(), triangle = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof CustomerServices services) {
				for (CustomerServiceOffer offer : services.getOffers()) {
					String channels = offer.getChannels().stream().filter(c -> !c.eIsProxy() && c.getName() != null)
							.map(c -> Labels.of(c.getLabel(), c.getName())).collect(Collectors.joining(texts.get("list.separator")));
					offers.add(new Fact(texts.get("customerService." + offer.getKind().getName()),
							channels.isEmpty() ? offer.getText() : texts.format("customerServices.via", offer.getText(), channels)));
				}
			} else if (member instanceof Market m) {
				addIf(market, "market.segments", String.join(texts.get("list.separator"), segments(service)));
				addIf(market, "market.regions", String.join(texts.get("list.separator"), m.getRegions()));
				addIf(market, "market.products", String.join(texts.get("list.separator"), m.getProducts()));
				addIf(market, "market.contractValue", money(m.getContractValue()));
				addIf(market, "market.pastSales", money(m.getPastSales()));
				addIf(market, "market.expectedSales", money(m.getExpectedSales()));
				addIf(market, "market.positioning", m.getPositioning());
				if (m.getPattern() != null && Written.written(m, SvcPackage.Literals.MARKET__PATTERN)) {
					addIf(market, "market.pattern", texts.get("pattern." + m.getPattern().getName()));
				}
			} else if (member instanceof ConvenienceAudit audit) {
				for (AuditItem item : audit.getItems()) {
					String result = item.getResult() != null && Written.written(item, SvcPackage.Literals.AUDIT_ITEM__RESULT)
							? texts.get("audit." + item.getResult().getName()) : texts.get("audit.open");
					convenience.add(new Fact(texts.get("convenience." + item.getType().getName()), item.getQuestion() + texts.get("punctuation.dash") + result));
				}
			} else if (member instanceof MarketingTriangle sides) {
				for (TriangleSide side : sides.getSides()) {
					triangle.add(new Fact(texts.get("triangle." + side.getKind().getName()), side.getText()));
				}
			}
		}
		List<ServiceView.FactTable> tables = new ArrayList<>();
		table(tables, "decision-factors", "section.decisionFactors", "decisionFactors.stage", decisionFactors(service));
		table(tables, "records", "section.records", "records.record", records(service));
		table(tables, "customer-services", "section.customerServices", "customerServices.kind", offers);
		table(tables, "market", "section.market", "market.term", market);
		List<Fact> relationships = new RelationshipFacts(texts).of(service);
		if (!relationships.isEmpty()) {
			tables.add(new ServiceView.FactTable("relationships", texts.get("section.relationships"), texts.get("relationships.party"),
					texts.get("table.description"), relationships, relationshipDiagrams));
		}
		table(tables, "convenience", "section.convenience", "convenience.type", convenience);
		table(tables, "triangle", "section.triangle", "triangle.side", triangle);
		List<Fact> swot = swot(service);
		if (!swot.isEmpty()) {
			tables.add(new ServiceView.FactTable("swot", texts.get("section.swot"), texts.get("swot.kind"), texts.get("table.description"), swot,
					swotDiagrams));
		}
		List<Fact> loyalty = loyalty(service);
		if (!loyalty.isEmpty()) {
			tables.add(new ServiceView.FactTable("loyalty", texts.get("section.loyalty"), texts.get("loyalty.kind"), texts.get("table.description"),
					loyalty, loyaltyDiagrams));
		}
		table(tables, "management", "section.management", "management.step", management(service));
		return tables;
	}

	/** D4: what weighs on the decision in each stage of the journey without being a touchpoint. */
	private List<Fact> decisionFactors(Service service) {
		List<Fact> facts = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof Journey journey) {
				for (JourneyStage stage : journey.getStages()) {
					String phase = texts.get("phase." + stage.getPhase().getName()) + (stage.getLabel() == null ? "" : " · " + stage.getLabel());
					for (DecisionFactor factor : stage.getFactors()) {
						String label = Labels.of(factor.getLabel(), factor.getName());
						facts.add(new Fact(phase, factor.getDescription() == null ? label : label + texts.get("punctuation.dash") + factor.getDescription()));
					}
				}
			}
		}
		return facts;
	}

	/** D6: the forms and logs the standards keep, with their fields. */
	private List<Fact> records(Service service) {
		List<Fact> facts = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof Standards standards) {
				for (EObject entry : standards.getEntries()) {
					if (entry instanceof org.svcworkbench.svc.svc.Record record && record.getName() != null) {
						facts.add(new Fact(Labels.of(record.getLabel(), record.getName()), String.join(texts.get("list.separator"), record.getFields())));
					}
				}
			}
		}
		return facts;
	}

	/** Characteristics (D1) and value proposition (D3): what the service is, before how it is marketed. */
	private List<ServiceView.FactTable> intro(Service service) {
		List<ServiceView.FactTable> tables = new ArrayList<>();
		table(tables, "characteristics", "section.characteristics", "characteristics.kind", characteristics(service));
		table(tables, "proposition", "section.proposition", "proposition.kind", proposition(service));
		return tables;
	}

	/** D1: how the service copes with each of the five characteristics. */
	private List<Fact> characteristics(Service service) {
		List<Fact> facts = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof Characteristics block) {
				for (Characteristic entry : block.getEntries()) {
					facts.add(new Fact(texts.get("characteristic." + entry.getKind().getName()), entry.getHandling()));
				}
			}
		}
		return facts;
	}

	/** D3: the statement, the customer's jobs and pains, and the answers to the pains. */
	private List<Fact> proposition(Service service) {
		List<Fact> facts = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof ValueProposition block) {
				addIf(facts, "proposition.statement", block.getStatement());
				for (PropositionItem item : block.getItems()) {
					if (item instanceof Job job) {
						facts.add(new Fact(texts.get("proposition.job"), job.getText()));
					} else if (item instanceof Pain pain) {
						facts.add(new Fact(texts.get("proposition.pain"), pain.getText()));
					} else if (item instanceof Answer answer) {
						facts.add(new Fact(texts.get("proposition.answer"), answer.getText()));
					}
				}
			}
		}
		return facts;
	}

	/** D18: the SWOT factors with their levels, then the strategies that combine them. */
	private List<Fact> swot(Service service) {
		List<Fact> facts = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof Swot block) {
				for (SwotFactor factor : block.getFactors()) {
					facts.add(new Fact(texts.get("swot." + factor.getKind().getName()), Labels.of(factor.getLabel(), factor.getName())));
				}
				for (SwotStrategy strategy : block.getStrategies()) {
					facts.add(new Fact(texts.format("swot.strategy", strategy.getKind().getLiteral()),
							Labels.of(strategy.getLabel(), strategy.getName())));
				}
			}
		}
		return facts;
	}

	/** D11: why loyal customers stay, and the measured indicators. */
	private List<Fact> loyalty(Service service) {
		List<Fact> facts = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof Loyalty block) {
				if (!block.getTypes().isEmpty()) {
					facts.add(new Fact(texts.get("loyalty.types"), block.getTypes().stream().map(t -> texts.get("loyaltyType." + t.getName()))
							.collect(Collectors.joining(texts.get("list.separator")))));
				}
				for (LoyaltyIndicator indicator : block.getIndicators()) {
					String value = indicator.getShare() != null ? plain(indicator.getShare().getValue()) + "%"
							: indicator.getTime() != null ? deadlines.duration(indicator.getTime())
									: indicator.getNote() != null ? indicator.getNote() : indicator.getLevel() != null ? texts.get("margin." + indicator.getLevel().getName()) : "";
					String kind = texts.get("indicator." + indicator.getKind().getName());
					Segment segment = indicator.getSegment();
					facts.add(new Fact(segment == null || segment.eIsProxy() ? kind : texts.aside(kind, Labels.of(segment.getLabel(), segment.getName())), value));
				}
			}
		}
		return facts;
	}

	/** D18: the marketing management process. */
	private List<Fact> management(Service service) {
		List<Fact> facts = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof Management block) {
				addIf(facts, "management.research", block.getResearch());
				addIf(facts, "management.positioning", block.getPositioning());
				addIf(facts, "management.planning", block.getPlanning());
				addIf(facts, "management.monitoring", block.getMonitoring());
			}
		}
		return facts;
	}

	private void table(List<ServiceView.FactTable> tables, String id, String title, String termHeading, List<Fact> rows) {
		if (!rows.isEmpty()) {
			tables.add(new ServiceView.FactTable(id, texts.get(title), texts.get(termHeading), texts.get("table.description"), rows));
		}
	}

	private void addIf(List<Fact> facts, String key, String value) {
		if (value != null && !value.isBlank()) {
			facts.add(new Fact(texts.get(key), value));
		}
	}

	private static String money(org.svcworkbench.svc.svc.Money money) {
		return money == null || money.getAmount() == null ? null : plain(money.getAmount()) + " " + money.getCurrency();
	}

	private List<String> segments(Service service) {
		List<String> segments = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof Market market) {
				for (Segment segment : market.getSegments()) {
					if (!segment.eIsProxy() && segment.getName() != null) {
						segments.add(Labels.of(segment.getLabel(), segment.getName()));
					}
				}
			}
		}
		return segments;
	}


	private static String role(Role role) {
		return role == null || role.eIsProxy() || role.getName() == null ? "" : Labels.of(role.getLabel(), role.getName());
	}


	static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	private static String signed(BigDecimal value) {
		return (value.signum() > 0 ? "+" : value.signum() < 0 ? "−" : "") + plain(value.abs());
	}

}
