package org.svcworkbench.svc.diagram.tests;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Assumptions;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Validates SVG text against the SVG 1.1 DTD. The build unpacks the DTD (Batik's flat copy of the
 * W3C's) and names it in the system property svg11.dtd; the DOCTYPE's W3C address is never fetched.
 */
final class Svg11Dtd {

	private static final String PUBLIC_ID = "-//W3C//DTD SVG 1.1//EN";

	static Path dtd() {
		String configured = System.getProperty("svg11.dtd");
		Assumptions.assumeTrue(configured != null && Files.isRegularFile(Path.of(configured)),
				"the SVG 1.1 DTD is not at " + configured + ": run the tests through Maven (it unpacks the DTD and sets svg11.dtd)");
		return Path.of(configured);
	}

	/** Every validity error, as "line:column message"; empty when the SVG is valid. */
	static List<String> errors(String svg) throws Exception {
		Path dtd = dtd();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setValidating(true);
		factory.setNamespaceAware(false);
		// The flat DTD has one parameter entity just over the JDK's default size limit of 15,000 characters.
		factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxParameterEntitySizeLimit", "0");
		DocumentBuilder builder = factory.newDocumentBuilder();
		List<String> errors = new ArrayList<>();
		builder.setEntityResolver((publicId, systemId) -> {
			if (PUBLIC_ID.equals(publicId)) {
				InputSource source = new InputSource(Files.newInputStream(dtd));
				source.setSystemId(dtd.toUri().toString());
				return source;
			}
			throw new IllegalStateException("unexpected external entity " + publicId + " " + systemId);
		});
		builder.setErrorHandler(new ErrorHandler() {
			@Override
			public void warning(SAXParseException e) {
			}

			@Override
			public void error(SAXParseException e) {
				errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
			}

			@Override
			public void fatalError(SAXParseException e) throws SAXParseException {
				throw e;
			}
		});
		builder.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		return errors;
	}

	private Svg11Dtd() {
	}
}
