package org.svcworkbench.svc.ide.quickfix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.svcworkbench.svc.parser.SvcSyntaxErrorMessages;
import org.svcworkbench.svc.words.Findings;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The language's quick fixes, served as LSP code actions to every editor (Eclipse's Ctrl+1 and
 * Problems view, VS Code's light bulb ...): one {@link Quickfix} per validation rule it repairs.
 */
@Singleton
public class SvcQuickfixProvider implements IQuickFixProvider {

	private final Map<String, List<Quickfix>> fixes = new HashMap<>();

	@Inject
	private Provider<DiagnosticResolutionAcceptor> acceptors;

	@Inject
	private EObjectAtOffsetHelper elements;

	@Inject
	private Findings words;

	@Inject
	SvcQuickfixProvider(Injector injector) {
		for (Class<? extends Quickfix> type : List.of(MissingPFix.class, EmptyPFix.class, OutOfScopeDescribedFix.class,
				RelationshipLevelFix.class, ExpectedValueFix.Quadrant.class, ExpectedValueFix.Approach.class, UnknownReferenceFix.class,
				SurveyWeightsFix.class, RatingFix.class, QualityLevelsFix.class, CurrencyCodeFix.class, FreeServiceFix.class,
				FlowNowhereFix.class, UnreachedStepFix.class, BackstageStepFix.class, DecisionBranchFix.class,
				BehaviouralStandardFix.class, DeadlineFix.Inverted.class, DeadlineFix.Zero.class, EscalationFix.class,
				RemoveFix.DeputyIsOwner.class, RemoveFix.BehaviourWithDeadline.class, RemoveFix.ChannelConflict.class,
				RemoveFix.SelfRelation.class, MatrixLinesFix.Undeclared.class, MatrixLinesFix.EmptyProvider.class,
				MatrixLinesFix.EmptyStage.class, RelationTargetFix.class, StageMissingFix.class, MissingPartFix.TriangleSide.class,
				MissingPartFix.ConvenienceType.class, MissingPartFix.ManagementSteps.class, MissingPartFix.StakeholderMarket.class)) {
			add(injector.getInstance(type));
		}
		for (AddReferenceFix fix : AddReferenceFix.all()) {
			injector.injectMembers(fix);
			add(fix);
		}
		for (String code : List.of(SvcSyntaxErrorMessages.MISSPELT, SvcSyntaxErrorMessages.KEYWORD_AS_NAME,
				SvcSyntaxErrorMessages.INVALID_NAME, SvcSyntaxErrorMessages.STRAY_CHARACTER, SvcSyntaxErrorMessages.EXTRA_BRACE)) {
			add(new SyntaxSuggestionFix(code));
		}
	}

	private void add(Quickfix fix) {
		fixes.computeIfAbsent(fix.code(), code -> new ArrayList<>()).add(fix);
	}

	/** The issue codes that have quick fixes. */
	public java.util.Set<String> codes() {
		return fixes.keySet();
	}

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		return diagnostic != null && diagnostic.getCode() != null && diagnostic.getCode().isLeft()
				&& fixes.containsKey(diagnostic.getCode().getLeft());
	}

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		DiagnosticResolutionAcceptor acceptor = acceptors.get();
		if (handlesDiagnostic(diagnostic) && options.getResource() instanceof XtextResource resource && options.getDocument() != null) {
			int offset = options.getDocument().getOffSet(diagnostic.getRange().getStart());
			EObject element = elements.resolveContainedElementAt(resource, offset);
			FixContext context = new FixContext(diagnostic, resource, options.getDocument(), element, words);
			for (Quickfix fix : fixes.get(diagnostic.getCode().getLeft())) {
				fix.propose(context, (label, edits) -> acceptor.accept(label, (ITextModification) (d, o, doc) -> edits));
			}
		}
		return acceptor.getDiagnosticResolutions(options, diagnostic);
	}
}
