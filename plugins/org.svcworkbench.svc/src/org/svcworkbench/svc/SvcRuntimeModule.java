package org.svcworkbench.svc;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.validation.INamesAreUniqueValidationHelper;
import org.svcworkbench.svc.conversion.SvcValueConverters;
import org.svcworkbench.svc.validation.SvcNamesAreUniqueHelper;
import org.svcworkbench.svc.parser.SvcSyntaxErrorMessages;
import org.svcworkbench.svc.linking.SvcLinkingDiagnosticMessages;

/** Runtime bindings of the .svc language (the generated module binds the rest). */
public class SvcRuntimeModule extends AbstractSvcRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return SvcValueConverters.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return SvcSyntaxErrorMessages.class;
	}

	public Class<? extends INamesAreUniqueValidationHelper> bindINamesAreUniqueValidationHelper() {
		return SvcNamesAreUniqueHelper.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return SvcLinkingDiagnosticMessages.class;
	}
}
