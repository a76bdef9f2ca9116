package org.svcworkbench.svc.design.tests.aql;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.svcworkbench.svc.design.tests.aql.Aql.Binary;
import org.svcworkbench.svc.design.tests.aql.Aql.Call;
import org.svcworkbench.svc.design.tests.aql.Aql.CollectionCall;
import org.svcworkbench.svc.design.tests.aql.Aql.If;
import org.svcworkbench.svc.design.tests.aql.Aql.Lambda;
import org.svcworkbench.svc.design.tests.aql.Aql.Let;
import org.svcworkbench.svc.design.tests.aql.Aql.Literal;
import org.svcworkbench.svc.design.tests.aql.Aql.Navigation;
import org.svcworkbench.svc.design.tests.aql.Aql.Node;
import org.svcworkbench.svc.design.tests.aql.Aql.TypeLiteral;
import org.svcworkbench.svc.design.tests.aql.Aql.Unary;
import org.svcworkbench.svc.design.tests.aql.Aql.Variable;

/**
 * Type-checks AQL expressions against the Ecore packages a viewpoint declares and the public
 * methods of its services class: every feature of a navigation chain must exist on the type the
 * chain has reached (inside lambdas too), type and enum literals must exist, services must be public
 * methods taking the receiver, comparisons must compare like with like. Records problems instead
 * of stopping at the first, and treats what it cannot know (Sirius' own view types) as unknown.
 */
public final class AqlChecker {

	/** AQL's services on any object, with the type they return (null: the receiver's type; see below). */
	private static final Set<String> OBJECT_SERVICES = Set.of("eContainer", "eContents", "eAllContents", "eClass", "eGet", "eInverse",
			"eCrossReferences", "eContainerOrSelf", "oclIsKindOf", "oclIsTypeOf", "oclAsType", "toString", "trace");
	private static final Set<String> STRING_SERVICES = Set.of("concat", "toUpper", "toLower", "toUpperFirst", "toLowerFirst", "trim",
			"replace", "replaceAll", "substring", "prefix", "startsWith", "endsWith", "contains", "matches", "equalsIgnoreCase", "size",
			"index", "lastIndex", "tokenize", "toInteger", "toReal", "isAlpha", "isAlphaNum", "lineSeparator", "strcmp", "strstr");
	private static final Set<String> BOOLEAN_COLLECTION_OPERATIONS = Set.of("exists", "forAll", "isUnique", "one", "isEmpty",
			"notEmpty", "includes", "excludes", "includesAll", "excludesAll");
	private static final Set<String> SAME_COLLECTION_OPERATIONS = Set.of("select", "reject", "sortedBy", "asSet", "asSequence",
			"asOrderedSet", "reverse", "including", "excluding", "union", "concat", "add", "sub", "subOrderedSet", "subSequence",
			"insertAt", "prepend", "append", "drop", "dropRight", "closure");
	private static final Set<String> ELEMENT_OPERATIONS = Set.of("any", "first", "last", "at", "max", "min");
	private static final Set<String> LAMBDA_OPERATIONS = Set.of("select", "reject", "collect", "any", "exists", "forAll", "sortedBy",
			"isUnique", "one", "closure");

	private final List<EPackage> packages;
	private final Class<?> services;
	private final List<String> problems = new ArrayList<>();

	public AqlChecker(List<EPackage> packages, Class<?> services) {
		this.packages = packages;
		this.services = services;
	}

	/** Checks an expression (without its "aql:" prefix); returns its type; problems accumulate in {@link #problems()}. */
	public AqlType check(String expression, Map<String, AqlType> variables) {
		Node node;
		try {
			node = Aql.parse(expression);
		} catch (Aql.SyntaxError e) {
			problems.add("syntax: " + e.getMessage());
			return AqlType.UNKNOWN;
		}
		return type(node, new HashMap<>(variables));
	}

	public List<String> problems() {
		return problems;
	}

	/** Resolves "pkg::Class" or "pkg.Class" to a classifier of the declared packages, or null. */
	public EClassifier classifier(String qualifiedName) {
		String[] parts = qualifiedName.contains("::") ? qualifiedName.split("::") : qualifiedName.split("\\.");
		if (parts.length != 2) {
			return null;
		}
		for (EPackage p : packages) {
			if (p.getName().equals(parts[0])) {
				return p.getEClassifier(parts[1]);
			}
		}
		return null;
	}

	/** The EClass whose generated interface is this Java type, or null. */
	public EClassifier classifierOf(Class<?> javaType) {
		if (javaType == String.class) {
			return EcorePackage.Literals.ESTRING;
		}
		if (javaType == boolean.class || javaType == Boolean.class) {
			return EcorePackage.Literals.EBOOLEAN;
		}
		if (javaType == int.class || javaType == Integer.class) {
			return EcorePackage.Literals.EINT;
		}
		for (EPackage p : packages) {
			for (EClassifier c : p.getEClassifiers()) {
				if (c.getInstanceClass() == javaType) {
					return c;
				}
			}
		}
		return javaType == EObject.class ? EcorePackage.Literals.EOBJECT : null;
	}

	private AqlType type(Node node, Map<String, AqlType> env) {
		return switch (node) {
		case Literal literal -> literal(literal);
		case Variable variable -> {
			AqlType type = env.get(variable.name());
			if (type == null) {
				problems.add("unknown variable '" + variable.name() + "' (known here: " + String.join(", ", env.keySet().stream().sorted().toList())
						+ ")");
				yield AqlType.UNKNOWN;
			}
			yield type;
		}
		case TypeLiteral literal -> typeLiteral(literal);
		case Navigation navigation -> navigation(navigation, env);
		case Call call -> call(call, env);
		case CollectionCall call -> collectionCall(call, env);
		case Lambda lambda -> {
			problems.add("a lambda (" + lambda.parameter() + " | ...) can only be the argument of a collection operation");
			yield AqlType.UNKNOWN;
		}
		case Binary binary -> binary(binary, env);
		case Unary unary -> {
			AqlType operand = type(unary.operand(), env);
			if (unary.operator().equals("not")) {
				expectBoolean(operand, "'not'");
				yield AqlType.BOOLEAN;
			}
			yield operand;
		}
		case If conditional -> {
			expectBoolean(type(conditional.condition(), env), "the condition of 'if'");
			AqlType then = type(conditional.then(), env);
			AqlType otherwise = type(conditional.otherwise(), env);
			yield then.equals(otherwise) || otherwise == AqlType.NULL ? then : then == AqlType.NULL ? otherwise : AqlType.UNKNOWN;
		}
		case Let let -> {
			Map<String, AqlType> inner = new HashMap<>(env);
			inner.put(let.variable(), type(let.value(), env));
			yield type(let.body(), inner);
		}
		};
	}

	private static AqlType literal(Literal literal) {
		Object value = literal.value();
		if (value == null) {
			return AqlType.NULL;
		}
		if (value instanceof String) {
			return AqlType.STRING;
		}
		if (value instanceof Integer) {
			return AqlType.INTEGER;
		}
		if (value instanceof Double) {
			return AqlType.REAL;
		}
		return AqlType.BOOLEAN;
	}

	private AqlType typeLiteral(TypeLiteral literal) {
		List<String> segments = literal.segments();
		if (segments.size() < 2 || segments.size() > 3) {
			problems.add("'" + String.join("::", segments) + "' is neither pkg::Type nor pkg::Enum::LITERAL");
			return AqlType.UNKNOWN;
		}
		EClassifier classifier = classifier(segments.get(0) + "::" + segments.get(1));
		if (classifier == null) {
			problems.add("unknown type '" + segments.get(0) + "::" + segments.get(1) + "' (packages: "
					+ packages.stream().map(EPackage::getName).collect(Collectors.joining(", ")) + ")");
			return AqlType.UNKNOWN;
		}
		if (segments.size() == 3) {
			if (!(classifier instanceof EEnum enumeration)) {
				problems.add("'" + classifier.getName() + "' is not an enumeration, so '" + segments.get(2) + "' is no literal of it");
				return AqlType.UNKNOWN;
			}
			if (enumeration.getEEnumLiteral(segments.get(2)) == null) {
				problems.add("enumeration " + enumeration.getName() + " has no literal '" + segments.get(2) + "' (literals: "
						+ enumeration.getELiterals().stream().map(l -> l.getName()).collect(Collectors.joining(", ")) + ")");
			}
			return AqlType.single(enumeration);
		}
		// A type used as a value (in eContainer(svc::Blueprint), filter(...), oclIsKindOf(...)): typed as the type itself.
		return new AqlType(classifier, false);
	}

	private AqlType navigation(Navigation navigation, Map<String, AqlType> env) {
		AqlType receiver = type(navigation.receiver(), env);
		if (!receiver.known()) {
			return receiver.many() ? new AqlType(null, true) : AqlType.UNKNOWN;
		}
		if (!(receiver.classifier() instanceof EClass eClass)) {
			problems.add("cannot navigate '" + navigation.feature() + "' from a value of type " + receiver);
			return AqlType.UNKNOWN;
		}
		EStructuralFeature feature = eClass.getEStructuralFeature(navigation.feature());
		if (feature == null) {
			problems.add(eClass.getName() + " has no feature '" + navigation.feature() + "' (features: "
					+ eClass.getEAllStructuralFeatures().stream().map(EStructuralFeature::getName).sorted().collect(Collectors.joining(", "))
					+ ")");
			return AqlType.UNKNOWN;
		}
		return new AqlType(feature.getEType(), receiver.many() || feature.isMany());
	}

	private AqlType call(Call call, Map<String, AqlType> env) {
		AqlType receiver = type(call.receiver(), env);
		List<AqlType> arguments = call.arguments().stream().map(a -> type(a, env)).toList();
		String name = call.name();
		AqlType result;
		if (OBJECT_SERVICES.contains(name)) {
			result = switch (name) {
			case "eContainer", "eContainerOrSelf", "oclAsType" -> arguments.size() == 1 && arguments.get(0).known()
					? AqlType.single(arguments.get(0).classifier()) : AqlType.UNKNOWN;
			case "eContents", "eAllContents" -> arguments.size() == 1 && arguments.get(0).known() ? AqlType.many(arguments.get(0).classifier())
					: new AqlType(null, true);
			case "eClass" -> AqlType.single(EcorePackage.Literals.ECLASS);
			case "oclIsKindOf", "oclIsTypeOf" -> AqlType.BOOLEAN;
			case "toString", "trace" -> AqlType.STRING;
			default -> AqlType.UNKNOWN;
			};
		} else if (receiver.isString() && STRING_SERVICES.contains(name)) {
			result = switch (name) {
			case "startsWith", "endsWith", "contains", "matches", "equalsIgnoreCase", "isAlpha", "isAlphaNum" -> AqlType.BOOLEAN;
			case "size", "index", "lastIndex", "strcmp", "toInteger" -> AqlType.INTEGER;
			case "toReal" -> AqlType.REAL;
			case "tokenize" -> AqlType.many(EcorePackage.Literals.ESTRING);
			default -> AqlType.STRING;
			};
		} else {
			result = service(call, receiver.element(), arguments);
		}
		// AQL calls a service on each element of a collection and collects the results.
		return receiver.many() ? result.asMany() : result;
	}

	private AqlType service(Call call, AqlType receiver, List<AqlType> arguments) {
		List<Method> named = Arrays.stream(services.getMethods()).filter(m -> m.getName().equals(call.name()))
				.filter(m -> Modifier.isPublic(m.getModifiers()) && m.getDeclaringClass() != Object.class).toList();
		if (named.isEmpty()) {
			problems.add("'" + call.name() + "' is neither an AQL service nor a public method of " + services.getSimpleName());
			return AqlType.UNKNOWN;
		}
		List<Method> fitting = named.stream().filter(m -> m.getParameterCount() == arguments.size() + 1)
				.filter(m -> accepts(m.getParameterTypes()[0], receiver))
				.filter(m -> {
					for (int i = 0; i < arguments.size(); i++) {
						if (!accepts(m.getParameterTypes()[i + 1], arguments.get(i))) {
							return false;
						}
					}
					return true;
				}).toList();
		if (fitting.isEmpty()) {
			problems.add("no public method " + services.getSimpleName() + "." + call.name() + " takes (" + receiver
					+ arguments.stream().map(a -> ", " + a).collect(Collectors.joining()) + "); there are: "
					+ named.stream().map(AqlChecker::signature).collect(Collectors.joining("; ")));
			return AqlType.UNKNOWN;
		}
		return returnType(fitting.get(0));
	}

	private boolean accepts(Class<?> parameter, AqlType argument) {
		if (argument == AqlType.NULL) {
			return !parameter.isPrimitive();
		}
		if (!argument.known()) {
			return true;
		}
		if (argument.many()) {
			return Collection.class.isAssignableFrom(parameter) || parameter == Object.class;
		}
		Class<?> instance = argument.classifier().getInstanceClass();
		if (instance == null) {
			return parameter == Object.class || parameter == EObject.class;
		}
		return box(parameter).isAssignableFrom(box(instance));
	}

	private AqlType returnType(Method method) {
		Class<?> type = method.getReturnType();
		if (Collection.class.isAssignableFrom(type)) {
			Type generic = method.getGenericReturnType();
			if (generic instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
				EClassifier classifier = classifierOf(element);
				return classifier == null ? new AqlType(null, true) : AqlType.many(classifier);
			}
			return new AqlType(null, true);
		}
		EClassifier classifier = classifierOf(type);
		return classifier == null ? AqlType.UNKNOWN : AqlType.single(classifier);
	}

	private AqlType collectionCall(CollectionCall call, Map<String, AqlType> env) {
		AqlType receiver = type(call.receiver(), env);
		AqlType element = receiver.element();
		String name = call.name();
		List<AqlType> arguments = new ArrayList<>();
		AqlType body = AqlType.UNKNOWN;
		for (Node argument : call.arguments()) {
			if (argument instanceof Lambda lambda) {
				if (!LAMBDA_OPERATIONS.contains(name)) {
					problems.add("'->" + name + "' takes no lambda");
				}
				Map<String, AqlType> inner = new HashMap<>(env);
				inner.put(lambda.parameter(), element);
				body = type(lambda.body(), inner);
				arguments.add(body);
			} else {
				arguments.add(type(argument, env));
			}
		}
		if (Set.of("select", "reject", "any", "exists", "forAll", "one").contains(name)) {
			expectBoolean(body, "the lambda of '->" + name + "'");
		}
		if (name.equals("collect")) {
			return body.asMany();
		}
		if (name.equals("filter")) {
			return arguments.size() == 1 && arguments.get(0).known() ? AqlType.many(arguments.get(0).classifier()) : new AqlType(null, true);
		}
		if (name.equals("size") || name.equals("indexOf")) {
			return AqlType.INTEGER;
		}
		if (name.equals("sep")) {
			return AqlType.STRING;
		}
		if (name.equals("sum")) {
			return AqlType.REAL;
		}
		if (BOOLEAN_COLLECTION_OPERATIONS.contains(name)) {
			return AqlType.BOOLEAN;
		}
		if (SAME_COLLECTION_OPERATIONS.contains(name)) {
			return receiver.asMany();
		}
		if (ELEMENT_OPERATIONS.contains(name)) {
			return element;
		}
		problems.add("'->" + name + "' is not an AQL collection operation");
		return AqlType.UNKNOWN;
	}

	private AqlType binary(Binary binary, Map<String, AqlType> env) {
		AqlType left = type(binary.left(), env);
		AqlType right = type(binary.right(), env);
		switch (binary.operator()) {
		case "and", "or", "xor", "implies":
			expectBoolean(left, "'" + binary.operator() + "'");
			expectBoolean(right, "'" + binary.operator() + "'");
			return AqlType.BOOLEAN;
		case "=", "<>":
			comparable(left, right, binary.operator());
			return AqlType.BOOLEAN;
		case "<", ">", "<=", ">=":
			comparable(left, right, binary.operator());
			return AqlType.BOOLEAN;
		case "+":
			return left.isString() || right.isString() ? AqlType.STRING : left.known() ? left : right;
		default:
			return left.known() ? left : right;
		}
	}

	/** Enum with string or another enum, object with number: always false in AQL, so always a mistake here. */
	private void comparable(AqlType left, AqlType right, String operator) {
		if (!left.known() || !right.known() || left == AqlType.NULL || right == AqlType.NULL || left.many() != right.many()) {
			return;
		}
		EClassifier a = left.classifier();
		EClassifier b = right.classifier();
		boolean bothNumbers = left.isNumber() && right.isNumber();
		if (bothNumbers || a == b) {
			return;
		}
		if (a instanceof EClass ca && b instanceof EClass cb && (ca.isSuperTypeOf(cb) || cb.isSuperTypeOf(ca))) {
			return;
		}
		if (a instanceof EClass && (b == EcorePackage.Literals.EOBJECT || a == EcorePackage.Literals.EOBJECT)) {
			return;
		}
		String hint = (a instanceof EEnum && right.isString()) || (b instanceof EEnum && left.isString())
				? "; write the literal as pkg::Enum::LITERAL" : "";
		problems.add("'" + operator + "' compares " + left + " with " + right + ", which is never true" + hint);
	}

	private void expectBoolean(AqlType type, String where) {
		if (type.known() && !type.isBoolean()) {
			problems.add(where + " needs a Boolean, not " + type);
		}
	}

	private static Class<?> box(Class<?> c) {
		if (!c.isPrimitive()) {
			return c;
		}
		return c == int.class ? Integer.class : c == boolean.class ? Boolean.class : c == double.class ? Double.class
				: c == long.class ? Long.class : c;
	}

	private static String signature(Method m) {
		return m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
	}
}
