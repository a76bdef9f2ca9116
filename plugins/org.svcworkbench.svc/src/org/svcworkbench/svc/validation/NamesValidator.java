package org.svcworkbench.svc.validation;

import static org.svcworkbench.svc.svc.SvcPackage.Literals.*;
import static org.svcworkbench.svc.validation.Phrases.*;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.svcworkbench.svc.svc.*;

import com.google.inject.Inject;

/** Names unique across the files of a folder (one file: Xtext's NamesAreUniqueValidator). */
public class NamesValidator extends SvcChecks {

	@Inject private DeclarationsIndex declarations;
	@Inject private IQualifiedNameProvider names;

	/** Names in one file are checked by NamesAreUniqueValidator; this catches clashes with other files. */
	@Check(CheckType.NORMAL)
	public void checkNameUniqueAcrossFiles(TopLevelElement element) {
		URI there = declarations.otherDeclaration(element);
		if (there != null) {
			error(say("name.duplicate-across-files", findings().kindCapitalised(element.eClass()), names.getFullyQualifiedName(element),
					there.lastSegment()),
					element, nameFeature(element), IssueCodes.DUPLICATE_NAME);
		}
	}

	/** Header lines may come anywhere in a service, but each once. */
}
