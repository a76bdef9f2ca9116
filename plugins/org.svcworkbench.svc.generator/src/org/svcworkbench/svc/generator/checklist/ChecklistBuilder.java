package org.svcworkbench.svc.generator.checklist;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.svcworkbench.svc.domain.JourneyCurve;
import org.svcworkbench.svc.domain.MarketingMix;
import org.svcworkbench.svc.generator.checklist.Checklist.Row;
import org.svcworkbench.svc.generator.view.ReportTexts;
import org.svcworkbench.svc.generator.view.ServiceView;
import org.svcworkbench.svc.generator.view.ServiceView.JourneyRow;
import org.svcworkbench.svc.generator.view.ServiceView.StandardRow;
import org.svcworkbench.svc.load.SvcDiagnostic;
import org.svcworkbench.svc.svc.AuditItem;
import org.svcworkbench.svc.svc.ConvenienceAudit;
import org.svcworkbench.svc.svc.JourneyStage;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.ServiceMember;
import org.svcworkbench.svc.vocabulary.AuditResult;
import org.svcworkbench.svc.vocabulary.ServqualDimension;

/** The five checklists of a service (launch readiness, D6 follow-up, D13 convenience, D11 mystery shopping, D12 SERVQUAL form). */
public final class ChecklistBuilder {

	private final ReportTexts texts;

	public ChecklistBuilder(ReportTexts texts) {
		this.texts = texts;
	}

	/**
	 * @param findings the validator's warnings and notes on the service's file (errors keep a
	 *        service out of the documentation altogether)
	 */
	public List<Checklist> build(Service service, ServiceView view, List<SvcDiagnostic> findings) {
		return List.of(launchReadiness(service, findings), followUp(view), convenience(service), mysteryShopping(view),
				servqualSurvey(view));
	}

	private Checklist launchReadiness(Service service, List<SvcDiagnostic> findings) {
		ICompositeNode serviceNode = NodeModelUtils.getNode(service);
		List<Row> rows = new ArrayList<>();
		for (SvcDiagnostic finding : findings) {
			if (finding.severity() == SvcDiagnostic.Severity.ERROR || serviceNode == null || finding.line() < serviceNode.getStartLine()
					|| finding.line() > serviceNode.getEndLine()) {
				continue;
			}
			rows.add(new Row(List.of(finding.message(), area(service, finding.line()), finding.code() == null ? "" : finding.code(),
					location(finding)), false));
		}
		return checklist("launch-readiness", List.of("item", "area", "rule", "location"), rows);
	}

	/** The P or journey stage whose block holds the line; the service as a whole otherwise. */
	private String area(Service service, int line) {
		MarketingMix mix = new MarketingMix();
		for (var section : mix.sections(service).entrySet()) {
			for (ServiceMember block : section.getValue()) {
				if (holds(block, line)) {
					return texts.get("p." + section.getKey().name());
				}
			}
		}
		for (JourneyStage stage : new JourneyCurve().stages(service)) {
			if (holds(stage, line)) {
				return texts.get("section.journey") + " · " + texts.get("phase." + stage.getPhase().getName())
						+ (stage.getLabel() == null ? "" : " · " + stage.getLabel());
			}
		}
		for (ServiceMember member : service.getMembers()) {
			String key = "checklist.area." + member.eClass().getName();
			if (holds(member, line) && texts.has(key)) {
				return texts.get(key);
			}
		}
		return texts.get("checklist.area.Service");
	}

	private static boolean holds(EObject element, int line) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node != null && line >= node.getStartLine() && line <= node.getEndLine();
	}

	private static String location(SvcDiagnostic finding) {
		Path name = finding.file().getFileName();
		return (name == null ? finding.file() : name) + ":" + finding.line() + ":" + finding.column();
	}

	private Checklist followUp(ServiceView view) {
		List<Row> rows = new ArrayList<>();
		for (StandardRow row : view.standards()) {
			rows.add(new Row(List.of(row.standard(), row.deadline(), row.due(), row.owner(), row.deputy(), row.escalation(), row.records(),
					row.description()),
					false));
		}
		return checklist("follow-up-schedule", List.of("standard", "deadline", "due", "owner", "deputy", "escalation", "records", "description"), rows);
	}

	private Checklist convenience(Service service) {
		List<Row> rows = new ArrayList<>();
		for (ServiceMember member : service.getMembers()) {
			if (member instanceof ConvenienceAudit audit) {
				for (AuditItem item : audit.getItems()) {
					String result = item.getResult() == null || !org.svcworkbench.svc.domain.Written.written(item,
							org.svcworkbench.svc.svc.SvcPackage.Literals.AUDIT_ITEM__RESULT) ? texts.get("audit.open")
									: texts.get("audit." + item.getResult().getName());
					rows.add(new Row(List.of(item.getQuestion() == null ? "" : item.getQuestion(),
							texts.get("convenience." + item.getType().getName()), result), item.getResult() == AuditResult.MET
									&& result.equals(texts.get("audit.MET"))));
				}
			}
		}
		return checklist("convenience-audit", List.of("question", "type", "result"), rows);
	}

	private Checklist mysteryShopping(ServiceView view) {
		List<Row> rows = new ArrayList<>();
		for (JourneyRow row : view.journey()) {
			String observe = texts.format("mystery.observe", row.touchpoint(), row.channel().isEmpty() ? texts.get("index.none") : row.channel());
			rows.add(new Row(List.of(observe, row.stage(), row.owner(), row.expects().isEmpty() ? texts.get("mystery.noStandard") : row.expects()),
					false));
		}
		return checklist("mystery-shopping", List.of("observe", "stage", "owner", "expected"), rows);
	}

	private Checklist servqualSurvey(ServiceView view) {
		List<Row> rows = new ArrayList<>();
		for (ServqualDimension dimension : ServqualDimension.VALUES) {
			String name = texts.get("servqual." + dimension.getName());
			for (String part : List.of("expectation", "perception")) {
				rows.add(new Row(List.of(texts.format("servqual." + part + "." + dimension.getName(), view.title()), name,
						texts.get("servqual.part." + part), texts.get("servqual.scale")), false));
			}
		}
		return checklist("servqual-survey", List.of("statement", "dimension", "part", "scale"), rows);
	}

	private Checklist checklist(String id, List<String> keys, List<Row> rows) {
		List<String> columns = keys.stream().map(key -> texts.get("checklist." + id + "." + key)).toList();
		return new Checklist(id, texts.get("checklist." + id), keys, columns, rows, texts.get("checklist." + id + ".empty"),
				new Checklist.Punctuation(texts.get("punctuation.colon"), texts.get("punctuation.semicolon"), texts.get("punctuation.dash")));
	}
}
