package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.svcworkbench.svc.domain.JourneyCurve;
import org.svcworkbench.svc.domain.SatisfactionScale;
import org.svcworkbench.svc.domain.ServqualGaps;
import org.svcworkbench.svc.domain.ServqualGaps.Position;
import org.svcworkbench.svc.domain.StandardSchedule;
import org.svcworkbench.svc.domain.StandardSchedule.DueWindow;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.QualityAssessment;
import org.svcworkbench.svc.svc.QualityDimension;
import org.svcworkbench.svc.svc.RecurringDeadline;
import org.svcworkbench.svc.svc.SatisfactionSurvey;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.Standard;
import org.svcworkbench.svc.svc.Standards;
import org.svcworkbench.svc.vocabulary.Emotion;
import org.svcworkbench.svc.vocabulary.SatisfactionLevel;

import com.google.inject.Inject;

/** The domain computations the reports show, against the worked figures of DOMAIN.md (D6, D11, D12, D4). */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class DomainFiguresTest {

	@Inject private ParseHelper<Model> parser;

	private Service service(String text) throws Exception {
		Model model = parser.parse(text);
		assertTrue(model.eResource().getErrors().isEmpty(), () -> "parses: " + model.eResource().getErrors());
		return (Service) model.getElements().stream().filter(Service.class::isInstance).findFirst().orElseThrow();
	}

	/** D6, the car-repair follow-up procedure, with every event on Monday 2 March 2026. */
	@Test
	void followUpDueDatesOfD6() throws Exception {
		Service service = service("""
				role advisor
				service AfterSales {
					standards {
						event visit event handover event solution event clubEvent event complaint
						standard file { deadline within 2 days after visit owner advisor }
						standard firstCall { deadline 3 days to 1 week after handover owner advisor }
						standard answer { deadline same-day after solution owner advisor }
						standard secondCall { deadline within 7 days after firstCall owner advisor }
						standard announce { deadline at-least 2 weeks before clubEvent owner advisor }
						standard letter { deadline within 2 days after announce owner advisor }
						standard written { deadline within 5 working-days after complaint owner advisor }
						standard exact { deadline 2 weeks before clubEvent owner advisor }
						standard inHours { deadline within 30 hours after visit owner advisor }
						standard monthly { deadline every month owner advisor }
						standard fortnightly { deadline every 2 weeks owner advisor }
					}
				}
				""");
		StandardSchedule schedule = new StandardSchedule();
		LocalDate monday = LocalDate.of(2026, 3, 2);
		assertEquals(new DueWindow(monday, LocalDate.of(2026, 3, 4)), schedule.due(standard(service, "file"), monday).orElseThrow());
		assertEquals(new DueWindow(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 9)),
				schedule.due(standard(service, "firstCall"), monday).orElseThrow());
		assertEquals(new DueWindow(monday, monday), schedule.due(standard(service, "answer"), monday).orElseThrow());
		// Within 7 days of a call made between 5 and 9 March.
		assertEquals(new DueWindow(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 16)),
				schedule.due(standard(service, "secondCall"), monday).orElseThrow());
		// At least two weeks ahead: no earlier limit, 16 February at the latest; the letter within 2 days of the call.
		assertEquals(new DueWindow(null, LocalDate.of(2026, 2, 16)), schedule.due(standard(service, "announce"), monday).orElseThrow());
		assertEquals(new DueWindow(null, LocalDate.of(2026, 2, 18)), schedule.due(standard(service, "letter"), monday).orElseThrow());
		// Five working days from a Monday end on the next Monday.
		assertEquals(new DueWindow(monday, LocalDate.of(2026, 3, 9)), schedule.due(standard(service, "written"), monday).orElseThrow());
		assertEquals(new DueWindow(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 16)),
				schedule.due(standard(service, "exact"), monday).orElseThrow());
		assertEquals(new DueWindow(monday, LocalDate.of(2026, 3, 3)), schedule.due(standard(service, "inHours"), monday).orElseThrow());
		assertTrue(schedule.due(standard(service, "monthly"), monday).isEmpty(), "a recurring standard has occurrences, not a window");
		assertEquals(List.of(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 5, 2), LocalDate.of(2026, 6, 2)),
				schedule.occurrences((RecurringDeadline) standard(service, "monthly").getDeadline(), monday, 3));
		assertEquals(List.of(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 30)),
				schedule.occurrences((RecurringDeadline) standard(service, "fortnightly").getDeadline(), monday, 2));
	}

	/** "Same day after the fortnightly check" is due on each check's date; a window follows each occurrence. */
	@Test
	void aStandardCountedFromARecurringOneIsDuePerOccurrence() throws Exception {
		Service service = service("""
				service S { standards {
					standard check { deadline every 15 days }
					standard report { deadline same-day after check }
					standard file { deadline within 2 days after report }
					standard loose { }
					standard orphan { deadline within 2 days after loose }
				} }
				""");
		StandardSchedule schedule = new StandardSchedule();
		LocalDate monday = LocalDate.of(2026, 3, 2);
		LocalDate first = LocalDate.of(2026, 3, 17), second = LocalDate.of(2026, 4, 1);
		assertEquals(List.of(new DueWindow(first, first), new DueWindow(second, second)), schedule.dueEach(standard(service, "report"), monday, 2));
		assertEquals(List.of(new DueWindow(first, LocalDate.of(2026, 3, 19)), new DueWindow(second, LocalDate.of(2026, 4, 3))),
				schedule.dueEach(standard(service, "file"), monday, 2));
		assertTrue(schedule.due(standard(service, "file"), monday).isEmpty(), "no single window for a recurring chain");
		assertTrue(schedule.dueEach(standard(service, "orphan"), monday, 3).isEmpty(), "no date without a deadline up the chain");
	}

	@Test
	void aCycleOfStandardsHasNoDueDate() throws Exception {
		Service service = service("""
				service S { standards {
					standard a { deadline within 2 days after b }
					standard b { deadline within 2 days after a }
				} }
				""");
		assertTrue(new StandardSchedule().due(standard(service, "a"), LocalDate.of(2026, 3, 2)).isEmpty());
	}

	/** D11: score of an item = weight x rating; the survey's weighted satisfaction and its level. */
	@Test
	void weightedSatisfactionOfD11() throws Exception {
		Service service = service("""
				service S { satisfaction {
					item taste weight 40% rating satisfied
					item speed weight 30% rating neutral
					item room weight 30% rating very-satisfied
				} }
				""");
		SatisfactionSurvey survey = (SatisfactionSurvey) service.getMembers().get(0);
		SatisfactionScale scale = new SatisfactionScale();
		// 0.4 x 6 + 0.3 x 4 + 0.3 x 7 = 2.4 + 1.2 + 2.1 = 5.7: nearest level 6, satisfied.
		assertEquals(0, new BigDecimal("5.7").compareTo(scale.weightedScore(survey).orElseThrow()));
		assertEquals(SatisfactionLevel.SATISFIED, scale.nearestLevel(new BigDecimal("5.7")));
		assertEquals(SatisfactionLevel.FAIRLY_SATISFIED, scale.nearestLevel(new BigDecimal("5.49")));
		Service unrated = service("service S { satisfaction { item a weight 50% rating satisfied item b weight 50% } }");
		assertTrue(scale.weightedScore((SatisfactionSurvey) unrated.getMembers().get(0)).isEmpty(), "an unrated item: no total");
	}

	/** D12: the zone of tolerance between the adequate and the desired level. */
	@Test
	void servqualGapsOfD12() throws Exception {
		Service service = service("""
				service S { quality {
					dimension reliability desired 6.5 adequate 5 perceived 4.2
					dimension tangibles desired 6 adequate 4 perceived 5.5
					dimension empathy desired 6 adequate 4.5 perceived 6.4
					dimension assurance desired 6 adequate 5
				} }
				""");
		List<QualityDimension> dimensions = ((QualityAssessment) service.getMembers().get(0)).getDimensions();
		ServqualGaps gaps = new ServqualGaps();
		var reliability = gaps.gap(dimensions.get(0)).orElseThrow();
		assertEquals(Position.BELOW_TOLERANCE, reliability.position());
		assertEquals(0, new BigDecimal("-0.8").compareTo(reliability.adequacy()));
		assertEquals(0, new BigDecimal("-2.3").compareTo(reliability.superiority()));
		assertEquals(Position.WITHIN_TOLERANCE, gaps.gap(dimensions.get(1)).orElseThrow().position());
		assertEquals(Position.ABOVE_DESIRED, gaps.gap(dimensions.get(2)).orElseThrow().position());
		assertTrue(gaps.gap(dimensions.get(3)).isEmpty(), "no perceived level, no gap");
	}

	/** D4: the curve runs through the touchpoints in the order written, groups included. */
	@Test
	void journeyCurveOfD4() throws Exception {
		Service service = service("""
				service S { journey {
					stage before {
						touchpoint ad { rating 5 emotion calm }
						group "Online" { touchpoint site { rating satisfied } touchpoint app }
						touchpoint shop { score 85 emotion delighted }
					}
					stage after { touchpoint call { rating dissatisfied emotion frustrated } }
				} }
				""");
		List<JourneyCurve.Point> points = new JourneyCurve().points(service);
		assertEquals(List.of("ad", "site", "app", "shop", "call"), points.stream().map(p -> p.touchpoint().getName()).toList());
		assertEquals(List.of(OptionalInt.of(5), OptionalInt.of(6), OptionalInt.empty(), OptionalInt.of(7), OptionalInt.of(2)),
				points.stream().map(JourneyCurve.Point::level).toList());
		assertEquals(Emotion.DELIGHTED, points.get(3).emotion(), "delighted is the first literal, yet written");
		assertEquals(null, points.get(1).emotion());
		assertEquals("Online", points.get(2).group().getLabel());
	}

	private static Standard standard(Service service, String name) {
		return service.getMembers().stream().filter(Standards.class::isInstance).map(Standards.class::cast)
				.flatMap(s -> s.getEntries().stream()).filter(Standard.class::isInstance).map(Standard.class::cast)
				.filter(s -> name.equals(s.getName())).findFirst().orElseThrow();
	}
}
