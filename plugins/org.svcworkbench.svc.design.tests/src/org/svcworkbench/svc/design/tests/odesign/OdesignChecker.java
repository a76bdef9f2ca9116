package org.svcworkbench.svc.design.tests.odesign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.svcworkbench.svc.design.tests.aql.AqlChecker;
import org.svcworkbench.svc.design.tests.aql.AqlType;
import org.svcworkbench.svc.design.tests.aql.ServiceExpressions;

/**
 * Static conformance of a loaded .odesign with Sirius' rules and the language's Ecore: version,
 * domain classes, every interpreted expression (prefixes, no MTL, feature: names, var: variables,
 * service: methods, AQL chains typed feature by feature, in the context Sirius evaluates them),
 * tools' model operations, region containers, Java extensions, unresolved references and EMF's
 * own constraints. Works on Sirius' metamodels dynamically (no Sirius classes), so every check
 * reads features by name. Each problem names the element's path and the attribute.
 */
public final class OdesignChecker {

	public static final String NEWEST_VERSION = "12.0.0.2017041100";
	private static final Set<String> OBJECT_FEATURES = Set.of("eContainer", "eContents", "eAllContents", "eClass", "eCrossReferences");
	private static final Set<String> ALWAYS = Set.of("self", "diagram", "table", "viewpoint", "viewPoint");
	private static final String VARIABLES_ANNOTATION = "http://www.eclipse.org/sirius/interpreted/expression/variables";

	private final Resource odesign;
	private final Class<?> services;
	private final List<EPackage> packages = new ArrayList<>();
	private final List<String> problems = new ArrayList<>();
	private final List<ContextualExpression> contextual = new ArrayList<>();

	/** An expression of a mapping, style or representation with the class of self where Sirius evaluates it. */
	public record ContextualExpression(String where, String expression, EClass self) {
	}

	public OdesignChecker(Resource odesign, Class<?> services) {
		this.odesign = odesign;
		this.services = services;
	}

	/** Runs every check; returns the problems, empty when the file conforms. */
	public List<String> check() {
		EObject group = odesign.getContents().get(0);
		collectPackages();
		checkVersion(group);
		TreeIterator<EObject> all = odesign.getAllContents();
		while (all.hasNext()) {
			EObject element = all.next();
			checkTypeNames(element);
			checkSiriusRules(element);
			if (isTool(element)) {
				checkTool(element);
			} else if (!insideTool(element)) {
				checkExpressions(element);
			}
			if (is(element, "ContainerMapping")) {
				checkRegions(element);
			}
			if (is(element, "JavaExtension")) {
				String name = (String) get(element, "qualifiedClassName");
				if (!services.getName().equals(name)) {
					problems.add(path(element) + ": Java extension '" + name + "' is not the services class " + services.getName());
				}
			}
		}
		EcoreUtil.UnresolvedProxyCrossReferencer.find(odesign).forEach((proxy, settings) -> problems
				.add("unresolved reference " + EcoreUtil.getURI(proxy) + " from " + path(settings.iterator().next().getEObject())));
		checkEmfConstraints(group);
		return problems;
	}

	/** After {@link #check()}: every expression outside tools, each with its context class (tools change the model: not listed). */
	public List<ContextualExpression> contextualExpressions() {
		return contextual;
	}

	/* ------------------------------------------------------------ general rules */

	private void collectPackages() {
		TreeIterator<EObject> all = odesign.getAllContents();
		Set<EPackage> found = new LinkedHashSet<>();
		while (all.hasNext()) {
			EObject element = all.next();
			if (element.eClass().getEStructuralFeature("metamodel") != null) {
				for (EObject metamodel : list(element, "metamodel")) {
					if (metamodel.eIsProxy() || !(metamodel instanceof EPackage)) {
						problems.add(path(element) + ": metamodel " + EcoreUtil.getURI(metamodel) + " does not resolve to a registered EPackage");
					} else {
						found.add((EPackage) metamodel);
					}
				}
			}
		}
		packages.addAll(found);
		packages.add(EcorePackage.eINSTANCE);
	}

	private void checkVersion(EObject group) {
		String version = (String) get(group, "version");
		if (version == null || compareVersions(version, NEWEST_VERSION) > 0) {
			problems.add("version '" + version + "' is newer than " + NEWEST_VERSION + ", the newest Sirius 7.x reads without refusing the file");
		}
	}

	static int compareVersions(String a, String b) {
		String[] x = a.split("\\.");
		String[] y = b.split("\\.");
		for (int i = 0; i < Math.max(x.length, y.length); i++) {
			long p = i < x.length ? Long.parseLong(x[i]) : 0;
			long q = i < y.length ? Long.parseLong(y[i]) : 0;
			if (p != q) {
				return Long.compare(p, q);
			}
		}
		return 0;
	}

	private void checkTypeNames(EObject element) {
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType().getName().equals("TypeName") && element.eIsSet(attribute)) {
				String name = (String) element.eGet(attribute);
				if (!name.contains("::") && !name.contains(".")) {
					problems.add(path(element) + ": " + attribute.getName() + " '" + name
							+ "' must be qualified with its package (svc::" + name + "), or Sirius may pick a class of another metamodel");
				} else if (!(classifier(name) instanceof EClass)) {
					problems.add(path(element) + ": " + attribute.getName() + " '" + name + "' is no class of the viewpoint's metamodels ("
							+ packages.stream().map(EPackage::getName).toList() + ")");
				}
			}
		}
	}

	private void checkRegions(EObject container) {
		String presentation = String.valueOf(get(container, "childrenPresentation"));
		if (!presentation.equals("VerticalStack") && !presentation.equals("HorizontalStack")) {
			return;
		}
		if (!list(container, "subNodeMappings").isEmpty() || !list(container, "reusedNodeMappings").isEmpty()) {
			problems.add(path(container) + ": a region container (" + presentation + ") holds only regions, not nodes");
		}
		if (list(container, "subContainerMappings").isEmpty() && list(container, "reusedContainerMappings").isEmpty()) {
			problems.add(path(container) + ": a region container (" + presentation + ") needs at least one region");
		}
		checkRegionStyles(container);
		for (EObject region : list(container, "subContainerMappings")) {
			checkRegionStyles(region);
			String inner = String.valueOf(get(region, "childrenPresentation"));
			if (inner.equals("VerticalStack") || inner.equals("HorizontalStack")) {
				problems.add(path(region) + ": a region cannot itself be a region container");
			}
			if (!"var:self".equals(get(region, "semanticCandidatesExpression"))) {
				problems.add(path(region) + ": a region shows its container's element once: semanticCandidatesExpression must be var:self, not '"
						+ get(region, "semanticCandidatesExpression") + "'");
			}
		}
	}

	/** Sirius draws region containers and regions only with flat or image styles. */
	private void checkRegionStyles(EObject mapping) {
		List<EObject> styles = new ArrayList<>();
		styles.add((EObject) get(mapping, "style"));
		list(mapping, "conditionnalStyles").forEach(c -> styles.add((EObject) get(c, "style")));
		for (EObject style : styles) {
			if (style != null && !is(style, "FlatContainerStyleDescription") && !is(style, "WorkspaceImageDescription")) {
				problems.add(path(mapping) + ": a region or region container's style must be FlatContainerStyleDescription or "
						+ "WorkspaceImageDescription, not " + style.eClass().getName());
			}
		}
	}

	/** Rules Sirius' own VSM validation applies that EMF's metamodel does not express. */
	private void checkSiriusRules(EObject element) {
		if (is(element, "EdgeStyleDescription")) {
			Object size = get(element, "sizeComputationExpression");
			if (size == null || size.toString().isBlank()) {
				problems.add(path(element.eContainer()) + ": an edge style needs a sizeComputationExpression (the line width)");
			}
		}
		if (is(element, "DiagramDescription") && get(element, "defaultLayer") == null) {
			problems.add(path(element) + ": a diagram needs a default layer");
		}
	}

	private void checkEmfConstraints(EObject group) {
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(group);
		for (Diagnostic child : diagnostic.getChildren()) {
			if (child.getSeverity() >= Diagnostic.ERROR && !aboutDerivedInJava(child)) {
				problems.add("EMF: " + child.getMessage());
			}
		}
	}

	private static boolean aboutDerivedInJava(Diagnostic diagnostic) {
		for (Object data : diagnostic.getData()) {
			if (data instanceof EStructuralFeature feature
					&& SiriusMetamodels.DERIVED_IN_JAVA.contains(feature.getEContainingClass().getName() + "." + feature.getName())) {
				return true;
			}
		}
		return false;
	}

	/* ------------------------------------------------------------ expressions outside tools */

	private void checkExpressions(EObject element) {
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (!isExpression(attribute) || !element.eIsSet(attribute)) {
				continue;
			}
			String expression = (String) element.eGet(attribute);
			if (expression.isBlank()) {
				continue;
			}
			List<EClass> selfTypes = attribute.getName().equals("semanticCandidatesExpression") ? parentTypes(element)
					: elementTypes(nearestMappingOrRepresentation(element));
			Map<String, AqlType> env = annotatedVariables(attribute);
			for (AqlType self : selfTypesOrUnknown(selfTypes)) {
				env.put("self", self);
				if (self.classifier() instanceof EClass eClass) {
					contextual.add(new ContextualExpression(path(element) + ": " + attribute.getName(), expression, eClass));
				}
				expression(path(element) + ": " + attribute.getName(), expression, env);
			}
		}
	}

	private static boolean isExpression(EAttribute attribute) {
		return attribute.getEAttributeType().getName().equals("InterpretedExpression");
	}

	private static Map<String, AqlType> annotatedVariables(EAttribute attribute) {
		Map<String, AqlType> env = new HashMap<>();
		for (String name : ALWAYS) {
			env.put(name, AqlType.UNKNOWN);
		}
		// Sirius' metamodel documents the variables each expression may use.
		var annotation = attribute.getEAnnotation(VARIABLES_ANNOTATION);
		if (annotation != null) {
			annotation.getDetails().keySet().forEach(k -> env.put(k, AqlType.UNKNOWN));
		}
		return env;
	}

	/** Checks one expression and returns its type (unknown where it cannot be known). */
	private AqlType expression(String where, String expression, Map<String, AqlType> env) {
		String text = expression.trim();
		if (text.startsWith("[") && text.endsWith("/]") || text.startsWith("ocl:") || text.startsWith("acceleo:") || text.contains("<%")) {
			problems.add(where + " '" + expression + "': MTL/OCL expressions were removed from Sirius (7.5); write aql:");
			return AqlType.UNKNOWN;
		}
		AqlType self = env.getOrDefault("self", AqlType.UNKNOWN);
		if (text.startsWith("feature:")) {
			String name = text.substring(8);
			if (self.classifier() instanceof EClass eClass) {
				EStructuralFeature feature = eClass.getEStructuralFeature(name);
				if (feature != null) {
					return new AqlType(feature.getEType(), self.many() || feature.isMany());
				}
				if (!OBJECT_FEATURES.contains(name)) {
					problems.add(where + " '" + expression + "': " + eClass.getName() + " has no feature '" + name + "'");
				}
			}
			return AqlType.UNKNOWN;
		}
		if (text.startsWith("var:")) {
			String name = text.substring(4);
			if (!env.containsKey(name)) {
				problems.add(where + " '" + expression + "': no variable '" + name + "' here (known: " + env.keySet().stream().sorted().toList() + ")");
				return AqlType.UNKNOWN;
			}
			return env.get(name);
		}
		if (text.startsWith("aql:") || text.startsWith("service:")) {
			String aql = text.startsWith("aql:") ? text.substring(4) : ServiceExpressions.toAql(text.substring(8));
			AqlChecker checker = new AqlChecker(packages, services);
			AqlType type = checker.check(aql, env);
			for (String problem : checker.problems()) {
				problems.add(where + " '" + expression + "' (self: " + self + "): " + problem);
			}
			return type;
		}
		return AqlType.STRING; // a literal
	}

	/* ------------------------------------------------------------ tools and their model operations */

	private void checkTool(EObject tool) {
		String kind = tool.eClass().getName();
		List<EClass> selfTypes = new ArrayList<>();
		Map<String, List<EClass>> typedVariables = new HashMap<>();
		Map<String, AqlType> env = new HashMap<>();
		ALWAYS.forEach(v -> env.put(v, AqlType.UNKNOWN));
		switch (kind) {
		case "NodeCreationDescription", "ContainerCreationDescription" -> {
			for (EObject mapping : list(tool, kind.startsWith("Node") ? "nodeMappings" : "containerMappings")) {
				selfTypes.addAll(parentTypes(mapping));
			}
			typedVariables.put(name((EObject) get(tool, "variable")), selfTypes);
			env.put(name((EObject) get(tool, "viewVariable")), AqlType.UNKNOWN);
		}
		case "EdgeCreationDescription" -> {
			List<EClass> sources = new ArrayList<>();
			List<EClass> targets = new ArrayList<>();
			for (EObject edge : list(tool, "edgeMappings")) {
				list(edge, "sourceMapping").forEach(m -> sources.addAll(elementTypes(m)));
				list(edge, "targetMapping").forEach(m -> targets.addAll(elementTypes(m)));
			}
			selfTypes.addAll(sources);
			typedVariables.put(name((EObject) get(tool, "sourceVariable")), sources);
			typedVariables.put(name((EObject) get(tool, "targetVariable")), targets);
			env.put(name((EObject) get(tool, "sourceViewVariable")), AqlType.UNKNOWN);
			env.put(name((EObject) get(tool, "targetViewVariable")), AqlType.UNKNOWN);
		}
		case "DirectEditLabel" -> {
			usersOf(tool, "labelDirectEdit").forEach(m -> selfTypes.addAll(elementTypes(m)));
			env.put("arg0", AqlType.STRING);
			env.put("view", AqlType.UNKNOWN);
		}
		case "DeleteElementDescription" -> {
			usersOf(tool, "deletionDescription").forEach(m -> selfTypes.addAll(elementTypes(m)));
			typedVariables.put(name((EObject) get(tool, "element")), selfTypes);
			env.put(name((EObject) get(tool, "elementView")), AqlType.UNKNOWN);
			env.put(name((EObject) get(tool, "containerView")), AqlType.UNKNOWN);
		}
		case "LabelEditTool", "CreateCellTool" -> {
			EObject owner = tool.eContainer();
			list(tool, "variables").forEach(v -> env.put(name(v), AqlType.UNKNOWN));
			env.put("arg0", AqlType.STRING);
			List<EClass> element = elementTypes(owner);
			List<EClass> root = elementTypes(representation(owner));
			typedVariables.put("element", element);
			typedVariables.put("root", root);
			if (is(owner, "IntersectionMapping")) {
				List<EClass> lines = new ArrayList<>();
				list(owner, "lineMapping").forEach(l -> lines.addAll(elementTypes(l)));
				typedVariables.put("lineSemantic", lines);
				EObject column = (EObject) get(owner, "columnMapping");
				typedVariables.put("columnSemantic", column == null ? List.of() : elementTypes(column));
			}
			selfTypes.addAll(kind.equals("LabelEditTool") ? element : root);
		}
		default -> {
			problems.add(path(tool) + ": the checks do not know the tool kind " + kind + "; extend OdesignChecker.checkTool");
			return;
		}
		}
		if (selfTypes.isEmpty()) {
			problems.add(path(tool) + ": no mapping uses this " + kind + ", so it can never run");
			return;
		}
		for (EClass self : new LinkedHashSet<>(selfTypes)) {
			Map<String, AqlType> scope = new HashMap<>(env);
			scope.put("self", AqlType.single(self));
			for (Map.Entry<String, List<EClass>> variable : typedVariables.entrySet()) {
				List<EClass> types = variable.getValue();
				// Where a variable may have several types (a tool for two mappings), the one matching self is meant.
				scope.put(variable.getKey(), types.contains(self) ? AqlType.single(self)
						: types.isEmpty() ? AqlType.UNKNOWN : AqlType.single(types.get(0)));
			}
			for (EAttribute attribute : tool.eClass().getEAllAttributes()) {
				if (isExpression(attribute) && tool.eIsSet(attribute)) {
					expression(path(tool) + ": " + attribute.getName(), (String) tool.eGet(attribute), scope);
				}
			}
			for (EObject first : firstOperations(tool)) {
				operation(first, AqlType.single(self), scope);
			}
		}
	}

	private List<EObject> firstOperations(EObject tool) {
		List<EObject> operations = new ArrayList<>();
		Object initial = get(tool, "initialOperation");
		if (initial instanceof EObject initialOperation) {
			Object first = get(initialOperation, "firstModelOperations");
			if (first instanceof EObject operation) {
				operations.add(operation);
			}
		}
		Object first = get(tool, "firstModelOperation");
		if (first instanceof EObject operation) {
			operations.add(operation);
		}
		return operations;
	}

	private void operation(EObject operation, AqlType self, Map<String, AqlType> env) {
		String where = path(operation);
		Map<String, AqlType> scope = new HashMap<>(env);
		scope.put("self", self);
		AqlType inner = self;
		switch (operation.eClass().getName()) {
		case "ChangeContext" -> {
			AqlType target = expression(where + ": browseExpression", (String) get(operation, "browseExpression"), scope);
			inner = target.element();
		}
		case "CreateInstance" -> {
			String typeName = (String) get(operation, "typeName");
			String referenceName = (String) get(operation, "referenceName");
			EClassifier created = classifier(typeName);
			if (self.classifier() instanceof EClass owner) {
				EStructuralFeature reference = owner.getEStructuralFeature(referenceName);
				if (!(reference instanceof EReference ref) || !ref.isContainment()) {
					problems.add(where + ": " + owner.getName() + " has no containment reference '" + referenceName + "' to create "
							+ typeName + " in");
				} else if (created instanceof EClass c && !ref.getEReferenceType().isSuperTypeOf(c)) {
					problems.add(where + ": " + owner.getName() + "." + referenceName + " holds " + ref.getEReferenceType().getName() + ", not "
							+ c.getName());
				}
			}
			inner = created instanceof EClass c ? AqlType.single(c) : AqlType.UNKNOWN;
			String variable = (String) get(operation, "variableName");
			if (variable != null && !variable.isBlank()) {
				env = new HashMap<>(env);
				env.put(variable, inner);
			}
		}
		case "SetValue" -> {
			String featureName = (String) get(operation, "featureName");
			AqlType value = expression(where + ": valueExpression", (String) get(operation, "valueExpression"), scope);
			if (self.classifier() instanceof EClass owner) {
				EStructuralFeature feature = owner.getEStructuralFeature(featureName);
				if (feature == null) {
					problems.add(where + ": " + owner.getName() + " has no feature '" + featureName + "' to set");
				} else if (!assignable(feature.getEType(), value)) {
					problems.add(where + ": " + owner.getName() + "." + featureName + " is " + feature.getEType().getName() + ", the value is "
							+ value);
				}
			}
		}
		case "Let" -> {
			env = new HashMap<>(env);
			env.put((String) get(operation, "variableName"),
					expression(where + ": valueExpression", (String) get(operation, "valueExpression"), scope));
		}
		case "If" -> expression(where + ": conditionExpression", (String) get(operation, "conditionExpression"), scope);
		case "For" -> {
			AqlType over = expression(where + ": expression", (String) get(operation, "expression"), scope);
			env = new HashMap<>(env);
			env.put((String) get(operation, "iteratorName"), over.element());
		}
		default -> {
			// RemoveElement, Unset and the like: nothing typed to check beyond their children.
		}
		}
		for (EObject sub : list(operation, "subModelOperations")) {
			operation(sub, inner, env);
		}
	}

	private static boolean assignable(EClassifier target, AqlType value) {
		if (!value.known() || value == AqlType.NULL) {
			return true;
		}
		if (target instanceof EClass c) {
			return value.classifier() instanceof EClass v && (c.isSuperTypeOf(v) || c == EcorePackage.Literals.EOBJECT);
		}
		if (target instanceof EEnum) {
			return value.classifier() == target;
		}
		if (target.getInstanceClass() == String.class) {
			return value.isString();
		}
		return true;
	}

	/* ------------------------------------------------------------ contexts: what self is */

	/** Types of the semantic elements a mapping's views show (a relation-based edge: its sources'). */
	private List<EClass> elementTypes(EObject mapping) {
		if (mapping == null) {
			return List.of();
		}
		if (is(mapping, "EdgeMapping") && !Boolean.TRUE.equals(get(mapping, "useDomainElement"))) {
			List<EClass> types = new ArrayList<>();
			list(mapping, "sourceMapping").forEach(m -> types.addAll(elementTypes(m)));
			return types;
		}
		Object domainClass = mapping.eClass().getEStructuralFeature("domainClass") == null ? null : get(mapping, "domainClass");
		return domainClass != null && classifier((String) domainClass) instanceof EClass c ? List.of(c) : List.of();
	}

	/** Types of self where a mapping's semanticCandidatesExpression runs: the element of the view that holds its views. */
	private List<EClass> parentTypes(EObject mapping) {
		List<EClass> types = new ArrayList<>();
		EObject container = mapping.eContainer();
		if (is(container, "ContainerMapping") || is(container, "LineMapping")) {
			types.addAll(elementTypes(container));
		} else {
			types.addAll(elementTypes(representation(mapping)));
		}
		for (EObject user : usersOf(mapping, "reusedNodeMappings")) {
			types.addAll(elementTypes(user));
		}
		for (EObject user : usersOf(mapping, "reusedContainerMappings")) {
			types.addAll(elementTypes(user));
		}
		return new ArrayList<>(new LinkedHashSet<>(types));
	}

	private static EObject representation(EObject element) {
		EObject e = element;
		while (e != null && !is(e, "RepresentationDescription")) {
			e = e.eContainer();
		}
		return e;
	}

	private static EObject nearestMappingOrRepresentation(EObject element) {
		EObject e = element;
		while (e != null && !is(e, "RepresentationElementMapping") && !is(e, "RepresentationDescription")) {
			e = e.eContainer();
		}
		return e;
	}

	private List<EObject> usersOf(EObject target, String featureName) {
		List<EObject> users = new ArrayList<>();
		TreeIterator<EObject> all = odesign.getAllContents();
		while (all.hasNext()) {
			EObject element = all.next();
			EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
			if (feature != null) {
				Object value = element.eGet(feature);
				if (value == target || value instanceof Collection<?> c && c.contains(target)) {
					users.add(element);
				}
			}
		}
		return users;
	}

	private static List<AqlType> selfTypesOrUnknown(List<EClass> types) {
		return types.isEmpty() ? List.of(AqlType.UNKNOWN) : new LinkedHashSet<>(types).stream().map(AqlType::single).toList();
	}

	/* ------------------------------------------------------------ reflective helpers */

	private EClassifier classifier(String qualifiedName) {
		return new AqlChecker(packages, services).classifier(qualifiedName);
	}

	private static boolean isTool(EObject element) {
		return is(element, "AbstractToolDescription") || is(element, "TableTool");
	}

	private static boolean insideTool(EObject element) {
		for (EObject e = element.eContainer(); e != null; e = e.eContainer()) {
			if (isTool(e)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the element's class is, or inherits from, the Sirius class of that name. */
	static boolean is(EObject element, String className) {
		if (element == null) {
			return false;
		}
		if (element.eClass().getName().equals(className)) {
			return true;
		}
		return element.eClass().getEAllSuperTypes().stream().anyMatch(c -> c.getName().equals(className));
	}

	static Object get(EObject element, String featureName) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(featureName);
		return feature == null ? null : element.eGet(feature);
	}

	@SuppressWarnings("unchecked")
	static List<EObject> list(EObject element, String featureName) {
		Object value = get(element, featureName);
		return value instanceof Collection<?> c ? new ArrayList<>((Collection<EObject>) c) : List.of();
	}

	private static String name(EObject element) {
		Object name = element == null ? null : get(element, "name");
		return name == null ? "" : name.toString();
	}

	/** "SVC/ServiceBlueprint/Default/Lanes/CustomerLane/CustomerStep" */
	public static String path(EObject element) {
		List<String> parts = new ArrayList<>();
		for (EObject e = element; e != null; e = e.eContainer()) {
			Object name = get(e, "name");
			parts.add(0, name == null || name.toString().isBlank() ? e.eClass().getName() : name.toString());
		}
		return String.join("/", parts);
	}
}
