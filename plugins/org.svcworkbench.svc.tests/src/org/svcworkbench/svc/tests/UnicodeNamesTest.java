package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.PeopleP;
import org.svcworkbench.svc.svc.Role;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.StaffUse;

import com.google.inject.Inject;

/**
 * Names in every script: a letter of each Unicode letter category (and a letter number) starts a
 * name, marks and digits of any script continue it, supplementary planes included; each name is
 * declared and then used, so lexing, linking and the value converter all see it whole.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class UnicodeNamesTest {

	@Inject private ParseHelper<Model> parser;
	@Inject private ValidationTestHelper validation;

	record Sample(String category, String name) {
		@Override
		public String toString() {
			return category + " " + name;
		}
	}

	static List<Sample> names() {
		return List.of(
				new Sample("Lu upper case (Latin Extended Additional)", "\u1E9EraßeLan"), // ẞ
				new Sample("Ll lower case, Vietnamese", "chịLan"),
				new Sample("Lt title case", "\u01C5ivko"), // ǅ
				new Sample("Lm modifier letter", "ko\u02BBolele"), // ʻ (Hawaiian okina)
				new Sample("Lo other letter, CJK Extension B (U+20BB7)", "\uD842\uDFB7野家"), // 𠮷
				new Sample("Lo other letter, Thai with a mark", "สมชาย"),
				new Sample("Lo other letter, Arabic", "مطعم"),
				new Sample("Lo other letter, Devanagari with a spacing mark", "सेवा"),
				new Sample("Lu, supplementary plane (Deseret)", "\uD801\uDC00\uD801\uDC01"), // 𐐀𐐁
				new Sample("Nl letter number", "\u3007号店"), // 〇
				new Sample("Mn combining mark after a Latin letter", "Zoe\u0308"),
				new Sample("Nd digits of another script", "店\u0663"), // Arabic-Indic three
				new Sample("Ll, the grammar's own range with one letter beyond it", "café\u0149"), // ŉ
				new Sample("a keyword then CJK: one name", "service服务"),
				new Sample("ASCII, then kana with the katakana middle dot (Po, in the ranges the grammar once listed)", "caféカフェ\u30FBラテ"),
				new Sample("Hangul then ASCII digits", "서비스2"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("names")
	void aNameInAnyScriptIsDeclaredAndUsed(Sample sample) throws Exception {
		Model model = parser.parse("""
				service Studio "Studio" {
					people {
						role %s "Staff"
						staff %s
					}
				}
				""".formatted(sample.name(), sample.name()));
		List<Issue> issues = validation.validate(model).stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)
				.toList();
		assertTrue(issues.isEmpty(), () -> SvcTestSupport.describe(issues));
		PeopleP people = (PeopleP) ((Service) model.getElements().get(0)).getMembers().get(0);
		Role role = (Role) people.getEntries().get(0);
		assertEquals(sample.name(), role.getName());
		assertEquals(role, ((StaffUse) people.getEntries().get(1)).getRoles().get(0));
	}

	@Test
	void fullWidthLettersAndPunctuationAreStillNotNames() throws Exception {
		Model model = parser.parse("role ｂａｒｉｓｔａ \"Barista\"\nrole 店员，甲 \"Clerk\"\n");
		List<String> messages = model.eResource().getErrors().stream().map(e -> e.getMessage()).toList();
		assertTrue(messages.stream().anyMatch(m -> m.startsWith("Full-width 'ｂ'")), messages.toString());
	}

	/**
	 * The generated lexers' tables stay small: spelling out the scripts' letter ranges in the grammar
	 * made every keyword prefix a state over U+0030..U+FAFF, 27 MB unpacked at each start.
	 */
	@Test
	void theGeneratedLexersTablesStaySmall() throws Exception {
		for (Class<?> lexer : List.of(org.svcworkbench.svc.parser.antlr.internal.InternalSvcLexer.class,
				Class.forName("org.svcworkbench.svc.ide.contentassist.antlr.internal.InternalSvcLexer", true,
						org.svcworkbench.svc.ide.SvcIdeSetup.class.getClassLoader()))) {
			long entries = 0;
			for (java.lang.reflect.Field field : lexer.getDeclaredFields()) {
				if (field.getType() == short[][].class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
					field.setAccessible(true);
					for (short[] row : (short[][]) field.get(null)) {
						entries += row.length;
					}
				}
			}
			for (Class<?> dfa : lexer.getDeclaredClasses()) {
				for (java.lang.reflect.Field field : dfa.getDeclaredFields()) {
					if (field.getType() == short[][].class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
						field.setAccessible(true);
						for (short[] row : (short[][]) field.get(null)) {
							entries += row.length;
						}
					}
				}
			}
			assertTrue(entries < 500_000, lexer.getName() + " unpacks " + entries
					+ " transition entries: does Svc.xtext's LETTER spell out non-ASCII ranges again? Names in other scripts belong to UnicodeNames.");
		}
	}
}
