package org.svcworkbench.svc.design.tests.aql;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of the Acceleo Query Language that .odesign files use, parsed into a tree so that the
 * tests can type-check navigation chains against the language's Ecore and evaluate them on models
 * (AQL itself is not on any reachable registry). Covers literals, variables, type and enum literals
 * (pkg::Type, pkg::Enum::LITERAL), feature navigation, service calls, collection calls with lambdas,
 * the boolean, comparison and arithmetic operators, if-then-else-endif and let-in.
 */
public final class Aql {
	private Aql() {
	}

	/** A node of the expression tree; offset is where it starts in the expression. */
	public sealed interface Node permits Literal, Variable, TypeLiteral, Navigation, Call, CollectionCall, Lambda, Binary, Unary, If,
			Let {
		int offset();
	}

	/** A string, integer, real, boolean or null literal; value is the Java value. */
	public record Literal(int offset, Object value) implements Node {
	}

	public record Variable(int offset, String name) implements Node {
	}

	/** pkg::Type or pkg::Enum::LITERAL. */
	public record TypeLiteral(int offset, List<String> segments) implements Node {
	}

	/** receiver.feature */
	public record Navigation(int offset, Node receiver, String feature) implements Node {
	}

	/** receiver.service(arguments) */
	public record Call(int offset, Node receiver, String name, List<Node> arguments) implements Node {
	}

	/** receiver->operation(arguments), a lambda being one argument. */
	public record CollectionCall(int offset, Node receiver, String name, List<Node> arguments) implements Node {
	}

	/** parameter | body */
	public record Lambda(int offset, String parameter, Node body) implements Node {
	}

	public record Binary(int offset, String operator, Node left, Node right) implements Node {
	}

	public record Unary(int offset, String operator, Node operand) implements Node {
	}

	public record If(int offset, Node condition, Node then, Node otherwise) implements Node {
	}

	public record Let(int offset, String variable, Node value, Node body) implements Node {
	}

	/** A syntax error in an expression, with the offset where it was found. */
	public static final class SyntaxError extends RuntimeException {
		private static final long serialVersionUID = 1L;

		public SyntaxError(String message, int offset) {
			super(message + " at offset " + offset);
		}
	}

	public static Node parse(String expression) {
		Parser parser = new Parser(expression);
		Node node = parser.expression();
		if (parser.peek().kind != Kind.END) {
			throw new SyntaxError("unexpected '" + parser.peek().text + "'", parser.peek().offset);
		}
		return node;
	}

	/* ------------------------------------------------------------ tokens */

	enum Kind {
		IDENT, STRING, INT, REAL, SYMBOL, END
	}

	record Token(Kind kind, String text, int offset) {
	}

	static List<Token> tokens(String s) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < s.length()) {
			char c = s.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			} else if (Character.isLetter(c) || c == '_') {
				int start = i;
				while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
					i++;
				}
				tokens.add(new Token(Kind.IDENT, s.substring(start, i), start));
			} else if (Character.isDigit(c)) {
				int start = i;
				while (i < s.length() && Character.isDigit(s.charAt(i))) {
					i++;
				}
				boolean real = i + 1 < s.length() && s.charAt(i) == '.' && Character.isDigit(s.charAt(i + 1));
				if (real) {
					i++;
					while (i < s.length() && Character.isDigit(s.charAt(i))) {
						i++;
					}
				}
				tokens.add(new Token(real ? Kind.REAL : Kind.INT, s.substring(start, i), start));
			} else if (c == '\'') {
				int start = i++;
				StringBuilder text = new StringBuilder();
				while (i < s.length() && s.charAt(i) != '\'') {
					if (s.charAt(i) == '\\' && i + 1 < s.length()) {
						i++;
					}
					text.append(s.charAt(i++));
				}
				if (i >= s.length()) {
					throw new SyntaxError("string never closed", start);
				}
				i++;
				tokens.add(new Token(Kind.STRING, text.toString(), start));
			} else {
				String two = i + 1 < s.length() ? s.substring(i, i + 2) : "";
				if (List.of("->", "::", "<>", "<=", ">=").contains(two)) {
					tokens.add(new Token(Kind.SYMBOL, two, i));
					i += 2;
				} else if ("().,|=<>+-*/{}[]".indexOf(c) >= 0) {
					tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i));
					i++;
				} else {
					throw new SyntaxError("unexpected character '" + c + "'", i);
				}
			}
		}
		tokens.add(new Token(Kind.END, "end of expression", s.length()));
		return tokens;
	}

	/* ------------------------------------------------------------ parser */

	private static final class Parser {
		private final List<Token> tokens;
		private int at;

		Parser(String s) {
			tokens = tokens(s);
		}

		Token peek() {
			return tokens.get(at);
		}

		Token peek(int ahead) {
			return tokens.get(Math.min(at + ahead, tokens.size() - 1));
		}

		Token next() {
			return tokens.get(at++);
		}

		boolean is(String text) {
			Token t = peek();
			return (t.kind == Kind.SYMBOL || t.kind == Kind.IDENT) && t.text.equals(text);
		}

		Token expect(String text) {
			if (!is(text)) {
				throw new SyntaxError("expected '" + text + "' but found '" + peek().text + "'", peek().offset);
			}
			return next();
		}

		String identifier() {
			Token t = peek();
			if (t.kind != Kind.IDENT) {
				throw new SyntaxError("expected a name but found '" + t.text + "'", t.offset);
			}
			return next().text;
		}

		Node expression() {
			if (is("let")) {
				int offset = next().offset;
				String variable = identifier();
				expect("=");
				Node value = expression();
				expect("in");
				return new Let(offset, variable, value, expression());
			}
			return binary(0);
		}

		private static final List<List<String>> LEVELS = List.of(List.of("implies"), List.of("or", "xor"), List.of("and"),
				List.of("=", "<>"), List.of("<", ">", "<=", ">="), List.of("+", "-"), List.of("*", "/"));

		Node binary(int level) {
			if (level == LEVELS.size()) {
				return unary();
			}
			Node left = binary(level + 1);
			while (LEVELS.get(level).contains(peek().text) && peek().kind != Kind.STRING) {
				Token operator = next();
				left = new Binary(operator.offset, operator.text, left, binary(level + 1));
			}
			return left;
		}

		Node unary() {
			if (is("not") || is("-")) {
				Token operator = next();
				return new Unary(operator.offset, operator.text, unary());
			}
			return postfix(primary());
		}

		Node postfix(Node node) {
			while (true) {
				if (is(".")) {
					next();
					Token name = peek();
					String feature = identifier();
					if (is("(")) {
						node = new Call(name.offset, node, feature, arguments());
					} else {
						node = new Navigation(name.offset, node, feature);
					}
				} else if (is("->")) {
					next();
					Token name = peek();
					String operation = identifier();
					node = new CollectionCall(name.offset, node, operation, arguments());
				} else {
					return node;
				}
			}
		}

		List<Node> arguments() {
			expect("(");
			List<Node> arguments = new ArrayList<>();
			if (!is(")")) {
				do {
					if (peek().kind == Kind.IDENT && peek(1).text.equals("|")) {
						Token parameter = next();
						next();
						arguments.add(new Lambda(parameter.offset, parameter.text, expression()));
					} else {
						arguments.add(expression());
					}
				} while (is(",") && next() != null);
			}
			expect(")");
			return arguments;
		}

		Node primary() {
			Token t = peek();
			switch (t.kind) {
			case STRING:
				next();
				return new Literal(t.offset, t.text);
			case INT:
				next();
				return new Literal(t.offset, Integer.valueOf(t.text));
			case REAL:
				next();
				return new Literal(t.offset, Double.valueOf(t.text));
			case IDENT:
				return identifierExpression();
			default:
				if (is("(")) {
					next();
					Node inner = expression();
					expect(")");
					return inner;
				}
				throw new SyntaxError("unexpected '" + t.text + "'", t.offset);
			}
		}

		Node identifierExpression() {
			Token t = next();
			switch (t.text) {
			case "true":
				return new Literal(t.offset, Boolean.TRUE);
			case "false":
				return new Literal(t.offset, Boolean.FALSE);
			case "null":
				return new Literal(t.offset, null);
			case "if": {
				Node condition = expression();
				expect("then");
				Node then = expression();
				expect("else");
				Node otherwise = expression();
				expect("endif");
				return new If(t.offset, condition, then, otherwise);
			}
			default:
				if (is("::")) {
					List<String> segments = new ArrayList<>(List.of(t.text));
					while (is("::")) {
						next();
						segments.add(identifier());
					}
					return new TypeLiteral(t.offset, segments);
				}
				return new Variable(t.offset, t.text);
			}
		}
	}
}
