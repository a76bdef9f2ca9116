package org.svcworkbench.svc.tests;

/** Model fragments several validator tests build on; CELLS and STEPS are placeholders to replace. */
final class TestModels {
	private TestModels() {
	}

	static final String ROLES = """
			role advisor "Advisor" {
				position front
			}
			role supervisor "Supervisor" {
				position back
			}
			""";

	static final String MATRIX = """
			channel shop
			channel hotline
			channel dealer
			service Shop {
				matrix m {
					stages buy, use
					providers shop, hotline
					CELLS
				}
			}
			""";

	static final String BLUEPRINT = ROLES + """
			service S {
				evidence { cue sign "Sign" }
				blueprint visit {
					STEPS
				}
			}
			""";
}
