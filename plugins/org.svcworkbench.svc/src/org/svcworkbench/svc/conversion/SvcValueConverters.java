package org.svcworkbench.svc.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.Strings;

import java.math.BigDecimal;

/**
 * Value converters for the .svc terminals: strings in any of the three quote styles, decimals.
 */
public class SvcValueConverters extends DefaultTerminalConverters {

	@ValueConverter(rule = "STRING")
	public IValueConverter<String> svcString() {
		return new QuotedStringConverter();
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> decimal() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected BigDecimal internalToValue(String text, INode node) {
				try {
					return new BigDecimal(text.replaceAll("\\s", ""));
				} catch (NumberFormatException e) {
					throw new ValueConverterException("'" + text + "' is not a number; write digits like 12 or 4.50.", node, e);
				}
			}

			@Override
			protected String internalToString(BigDecimal value) {
				return value.toPlainString();
			}
		};
	}

	/** "...", '...' or 「...」 with Java escapes inside; always written back as "...". */
	static final class QuotedStringConverter extends AbstractNullSafeConverter<String> {
		@Override
		protected String internalToValue(String text, INode node) {
			if (text.length() < 2) {
				throw new ValueConverterException("Unclosed text: end it with the quote it started with.", node, null);
			}
			try {
				return Strings.convertFromJavaString(text.substring(1, text.length() - 1), true);
			} catch (IllegalArgumentException e) {
				throw new ValueConverterException("Invalid escape sequence in text: " + e.getMessage(), node, e);
			}
		}

		@Override
		protected String internalToString(String value) {
			return '"' + Strings.convertToJavaString(value, false) + '"';
		}
	}
}
