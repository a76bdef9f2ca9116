package org.svcworkbench.svc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.svcworkbench.svc.ui.editor.ProblemAnnotation;
import org.svcworkbench.svc.ui.builder.SvcNature;

/**
 * What a designer waits for in the workbench with a portfolio in a project: the first build (every
 * folder checked and documented into svc-gen/), a save of one file (its folder checked and
 * documented again, the index too), a save that changes nothing, a clean build, and the whole
 * documentation again with the JIT warm; for each, the time from the action until the builds are
 * done (Eclipse waits 100 ms before an automatic build) and the time of the build itself. Run
 * by hand (releng/scripts/benchmark-workbench-build.sh, which makes the portfolio); a benchmark,
 * not a test: it prints the figures and asserts only that the builds did their work. The names do
 * not match the test runner's patterns, so a build never runs it.
 */
class PortfolioBuildBenchmark extends WorkbenchTest {

	/** When the workspace's last build began and ended (its PRE_BUILD and POST_BUILD events). */
	private final long[] lastBuild = new long[2];
	private final IResourceChangeListener builds = event -> lastBuild[event.getType() == IResourceChangeEvent.PRE_BUILD ? 0 : 1] = System.nanoTime();

	@Test
	void buildsOfAPortfolio() throws Exception {
		String folder = System.getProperty("svc.benchmark.portfolio", "");
		assumeTrue(!folder.isBlank(), "no portfolio: run releng/scripts/benchmark-workbench-build.sh");
		Path portfolio = Path.of(folder);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("portfolio");
		if (project.exists()) {
			project.delete(true, true, new NullProgressMonitor());
		}
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		Path root = project.getLocation().toPath();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(portfolio)) {
			files = walk.filter(file -> file.toString().endsWith(".svc")).sorted().toList();
		}
		for (Path file : files) {
			Path copy = root.resolve(portfolio.relativize(file).toString());
			Files.createDirectories(copy.getParent());
			Files.copy(file, copy);
		}
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		System.out.printf("%,d .svc files (%,d KB) in a project%n", files.size(), size(root) / 1024);

		ResourcesPlugin.getWorkspace().addResourceChangeListener(builds, IResourceChangeEvent.PRE_BUILD | IResourceChangeEvent.POST_BUILD);
		try {
			measure(portfolio, project, files);
		} finally {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(builds);
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	private void measure(Path portfolio, IProject project, List<Path> files) throws Exception {
		long start = System.nanoTime();
		SvcNature.addTo(project, new NullProgressMonitor());
		SvcBuilderTest.waitForBuilds();
		report("first build (every folder checked and documented)", start);
		IFile index = project.getFile("svc-gen/index.html");
		assertTrue(index.exists(), "the first build wrote svc-gen/index.html");
		int written = count(project.getFolder("svc-gen").getLocation().toPath());

		IFile first = project.getFile(portfolio.relativize(files.get(0)).toString());
		String text = Files.readString(files.get(0), StandardCharsets.UTF_8);
		String changed = text.replaceFirst("\"", "\"Changed ");
		int saves = Integer.getInteger("svc.benchmark.saves", 10);
		for (int round = 1; round <= saves; round++) {
			start = afterAPause();
			Workbench.write(first, round % 2 == 1 ? changed : text);
			SvcBuilderTest.waitForBuilds();
			report("save of one changed file, " + round, start);
			if (round == 1) {
				assertTrue(mentions(project.getFolder("svc-gen").getLocation().toPath(), "Changed "), "the save was documented");
			}
		}

		start = afterAPause();
		Workbench.write(first, saves % 2 == 1 ? changed : text);
		SvcBuilderTest.waitForBuilds();
		report("save of an unchanged file", start);

		// The designer opens the file and makes a mistake: the editor's answers come from the language
		// server in the workbench, which reads the workspace's models when it starts.
		start = afterAPause();
		ITextEditor editor = Workbench.open(first);
		IDocument document = Workbench.document(editor);
		document.replace(document.getLength(), 0, "\nservice Unfinished {\n");
		ISourceViewer viewer = Workbench.viewer(editor);
		Workbench.waitFor("the unfinished service to be reported", Duration.ofMinutes(20),
				() -> SvcEditorTest.problems(viewer).stream().anyMatch(problem -> problem.getType().equals(ProblemAnnotation.ERROR)));
		report("file opened, a mistake typed and reported", start);
		start = System.nanoTime();
		document.replace(document.getLength() - "\nservice Unfinished {\n".length(), "\nservice Unfinished {\n".length(), "");
		Workbench.waitFor("the mistake's report to go", Duration.ofMinutes(1),
				() -> SvcEditorTest.problems(viewer).stream().noneMatch(problem -> problem.getType().equals(ProblemAnnotation.ERROR)));
		report("the mistake taken back, its report gone", start);
		editor.close(false);

		start = System.nanoTime();
		project.build(IncrementalProjectBuilder.CLEAN_BUILD, new NullProgressMonitor());
		project.build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
		SvcBuilderTest.waitForBuilds();
		report("clean and full build (documentation up to date)", start);

		start = afterAPause();
		project.getFolder("svc-gen").delete(true, new NullProgressMonitor());
		project.build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
		SvcBuilderTest.waitForBuilds();
		report("svc-gen deleted, full build (the JIT warm)", start);
		System.out.printf("%,d files in svc-gen/%n", written);
	}

	/**
	 * Now, a while after the last build: Eclipse delays an automatic build until a second after the
	 * one before (AutoBuildJob), which a designer saving now and then does not meet.
	 */
	private static long afterAPause() {
		Workbench.settle(java.time.Duration.ofMillis(1500));
		return System.nanoTime();
	}

	/** How long since start until the builds were done, how long the last build itself took (if one ran), and the heap left in use. */
	private void report(String what, long start) {
		long done = System.nanoTime();
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		String build = lastBuild[0] >= start ? String.format(", the build %6.2f s", (lastBuild[1] - lastBuild[0]) / 1e9) : ",                  ";
		System.out.printf("%-48s %7.2f s%s; heap in use after it %4d MB%n", what, (done - start) / 1e9, build,
				(runtime.totalMemory() - runtime.freeMemory()) >> 20);
	}

	private static boolean mentions(Path root, String text) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(file -> file.toString().endsWith(".html")).anyMatch(file -> {
				try {
					return Files.readString(file, StandardCharsets.UTF_8).contains(text);
				} catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			});
		}
	}

	private static long size(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
		}
	}

	private static int count(Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return (int) walk.filter(Files::isRegularFile).count();
		}
	}
}
