package org.svcworkbench.svc.design.tests;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.svcworkbench.svc.design.SvcDesignServices;
import org.svcworkbench.svc.design.tests.odesign.OdesignChecker;
import org.svcworkbench.svc.design.tests.odesign.SiriusMetamodels;
import org.svcworkbench.svc.design.tests.odesign.SiriusMetamodels.Loaded;

/**
 * Every check can fail: each case breaks a copy of svc.odesign in one place (by regular expression,
 * first match, or every match where it says so) and expects the load or the static checks to name that mistake.
 */
class OdesignNegativeTest {

	private static SiriusMetamodels metamodels;
	private static String original;

	@BeforeEach
	void setUp() throws Exception {
		metamodels = SiriusMetamodels.fromSharedFolder();
		original = Files.readString(Viewpoint.odesign(), StandardCharsets.UTF_8);
	}

	static Stream<Arguments> mistakes() {
		return Stream.of(
				// strict loading
				broken("an unknown attribute", "enablePopupBars=\"true\"", "enablePopupBarz=\"true\"", "enablePopupBarz"),
				broken("an illegal enum literal", "childrenPresentation=\"VerticalStack\"", "childrenPresentation=\"VerticalStak\"", "VerticalStak"),
				broken("an unknown xsi:type", "xsi:type=\"style:FlatContainerStyleDescription\"", "xsi:type=\"style:FlatContainerStyle\"",
						"FlatContainerStyle"),
				broken("an abstract xsi:type", "xsi:type=\"style:SquareDescription\"", "xsi:type=\"style:NodeStyleDescription\"",
						"NodeStyleDescription"),
				broken("an unresolved mapping reference", "(nodeMappings=\"[^\"]*)CustomerStep'\\]", "$1CustomerSteps']", "CustomerSteps"),
				broken("an unresolved colour", "@entries\\[name='stepFill'\\]", "@entries[name='stepFil']", "stepFil"),
				// the language's Ecore
				broken("a domainClass that does not exist", "domainClass=\"svc::Touchpoint\"", "domainClass=\"svc::TouchPoint\"",
						"'svc::TouchPoint' is no class"),
				broken("a feature: the context class lacks", "feature:touchpoints\"", "feature:touchpoint\"",
						"has no feature 'touchpoint'"),
				broken("a wrong feature inside a select lambda", "s\\.lane = vocabulary::Lane::CUSTOMER", "s.lanes = vocabulary::Lane::CUSTOMER",
						"Step has no feature 'lanes'"),
				broken("a wrong feature after a collection", "self\\.steps\\.evidence-", "self.steps.evidences-",
						"Step has no feature 'evidences'"),
				broken("an enum literal that does not exist", "vocabulary::Lane::CUSTOMER\\)", "vocabulary::Lane::CUSTOMERS)",
						"has no literal 'CUSTOMERS'"),
				broken("an enum compared with a string", "s\\.lane = vocabulary::Lane::ONSTAGE", "s.lane = 'ONSTAGE'", "compares Lane with EString"),
				broken("an enum of the wrong type", "featureName=\"lane\" valueExpression=\"aql:vocabulary::Lane::SUPPORT\"",
						"featureName=\"lane\" valueExpression=\"aql:vocabulary::JourneyPhase::AFTER\"", "Step.lane is Lane"),
				broken("a lambda that is not a condition", "select\\(s \\| s\\.lane = vocabulary::Lane::SUPPORT\\)", "select(s | s.lane)",
						"needs a Boolean"),
				// services
				broken("a service that does not exist", "aql:self\\.successors\\(\\)", "aql:self.successor()", "'successor' is neither"),
				broken("a service for another type", "aql:element\\.deleteTouchpoint\\(\\)", "aql:element.deleteStep()",
						"deleteStep takes (Touchpoint)"),
				broken("a service: call with no such method", "service:stageLabel", "service:stageTitle", "'stageTitle' is neither"),
				broken("a Java extension that is not the services class", "SvcDesignServices\"", "SvcDesignService\"",
						"is not the services class"),
				// tools
				broken("an unknown variable", "valueExpression=\"var:arg0\"", "valueExpression=\"var:argument0\"", "no variable 'argument0'"),
				broken("a reference to create in that does not exist", "referenceName=\"touchpoints\"", "referenceName=\"touchpoint\"",
						"has no containment reference 'touchpoint'"),
				broken("a feature to set that does not exist", "featureName=\"lane\"", "featureName=\"lanes\"", "has no feature 'lanes' to set"),
				brokenEverywhere("a tool no mapping uses", " labelDirectEdit=\"[^\"]*EditJourneyLabel'\\]\"", "", "no mapping uses this DirectEditLabel"),
				// region containers
				broken("a region that is not its container's element", "(name=\"CustomerLane\" label=\"[^\"]*\" semanticCandidatesExpression=)\"var:self\"",
						"$1\"aql:self.eContainer()\"", "must be var:self"),
				broken("a node directly in the lane stack", "(<containerMappings name=\"Lanes\"[^>]*>)",
						"$1<subNodeMappings name=\"Stray\" semanticCandidatesExpression=\"feature:steps\" domainClass=\"svc::Step\"/>",
						"holds only regions"),
				broken("a region styled as a shape", "xsi:type=\"style:FlatContainerStyleDescription\" (labelExpression=\"aql:self\\.laneTitle\\('CUSTOMER'\\)\"[^>]*) foregroundColor=\"[^\"]*\"",
						"xsi:type=\"style:ShapeContainerStyleDescription\" $1", "not ShapeContainerStyleDescription"),
				// Sirius' own description rules
				broken("an unqualified domainClass", "domainClass=\"svc::Cue\"", "domainClass=\"Cue\"", "must be qualified"),
				broken("an edge style without a width", "(<style lineStyle=\"dash\" targetArrow=\"NoDecoration\") sizeComputationExpression=\"1\"",
						"$1 sizeComputationExpression=\"\"",
						"needs a sizeComputationExpression"),
				// the file itself
				broken("a version newer than Sirius reads", "version=\"12\\.0\\.0\\.2017041100\"", "version=\"15.1.0.202509151200\"", "is newer than"),
				broken("an MTL expression", "labelExpression=\"feature:label\"", "labelExpression=\"[label/]\"", "MTL"));
	}

	private static Arguments broken(String mistake, String regex, String replacement, String expected) {
		return Arguments.of(mistake, regex, replacement, expected, false);
	}

	/** Replaces every match, not only the first. */
	private static Arguments brokenEverywhere(String mistake, String regex, String replacement, String expected) {
		return Arguments.of(mistake, regex, replacement, expected, true);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mistakes")
	void isReported(String mistake, String regex, String replacement, String expected, boolean everywhere, @TempDir Path folder)
			throws Exception {
		String copy = everywhere ? original.replaceAll(regex, replacement) : original.replaceFirst(regex, replacement);
		assertNotEquals(original, copy, "the case does not match svc.odesign any more: " + regex);
		Path file = folder.resolve("svc.odesign");
		Files.writeString(file, copy, StandardCharsets.UTF_8);

		Loaded loaded = metamodels.load(file);
		List<String> found = new ArrayList<>(loaded.errors());
		if (found.isEmpty()) {
			found.addAll(new OdesignChecker(loaded.resource(), SvcDesignServices.class).check());
		}
		assertTrue(found.stream().anyMatch(p -> p.contains(expected)),
				mistake + ": expected a finding containing \"" + expected + "\", found " + found);
	}
}
