package org.svcworkbench.svc.load;

import org.svcworkbench.svc.words.Findings;

/**
 * What checking a set of folder models found, and the one rule every front end fails by: errors
 * always fail, warnings only when the user asked for it (--strict, --fail-on warning,
 * failOnWarning).
 */
public final class CheckCounts {
	private int files, errors, warnings;

	public void add(CheckedFolder checked) {
		files += checked.loaded().requested().size();
		errors += checked.errors();
		warnings += checked.warnings();
	}

	/** Counts kept from an earlier check (a documentation run's manifest of unchanged folders). */
	public void add(int files, int errors, int warnings) {
		this.files += files;
		this.errors += errors;
		this.warnings += warnings;
	}

	public int files() {
		return files;
	}

	public int errors() {
		return errors;
	}

	public int warnings() {
		return warnings;
	}

	public boolean failed(boolean failOnWarning) {
		return failed(errors, warnings, failOnWarning);
	}

	public static boolean failed(int errors, int warnings, boolean failOnWarning) {
		return errors > 0 || failOnWarning && warnings > 0;
	}

	/** "3 files checked: 1 error, 2 warnings." */
	public String summary() {
		Findings english = new Findings();
		english.use("en");
		return summary(english);
	}

	/** The summary line in the findings' language: "3 files checked: 1 error, 2 warnings." / "已检查 3 个文件：1 个错误，2 个警告。" */
	public String summary(Findings findings) {
		return findings.text("summary", findings.counted("summary.files", files), findings.counted("summary.errors", errors),
				findings.counted("summary.warnings", warnings));
	}

	public static String plural(int count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}
}
