package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.svcworkbench.svc.load.CheckCounts;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.load.SvcModelLoader;
import org.svcworkbench.svc.svc.SvcPackage;
import org.svcworkbench.svc.tests.MistakeCorpus.Case;
import org.svcworkbench.svc.words.Findings;

import com.google.inject.Inject;

/**
 * Issue 20, point 5: with the findings in Chinese, every message a designer reads is a Chinese
 * sentence with Chinese punctuation; only what they type (keywords, names, code in quotes) stays as
 * written, and the issue codes are the same as in English.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class ChineseFindingsTest {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");
	/** What a designer types or the model holds, shown in quotes: left out of the language checks. */
	private static final Pattern QUOTED = Pattern.compile("“[^”]*”|「[^」]*」|\"[^\"\\n]*\"|'[^'\\n]*'|<[^>\\n]*>|\\^\\S+");
	/** Two English words in a row: an English phrase left in a Chinese sentence. */
	private static final Pattern ENGLISH_PHRASE = Pattern.compile("\\b[A-Za-z]{3,}[ -]+[A-Za-z]{3,}\\b");
	/** ASCII sentence punctuation; a position such as 3:5 and a number such as 4.50 are not sentences. */
	private static final Pattern ASCII_PUNCTUATION = Pattern.compile("[,;()!?]|(?<!\\d):|:(?!\\d)|\\.$|\\.\\s");
	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	@Inject private Findings findings;
	@Inject private SvcModelLoader loader;

	@AfterEach
	void backToEnglish() {
		findings.use("en"); // the injector is shared with the other test classes
	}

	@Test
	void bothLanguagesHaveTheSameTextsWithTheSamePlaceholders() {
		Map<String, String> en = Findings.texts("en");
		Map<String, String> zh = Findings.texts("zh");
		Set<String> missing = new TreeSet<>(en.keySet());
		missing.removeAll(zh.keySet());
		assertEquals(Set.of(), missing, "texts with no Chinese");
		Set<String> extra = new TreeSet<>(zh.keySet());
		extra.removeAll(en.keySet());
		extra.removeIf(key -> key.startsWith("kind."));
		assertEquals(Set.of(), extra, "Chinese texts no English one matches");
		for (String key : en.keySet()) {
			if (!key.equals("syntax.expect.enumeration")) { // English names the kind of value ("a time unit"); Chinese says "one of"
				assertEquals(placeholders(en.get(key)), placeholders(zh.get(key)), key);
			}
		}
	}

	@Test
	void everyKindOfNamedElementHasAChineseName() {
		findings.use("zh");
		for (EClassifier classifier : SvcPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass c && c.getEStructuralFeature("name") != null) {
				assertTrue(HAN.matcher(findings.kind(c)).find(), c.getName());
			}
		}
		assertEquals("事件或服务标准", findings.kind(SvcPackage.Literals.ANCHOR));
	}

	/** A list's last word is set apart from Western words by a space, as Chinese text sets them apart, and from nothing else. */
	@Test
	void aChineseListSetsItsConjunctionApartFromWesternWordsOnly() {
		findings.use("zh");
		assertEquals("blueprint、journey 或 loyalty", findings.or(List.of("blueprint", "journey", "loyalty")));
		assertEquals("购买前和购买后", findings.and(List.of("购买前", "购买后")));
		assertEquals("“甲”、“乙”或“丙”", findings.or(List.of("“甲”", "“乙”", "“丙”")));
		assertEquals("D4 和阶段", findings.and(List.of("D4", "阶段")));
		assertEquals("阶段和 7P", findings.and(List.of("阶段", "7P")));
		assertEquals("loyalty", findings.or(List.of("loyalty")));
		findings.use("en");
		assertEquals("blueprint, journey or loyalty", findings.or(List.of("blueprint", "journey", "loyalty")));
		assertEquals("before and after", findings.and(List.of("before", "after")));
	}

	/** Each Chinese text on its own, with its {n} standing for a name: the whole bundle, not only what the corpus reaches. */
	@Test
	void everyChineseTextIsChinese() {
		List<String> wrong = new ArrayList<>();
		Findings.texts("zh").forEach((key, text) -> {
			String filled = PLACEHOLDER.matcher(text).replaceAll("名");
			boolean sentence = text.endsWith("。") || text.endsWith("？"); // the rest are pieces of sentences
			String problem = notChinese(filled, sentence);
			if (problem != null) {
				wrong.add(key + ": " + problem + " in " + text);
			}
		});
		assertEquals(List.of(), wrong);
	}

	static List<Case> cases() {
		return MistakeCorpus.cases();
	}

	/** The mistake corpus (syntax, names, domain rules) in Chinese: same findings, same codes, Chinese words. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void eachMistakeReadsInChinese(Case mistake, @TempDir Path folder) throws IOException {
		MistakeCorpus.apply(mistake, folder);
		findings.use("en");
		List<String> english = codes(loader.validate(List.of(folder)));
		findings.use("zh");
		List<SvcDiagnostic> chinese = loader.validate(List.of(folder));
		assertEquals(english, codes(chinese), "the codes do not depend on the language");
		for (SvcDiagnostic d : chinese) {
			String problem = notChinese(d.message(), true);
			assertEquals(null, problem, () -> problem + ": " + d.format());
			MessageRules.assertPlain(d.message());
		}
	}

	static Stream<Path> errorFiles() throws IOException {
		return ErrorExamplesTest.errorFiles();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("errorFiles")
	void eachErrorExampleReadsInChinese(Path file) {
		findings.use("zh");
		List<SvcDiagnostic> all = loader.validate(loader.load(file.getParent(), List.of(file)));
		assertFalse(all.isEmpty());
		for (SvcDiagnostic d : all) {
			String problem = notChinese(d.message(), true);
			assertEquals(null, problem, () -> problem + ": " + d.format());
		}
	}

	/** Hand-written from the domain's words (D6, D4): what a designer reads in the Problems view. */
	@Test
	void aStandardWithoutOwnerAndATouchpointWithoutChannelInChinese(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("cafe.svc");
		Files.writeString(file, """
				service cafe "咖啡馆" {
				  journey { stage during { touchpoint 点单 "点单" } }
				  standards {
				    event 下单 "下单"
				    standard 出杯 "出杯" { deadline within 5 minutes after 下单 }
				  }
				}
				""");
		findings.use("zh");
		List<String> messages = loader.validate(List.of(folder)).stream().map(SvcDiagnostic::message).toList();
		assertTrue(messages.contains("服务标准“出杯”没有负责人：请添加“owner <角色>”。"), messages::toString);
		assertTrue(messages.contains("接触点“点单”没有负责人：请添加“owner <角色>”（由谁对它负责）。"), messages::toString);
		assertTrue(messages.contains("旅程缺少购买前和购买后阶段：请添加“stage before { touchpoint ... }”，让整个旅程都有覆盖（D4）。"),
				messages::toString);
	}

	@Test
	void theSummaryLineInChinese() {
		CheckCounts counts = new CheckCounts();
		counts.add(3, 1, 2);
		findings.use("zh");
		assertEquals("已检查 3 个文件：1 个错误，2 个警告。", counts.summary(findings));
		assertEquals("3 files checked: 1 error, 2 warnings.", counts.summary());
	}

	/** Why a message is not a Chinese sentence, or null when it is one. */
	private static String notChinese(String message, boolean sentence) {
		String outside = QUOTED.matcher(message).replaceAll("“”");
		if (sentence && !HAN.matcher(outside).find()) {
			return "no Chinese";
		}
		Matcher english = ENGLISH_PHRASE.matcher(outside);
		if (english.find()) {
			return "English '" + english.group() + "'";
		}
		Matcher ascii = ASCII_PUNCTUATION.matcher(outside);
		if (sentence && ascii.find()) {
			return "ASCII punctuation '" + ascii.group() + "'";
		}
		return null;
	}

	private static Set<String> placeholders(String text) {
		Set<String> result = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			result.add(m.group());
		}
		return result;
	}

	private static List<String> codes(List<SvcDiagnostic> findings) {
		return findings.stream().map(d -> d.line() + ":" + d.column() + " " + d.severity().label() + " " + d.code()).toList();
	}
}
