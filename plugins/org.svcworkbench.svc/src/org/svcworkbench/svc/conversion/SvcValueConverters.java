package org.svcworkbench.svc.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Strings;
import org.svcworkbench.svc.words.Findings;

import com.google.inject.Inject;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Value converters for .svc: names (with ^ escapes), dotted names, strings in any of the three quote
 * styles, decimals.
 */
@com.google.inject.Singleton
public class SvcValueConverters extends DefaultTerminalConverters {

	@Inject private Findings findings;

	/** Names: like ID, a leading '^' escapes a keyword and is not part of the name. */
	@ValueConverter(rule = "ValidID")
	public IValueConverter<String> validId() {
		return new DottedNameConverter(ID());
	}

	/** a.b.c, each segment a ValidID (so ^-escaped segments lose the caret). */
	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> qualifiedName() {
		return new DottedNameConverter(ID());
	}

	@ValueConverter(rule = "STRING")
	public IValueConverter<String> svcString() {
		return new QuotedStringConverter(findings);
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> decimal() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected BigDecimal internalToValue(String text, INode node) {
				try {
					return new BigDecimal(text.replaceAll("\\s", ""));
				} catch (NumberFormatException e) {
					throw new ValueConverterException(findings.text("value.not-a-number", text), node, e);
				}
			}

			@Override
			protected String internalToString(BigDecimal value) {
				return value.toPlainString();
			}
		};
	}

	/**
	 * Converts each '.'-separated segment with the ID converter; a ValidID is the one-segment case.
	 * It wraps ID() rather than returning it: Xtext would re-target the shared ID converter to the
	 * rule it is registered for.
	 */
	static final class DottedNameConverter extends AbstractNullSafeConverter<String> {
		private final IValueConverter<String> segment;

		DottedNameConverter(IValueConverter<String> segment) {
			this.segment = segment;
		}

		@Override
		protected String internalToValue(String text, INode node) {
			if (text.indexOf('.') < 0) {
				return segment.toValue(text, node); // the common case: a plain name, converted for every one parsed
			}
			return Arrays.stream(text.split("\\.", -1)).map(s -> segment.toValue(s, node)).collect(Collectors.joining("."));
		}

		@Override
		protected String internalToString(String value) {
			return Arrays.stream(value.split("\\.", -1)).map(segment::toString).collect(Collectors.joining("."));
		}
	}

	/** "...", '...' or 「...」 with Java escapes inside; always written back as "...". */
	static final class QuotedStringConverter extends AbstractNullSafeConverter<String> {
		private final Findings findings;

		QuotedStringConverter(Findings findings) {
			this.findings = findings;
		}

		@Override
		protected String internalToValue(String text, INode node) {
			if (text.length() < 2) {
				throw new ValueConverterException(findings.text("value.unclosed-text"), node, null);
			}
			try {
				return Strings.convertFromJavaString(text.substring(1, text.length() - 1), true);
			} catch (IllegalArgumentException e) {
				throw new ValueConverterException(findings.text("value.escape", e.getMessage()), node, e);
			}
		}

		@Override
		protected String internalToString(String value) {
			return '"' + Strings.convertToJavaString(value, false) + '"';
		}
	}
}
