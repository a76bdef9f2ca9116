package org.svcworkbench.svc.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.Properties;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/** What the product says about itself in Help > About. */
class ProductTest {

	@Test
	void aboutShowsTheProductsVersionAndBuild() throws Exception {
		Bundle ui = Platform.getBundle("org.svcworkbench.svc.ui");
		URL mappings = ui.getEntry("about.mappings");
		assertNotNull(mappings, "the bundle has about.mappings");
		Properties values = new Properties();
		try (InputStream in = mappings.openStream()) {
			values.load(in);
		}
		Version version = ui.getVersion();
		assertEquals(version.getMajor() + "." + version.getMinor() + "." + version.getMicro(), values.getProperty("0"), "{0}: the version");
		assertTrue(values.getProperty("1").matches("\\d{12}|qualifier"), "{1}: the build, " + values.getProperty("1"));

		IExtension product = Platform.getExtensionRegistry().getExtension("org.eclipse.core.runtime.products", "org.svcworkbench.svc.ui.product");
		String aboutText = java.util.Arrays.stream(product.getConfigurationElements()[0].getChildren("property"))
				.filter(p -> "aboutText".equals(p.getAttribute("name"))).findFirst().orElseThrow().getAttribute("value");
		assertTrue(aboutText.contains("Version: {0}") && aboutText.contains("Build: {1}"), aboutText);
	}
}
