package org.svcworkbench.svc.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.svcworkbench.svc.load.CheckedFolder;
import org.svcworkbench.svc.load.SvcFolders;
import org.svcworkbench.svc.SvcStandaloneSetup;
import org.svcworkbench.svc.load.FolderPipeline;
import org.svcworkbench.svc.load.SvcModelLoader;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.name.Names;

/**
 * Warm throughput of the language in one JVM, as the language server and the Maven plugin run it:
 * lexing alone, then parse, link and validate of a synthetic corpus (one service per file, 20
 * files per folder model), for 1,000 and 2,000 services; then the same corpus from files through
 * the product's own folder-by-folder path. Prints the median of several rounds.
 *
 * <pre>releng/scripts/benchmark-throughput.sh [services] [rounds]</pre>
 */
public final class ThroughputBenchmark {

	private static final int FILES_PER_FOLDER = 20;
	private static final int WARM_UP_ROUNDS = 3;

	private final Injector injector = new SvcStandaloneSetup().createInjectorAndDoEMFRegistration();
	private final IResourceValidator validator = injector.getInstance(IResourceValidator.class);
	private final Provider<Lexer> lexers = injector.getProvider(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));

	record Times(double lex, double parse, double link, double validate, long issues, double pipeline) {
		double total() {
			return parse + link + validate;
		}
	}

	public static void main(String[] args) {
		int services = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		ThroughputBenchmark benchmark = new ThroughputBenchmark();
		Times one = benchmark.measure(services, rounds);
		Times two = benchmark.measure(2 * services, rounds);
		System.out.printf("%,d services take %.2fx the time of %,d (parse + link + validate; %.2fx on the product's path)%n",
				2 * services, two.total() / one.total(), services, two.pipeline() / one.pipeline());
	}

	Times measure(int services, int rounds) {
		List<String> corpus = new ArrayList<>(services);
		long bytes = 0;
		for (int i = 0; i < services; i++) {
			String text = SyntheticModels.service(i);
			corpus.add(text);
			bytes += text.getBytes(StandardCharsets.UTF_8).length;
		}
		for (int w = 0; w < WARM_UP_ROUNDS; w++) {
			run(corpus); // lets the JIT compile the hot paths; not counted
		}
		List<Times> all = new ArrayList<>();
		for (int r = 0; r < rounds; r++) {
			all.add(run(corpus));
		}
		Times median = new Times(median(all, Times::lex), median(all, Times::parse), median(all, Times::link),
				median(all, Times::validate), all.get(0).issues(), 0);
		int threads = FolderPipeline.threads();
		double pipeline = pipeline(corpus, rounds, threads);
		double oneThread = threads == 1 ? pipeline : pipeline(corpus, rounds, 1);
		System.out.printf("%,d services (%.1f MB), median of %d: lex %.2f s | parse %.2f s, link %.2f s, validate %.2f s,"
				+ " total %.2f s = %.1f%% of lexer speed (%d findings)%n", services, bytes / 1e6, rounds, median.lex(),
				median.parse(), median.link(), median.validate(), median.total(), 100 * median.lex() / median.total(),
				median.issues());
		System.out.printf("%,d services as svc validate and the Maven plugin run them (from files, folder by folder: load,"
				+ " link, validate, release), median of %d: %.2f s on %d thread%s, %.2f s on one%n", services, rounds, pipeline, threads,
				threads == 1 ? "" : "s", oneThread);
		return new Times(median.lex(), median.parse(), median.link(), median.validate(), median.issues(), pipeline);
	}

	/**
	 * The product's own path, SvcModelLoader on FolderPipeline, on the corpus written to files:
	 * folders side by side on the given threads, handed back in order. It holds a few folders'
	 * models at a time, where the stage split above holds the whole corpus between stages (which
	 * the collector pays for).
	 */
	private double pipeline(List<String> corpus, int rounds, int threads) {
		try {
			Path root = Files.createTempDirectory("svc-throughput");
			for (int i = 0; i < corpus.size(); i++) {
				Path folder = Files.createDirectories(root.resolve("f" + (i / FILES_PER_FOLDER)));
				Files.writeString(folder.resolve("s" + i + ".svc"), corpus.get(i), StandardCharsets.UTF_8);
			}
			SvcModelLoader loader = injector.getInstance(SvcModelLoader.class);
			Map<Path, List<Path>> folders = SvcFolders.collect(List.of(root));
			double[] times = new double[WARM_UP_ROUNDS + rounds];
			for (int r = 0; r < times.length; r++) {
				System.gc();
				long t0 = System.nanoTime();
				long findings = 0;
				try (var checked = FolderPipeline.start(folders, folder -> CheckedFolder.check(loader, folder).findings(), threads)) {
					for (List<?> found : checked) {
						findings += found.size();
					}
				}
				times[r] = seconds(System.nanoTime() - t0);
				if (findings != 0) {
					throw new IllegalStateException(findings + " findings in the synthetic corpus");
				}
			}
			try (var files = Files.walk(root)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
			double[] counted = java.util.Arrays.copyOfRange(times, WARM_UP_ROUNDS, times.length);
			java.util.Arrays.sort(counted);
			return counted[counted.length / 2];
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static double median(List<Times> all, java.util.function.ToDoubleFunction<Times> stage) {
		double[] values = all.stream().mapToDouble(stage).sorted().toArray();
		return values[values.length / 2];
	}

	private Times run(List<String> corpus) {
		System.gc();
		long t0 = System.nanoTime();
		long tokens = 0;
		for (String text : corpus) {
			Lexer lexer = lexers.get();
			lexer.setCharStream(new ANTLRStringStream(text));
			for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
				tokens++;
			}
		}
		long t1 = System.nanoTime();
		List<XtextResourceSet> folders = new ArrayList<>();
		for (int i = 0; i < corpus.size(); i++) {
			if (i % FILES_PER_FOLDER == 0) {
				folders.add(injector.getInstance(XtextResourceSet.class));
			}
			XtextResourceSet set = folders.get(folders.size() - 1);
			Resource resource = set.createResource(URI.createFileURI("/bench/f" + (i / FILES_PER_FOLDER) + "/s" + i + ".svc"));
			try {
				resource.load(new ByteArrayInputStream(corpus.get(i).getBytes(StandardCharsets.UTF_8)),
						Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		long t2 = System.nanoTime();
		folders.forEach(EcoreUtil::resolveAll);
		long t3 = System.nanoTime();
		long issues = 0;
		for (XtextResourceSet set : folders) {
			for (Resource resource : List.copyOf(set.getResources())) {
				issues += validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).size();
			}
		}
		long t4 = System.nanoTime();
		if (tokens == 0) {
			throw new IllegalStateException("the lexer read nothing");
		}
		return new Times(seconds(t1 - t0), seconds(t2 - t1), seconds(t3 - t2), seconds(t4 - t3), issues, 0);
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}
}
