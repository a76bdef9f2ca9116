package org.svcworkbench.svc.design.tests.aql;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
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
 * Evaluates the AQL subset of {@link Aql} on EMF models, reflectively (features by name), with
 * AQL's semantics where the viewpoint relies on them: navigation flattens collections, a service
 * called on a collection is called on each element, '=' compares values, null navigates to null.
 * Services are public methods of the viewpoint's services object.
 */
public final class AqlEvaluator {

	/** An expression that cannot be evaluated on the given model (a feature that is not there...). */
	public static final class EvaluationError extends RuntimeException {
		private static final long serialVersionUID = 1L;

		public EvaluationError(String message) {
			super(message);
		}
	}

	private final AqlChecker types;
	private final Object services;

	public AqlEvaluator(AqlChecker types, Object services) {
		this.types = types;
		this.services = services;
	}

	/** Evaluates an interpreted expression with Sirius' prefixes: aql:, feature:, var:, service:, or a literal. */
	public Object evaluate(String expression, Map<String, Object> variables) {
		if (expression.startsWith("aql:")) {
			return eval(Aql.parse(expression.substring(4)), new HashMap<>(variables));
		}
		if (expression.startsWith("feature:")) {
			return feature(variables.get("self"), expression.substring(8));
		}
		if (expression.startsWith("var:")) {
			return variables.get(expression.substring(4));
		}
		if (expression.startsWith("service:")) {
			return eval(Aql.parse(ServiceExpressions.toAql(expression.substring(8))), new HashMap<>(variables));
		}
		return expression;
	}

	/** The value as a list: a collection's elements, a single value as one element, null as none. */
	public static List<Object> asList(Object value) {
		if (value == null) {
			return List.of();
		}
		return value instanceof Collection<?> c ? new ArrayList<>(c) : List.of(value);
	}

	private Object eval(Node node, Map<String, Object> env) {
		return switch (node) {
		case Literal literal -> literal.value();
		case Variable variable -> {
			if (!env.containsKey(variable.name())) {
				throw new EvaluationError("no variable '" + variable.name() + "'");
			}
			yield env.get(variable.name());
		}
		case TypeLiteral literal -> typeLiteral(literal);
		case Navigation navigation -> {
			Object receiver = eval(navigation.receiver(), env);
			if (receiver instanceof Collection<?> collection) {
				List<Object> values = new ArrayList<>();
				for (Object each : collection) {
					values.addAll(asList(feature(each, navigation.feature())));
				}
				yield values;
			}
			yield feature(receiver, navigation.feature());
		}
		case Call call -> {
			Object receiver = eval(call.receiver(), env);
			List<Object> arguments = call.arguments().stream().map(a -> eval(a, env)).toList();
			if (receiver instanceof Collection<?> collection) {
				List<Object> values = new ArrayList<>();
				for (Object each : collection) {
					values.addAll(asList(call(each, call.name(), arguments)));
				}
				yield values;
			}
			yield call(receiver, call.name(), arguments);
		}
		case CollectionCall call -> collectionCall(call, env);
		case Lambda lambda -> throw new EvaluationError("a lambda outside a collection operation");
		case Binary binary -> binary(binary, env);
		case Unary unary -> {
			Object operand = eval(unary.operand(), env);
			yield unary.operator().equals("not") ? !Boolean.TRUE.equals(operand) : negate(operand);
		}
		case If conditional -> Boolean.TRUE.equals(eval(conditional.condition(), env)) ? eval(conditional.then(), env)
				: eval(conditional.otherwise(), env);
		case Let let -> {
			Map<String, Object> inner = new HashMap<>(env);
			inner.put(let.variable(), eval(let.value(), env));
			yield eval(let.body(), inner);
		}
		};
	}

	private Object typeLiteral(TypeLiteral literal) {
		List<String> segments = literal.segments();
		EClassifier classifier = types.classifier(segments.get(0) + "::" + segments.get(1));
		if (classifier == null) {
			throw new EvaluationError("unknown type " + String.join("::", segments));
		}
		if (segments.size() == 3) {
			// The generated Java enum constant, which is what the model's attributes hold.
			return ((EEnum) classifier).getEEnumLiteral(segments.get(2)).getInstance();
		}
		return classifier;
	}

	private static Object feature(Object receiver, String name) {
		if (receiver == null) {
			return null;
		}
		if (!(receiver instanceof EObject object)) {
			throw new EvaluationError("cannot navigate '" + name + "' from " + receiver.getClass().getSimpleName());
		}
		EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
		if (feature == null) {
			throw new EvaluationError(object.eClass().getName() + " has no feature '" + name + "'");
		}
		Object value = object.eGet(feature);
		return value instanceof Collection<?> c ? new ArrayList<>(c) : value;
	}

	private Object call(Object receiver, String name, List<Object> arguments) {
		switch (name) {
		case "eContainer":
			if (receiver instanceof EObject object) {
				EObject container = object.eContainer();
				while (container != null && !arguments.isEmpty() && !((EClassifier) arguments.get(0)).isInstance(container)) {
					container = container.eContainer();
				}
				return container;
			}
			return null;
		case "eContents":
			return receiver instanceof EObject object ? new ArrayList<>(object.eContents()) : List.of();
		case "eClass":
			return receiver instanceof EObject object ? object.eClass() : null;
		case "oclIsKindOf":
			return ((EClassifier) arguments.get(0)).isInstance(receiver);
		case "toString":
			return String.valueOf(receiver);
		default:
			if (receiver instanceof String text) {
				return stringService(text, name, arguments);
			}
			return service(receiver, name, arguments);
		}
	}

	private static Object stringService(String text, String name, List<Object> arguments) {
		return switch (name) {
		case "size" -> text.length();
		case "toUpper" -> text.toUpperCase();
		case "toLower" -> text.toLowerCase();
		case "startsWith" -> text.startsWith((String) arguments.get(0));
		case "endsWith" -> text.endsWith((String) arguments.get(0));
		case "contains" -> text.contains((String) arguments.get(0));
		case "concat" -> text + arguments.get(0);
		case "trim" -> text.trim();
		default -> throw new EvaluationError("string service '" + name + "' is not evaluated by the tests");
		};
	}

	private Object service(Object receiver, String name, List<Object> arguments) {
		for (Method method : services.getClass().getMethods()) {
			if (!method.getName().equals(name) || method.getParameterCount() != arguments.size() + 1) {
				continue;
			}
			Object[] values = new Object[arguments.size() + 1];
			values[0] = receiver;
			for (int i = 0; i < arguments.size(); i++) {
				values[i + 1] = arguments.get(i);
			}
			if (!fits(method.getParameterTypes(), values)) {
				continue;
			}
			try {
				return method.invoke(services, values);
			} catch (InvocationTargetException e) {
				throw new EvaluationError("service " + name + " failed: " + e.getCause());
			} catch (IllegalAccessException e) {
				throw new EvaluationError("service " + name + " is not accessible");
			}
		}
		throw new EvaluationError("no service " + name + " for " + (receiver == null ? "null" : receiver.getClass().getSimpleName()));
	}

	private static boolean fits(Class<?>[] parameters, Object[] values) {
		for (int i = 0; i < parameters.length; i++) {
			Class<?> p = parameters[i];
			if (values[i] == null) {
				if (p.isPrimitive()) {
					return false;
				}
			} else if (!(p.isPrimitive() ? p == int.class && values[i] instanceof Integer || p == boolean.class && values[i] instanceof Boolean
					: p.isInstance(values[i]))) {
				return false;
			}
		}
		return true;
	}

	private Object collectionCall(CollectionCall call, Map<String, Object> env) {
		Object receiver = eval(call.receiver(), env);
		List<Object> elements = asList(receiver);
		Lambda lambda = call.arguments().stream().filter(Lambda.class::isInstance).map(Lambda.class::cast).findFirst().orElse(null);
		List<Object> arguments = call.arguments().stream().filter(a -> !(a instanceof Lambda)).map(a -> eval(a, env)).toList();
		switch (call.name()) {
		case "select", "reject": {
			boolean keep = call.name().equals("select");
			List<Object> result = new ArrayList<>();
			for (Object each : elements) {
				if (Boolean.TRUE.equals(apply(lambda, each, env)) == keep) {
					result.add(each);
				}
			}
			return result;
		}
		case "collect": {
			List<Object> result = new ArrayList<>();
			for (Object each : elements) {
				result.addAll(asList(apply(lambda, each, env)));
			}
			return result;
		}
		case "any":
			return elements.stream().filter(e -> Boolean.TRUE.equals(apply(lambda, e, env))).findFirst().orElse(null);
		case "exists":
			return elements.stream().anyMatch(e -> Boolean.TRUE.equals(apply(lambda, e, env)));
		case "forAll":
			return elements.stream().allMatch(e -> Boolean.TRUE.equals(apply(lambda, e, env)));
		case "size":
			return elements.size();
		case "isEmpty":
			return elements.isEmpty();
		case "notEmpty":
			return !elements.isEmpty();
		case "first":
			return elements.isEmpty() ? null : elements.get(0);
		case "last":
			return elements.isEmpty() ? null : elements.get(elements.size() - 1);
		case "asSet", "asOrderedSet":
			return new ArrayList<>(new LinkedHashSet<>(elements));
		case "asSequence":
			return elements;
		case "includes":
			return elements.contains(arguments.get(0));
		case "excludes":
			return !elements.contains(arguments.get(0));
		case "filter":
			return elements.stream().filter(e -> ((EClassifier) arguments.get(0)).isInstance(e)).toList();
		case "sep":
			return String.join((String) arguments.get(0), elements.stream().map(String::valueOf).toList());
		default:
			throw new EvaluationError("collection operation ->" + call.name() + " is not evaluated by the tests");
		}
	}

	private Object apply(Lambda lambda, Object element, Map<String, Object> env) {
		Map<String, Object> inner = new HashMap<>(env);
		inner.put(lambda.parameter(), element);
		return eval(lambda.body(), inner);
	}

	private Object binary(Binary binary, Map<String, Object> env) {
		String operator = binary.operator();
		if (operator.equals("and")) {
			return Boolean.TRUE.equals(eval(binary.left(), env)) && Boolean.TRUE.equals(eval(binary.right(), env));
		}
		if (operator.equals("or")) {
			return Boolean.TRUE.equals(eval(binary.left(), env)) || Boolean.TRUE.equals(eval(binary.right(), env));
		}
		Object left = eval(binary.left(), env);
		Object right = eval(binary.right(), env);
		return switch (operator) {
		case "=" -> equal(left, right);
		case "<>" -> !equal(left, right);
		case "<" -> number(left).compareTo(number(right)) < 0;
		case ">" -> number(left).compareTo(number(right)) > 0;
		case "<=" -> number(left).compareTo(number(right)) <= 0;
		case ">=" -> number(left).compareTo(number(right)) >= 0;
		case "+" -> left instanceof String || right instanceof String ? String.valueOf(left) + right : number(left).add(number(right));
		case "-" -> number(left).subtract(number(right));
		case "*" -> number(left).multiply(number(right));
		default -> throw new EvaluationError("operator " + operator + " is not evaluated by the tests");
		};
	}

	private static boolean equal(Object left, Object right) {
		if (left instanceof Number a && right instanceof Number b) {
			return number(a).compareTo(number(b)) == 0;
		}
		return Objects.equals(left, right);
	}

	private static BigDecimal number(Object value) {
		if (value instanceof BigDecimal d) {
			return d;
		}
		if (value instanceof Number n) {
			return new BigDecimal(n.toString());
		}
		throw new EvaluationError("not a number: " + value);
	}

	private static Object negate(Object operand) {
		return number(operand).negate();
	}
}
