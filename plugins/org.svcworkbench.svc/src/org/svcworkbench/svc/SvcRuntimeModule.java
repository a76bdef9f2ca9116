package org.svcworkbench.svc;

import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.parser.antlr.LexerProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.eclipse.xtext.validation.INamesAreUniqueValidationHelper;
import org.eclipse.xtext.validation.IResourceValidator;
import org.svcworkbench.svc.conversion.SvcValueConverters;
import org.svcworkbench.svc.linking.SvcLinkingDiagnosticMessages;
import org.svcworkbench.svc.naming.SvcQualifiedNameProvider;
import org.svcworkbench.svc.parser.ExpectingParser;
import org.svcworkbench.svc.parser.SvcLexer;
import org.svcworkbench.svc.parser.SvcSyntaxErrorMessages;
import org.svcworkbench.svc.parser.antlr.internal.InternalSvcLexer;
import org.svcworkbench.svc.resource.NoFilesGenerated;
import org.svcworkbench.svc.resource.SvcResource;
import org.svcworkbench.svc.scoping.FolderContainerManager;
import org.svcworkbench.svc.scoping.FolderDescriptionManager;
import org.svcworkbench.svc.scoping.SvcLocalScopeProvider;
import org.svcworkbench.svc.validation.SvcDiagnosticConverter;
import org.svcworkbench.svc.validation.SvcNamesAreUniqueHelper;
import org.svcworkbench.svc.validation.SvcResourceValidator;

import com.google.inject.Binder;
import com.google.inject.Provider;
import com.google.inject.name.Names;

/** Runtime bindings of the .svc language (the generated module binds the rest). */
public class SvcRuntimeModule extends AbstractSvcRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return SvcValueConverters.class;
	}

	@Override
	public Class<? extends IParser> bindIParser() {
		return ExpectingParser.class;
	}

	@Override
	public Class<? extends Lexer> bindLexer() {
		return SvcLexer.class;
	}

	@Override
	public Provider<? extends InternalSvcLexer> provideInternalSvcLexer() {
		return LexerProvider.create(SvcLexer.class);
	}

	@Override
	public void configureRuntimeLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerBindings.RUNTIME)).to(SvcLexer.class);
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return SvcQualifiedNameProvider.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return SvcResource.class;
	}

	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return NoFilesGenerated.class;
	}

	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return SvcResourceValidator.class;
	}

	public Class<? extends IDiagnosticConverter> bindIDiagnosticConverter() {
		return SvcDiagnosticConverter.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(SvcLocalScopeProvider.class);
	}

	/** The parser only builds conforming models (references are the linker's business): EMF's generic checks add nothing. */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}

	@Override
	public Class<? extends IContainer.Manager> bindIContainer$Manager() {
		return FolderContainerManager.class;
	}

	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return FolderDescriptionManager.class;
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
