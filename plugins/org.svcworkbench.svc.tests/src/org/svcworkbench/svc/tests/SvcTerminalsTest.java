package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.svcworkbench.svc.svc.Blueprint;
import org.svcworkbench.svc.svc.Channel;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.PriceAmount;
import org.svcworkbench.svc.svc.PriceP;
import org.svcworkbench.svc.svc.Service;
import org.svcworkbench.svc.svc.Step;
import org.svcworkbench.svc.vocabulary.TimeUnit;

import com.google.inject.Inject;

/** Names, labels and numbers as service designers write them, in Chinese and English. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class SvcTerminalsTest {

	@Inject private ParseHelper<Model> parser;

	private Model parse(String text) throws Exception {
		Model model = parser.parse(text);
		assertTrue(model.eResource().getErrors().isEmpty(), () -> model.eResource().getErrors().toString());
		return model;
	}

	@Test
	void chineseNamesAndAllThreeQuoteStyles() throws Exception {
		Model model = parse("""
				service 汽车售后 「汽车维修“售后”服务」 {
					blueprint 接待 '业务接待' {
						step 迎接客户 "Greet the customer" customer
						step 问诊_2 「问诊」 onstage
						flow 迎接客户 -> 问诊_2
					}
				}
				""");
		Service service = (Service) model.getElements().get(0);
		assertEquals("汽车售后", service.getName());
		assertEquals("汽车维修“售后”服务", service.getLabel());
		Blueprint bp = (Blueprint) service.getMembers().get(0);
		assertEquals("业务接待", bp.getLabel());
		Step greet = bp.getSteps().get(0);
		assertEquals("Greet the customer", greet.getLabel());
		assertEquals("问诊", bp.getSteps().get(1).getLabel());
		assertEquals(bp.getSteps().get(1), bp.getFlows().get(0).getSteps().get(1));
	}

	@Test
	void escapesAndMultiLineLabels() throws Exception {
		Model model = parse("channel c \"say \\\"hi\\\"\\n and wave\"\nchannel d 'line one\nline two'");
		assertEquals("say \"hi\"\n and wave", ((Channel) model.getElements().get(0)).getLabel());
		assertEquals("line one\nline two", ((Channel) model.getElements().get(1)).getLabel());
	}

	@Test
	void keywordsAfterOtherKeywordsAreUsableAsNamesAndCaretEscapesTheRest() throws Exception {
		Model model = parse("channel phone\nchannel app\nchannel delivery\nchannel ^service\nrole ^process");
		assertEquals(5, model.getElements().size());
		assertEquals("service", model.getElements().get(3).getName());
		assertEquals("process", model.getElements().get(4).getName());
	}

	@Test
	void decimalsKeepLeadingZerosAndScale() throws Exception {
		Model model = parse("service S { price { amount 3.05 EUR } blueprint b { step s support { takes 1.5 hours } } }");
		Service s = (Service) model.getElements().get(0);
		PriceAmount amount = (PriceAmount) ((PriceP) s.getMembers().get(0)).getEntries().get(0);
		assertEquals(new BigDecimal("3.05"), amount.getAmount().getAmount());
		Step step = ((Blueprint) s.getMembers().get(1)).getSteps().get(0);
		assertEquals(new BigDecimal("1.5"), step.getDuration().getValue());
		assertEquals(TimeUnit.HOURS, step.getDuration().getUnit());
	}

	@Test
	void fullWidthSpaceIsWhitespace() throws Exception {
		assertEquals(1, parse("channel\u3000微信").getElements().size());
	}

	@Test
	void commentsOfBothKinds() throws Exception {
		assertEquals(2, parse("// a shop\nchannel a /* inline */ channel b").getElements().size());
	}
}
