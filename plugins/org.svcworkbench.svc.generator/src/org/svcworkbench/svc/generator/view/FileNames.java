package org.svcworkbench.svc.generator.view;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * File and folder names from model names: letters of any script, digits, '-', '_' and '.' stay,
 * anything else becomes '_'; never '.', '..' or a hidden name. Folders are unique per run even on
 * file systems that ignore case.
 */
public final class FileNames {

	private final Set<String> used = new HashSet<>();

	public static String safe(String name) {
		StringBuilder safe = new StringBuilder();
		name.codePoints().limit(80)
				.forEach(c -> safe.appendCodePoint(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '_'));
		String result = safe.toString();
		if (result.isEmpty() || result.startsWith(".")) {
			result = "_" + result;
		}
		return result;
	}

	/** The base name of a diagram's files: "journey", "blueprint-checkIn", "matrix-服务矩阵". */
	public static String diagram(String kind, String name) {
		return kind + (name == null ? "" : "-" + safe(name));
	}

	/** A safe folder name for the service, distinct from every one handed out before ("Cafe", "cafe-2"). */
	public String folderFor(String serviceName) {
		String name = safe(serviceName);
		String unique = name;
		for (int n = 2; !used.add(unique.toLowerCase(Locale.ROOT)); n++) {
			unique = name + "-" + n;
		}
		return unique;
	}
}
