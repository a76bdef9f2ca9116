package org.svcworkbench.svc.ui.templates;

import java.util.List;

import org.eclipse.jface.text.templates.GlobalTemplateVariables;
import org.eclipse.jface.text.templates.TemplateContext;
import org.eclipse.jface.text.templates.TemplateContextType;
import org.eclipse.jface.text.templates.TemplateVariable;
import org.eclipse.jface.text.templates.TemplateVariableResolver;

/**
 * Where .svc templates apply, and their variables: ${cursor}, where the caret ends, and
 * ${id:field('text')}, a field to write over that shows its text ("what happens").
 */
public final class SvcTemplateContextType extends TemplateContextType {

	public static final String ID = "org.svcworkbench.svc.ui.templates.svc";

	public SvcTemplateContextType() {
		super(ID, "SVC");
		addResolver(new GlobalTemplateVariables.Cursor());
		addResolver(new Field());
	}

	/** ${id:field('text')}: a field showing its text, to type over. */
	static final class Field extends TemplateVariableResolver {

		Field() {
			super("field", "A field to write over; it shows the text in its parameter");
		}

		@Override
		public void resolve(TemplateVariable variable, TemplateContext context) {
			List<String> params = variable.getVariableType().getParams();
			variable.setValue(params.isEmpty() ? variable.getName() : params.get(0));
			variable.setResolved(true);
		}
	}
}
