package org.svcworkbench.svc.ui.tests;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** A test in the workbench window: the window fills the screen (for screenshots); each test ends with no editor open. */
abstract class WorkbenchTest {

	@BeforeAll
	static void fillScreen() {
		Workbench.fillScreen();
	}

	@AfterEach
	void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}
}
