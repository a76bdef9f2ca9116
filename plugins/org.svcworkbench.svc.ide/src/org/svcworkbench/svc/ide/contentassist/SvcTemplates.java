package org.svcworkbench.svc.ide.contentassist;

import java.util.List;

/**
 * The language's templates: the skeletons a designer starts from, offered by content assist where
 * their keyword may stand. Bodies are LSP snippets in the formatter's layout (tabs); editors indent
 * continuation lines to the line they are inserted on.
 */
public final class SvcTemplates {

	/** A template: offered where its keyword is, under its name, with its snippet body. */
	public record Template(String keyword, String name, String description, String snippet) {
	}

	public static final List<Template> ALL = List.of(
			// every P with a first entry to write over (an empty block is a warning); the journey's stages to fill
			new Template("service", "service skeleton", "A service with the 7Ps and the three journey stages",
					"service ${1:name} \"${2:label}\" {\n"
							+ "\tdescription \"${3:what the service offers, to whom}\"\n"
							+ "\tproduct {\n\t\tcore \"${4:what the customer comes for}\"\n\t}\n"
							+ "\tprice {\n\t\tsignal \"${5:what the price says about the service}\"\n\t}\n"
							+ "\tplace {\n\t\tlocation \"${6:where the service is delivered}\"\n\t}\n"
							+ "\tpromotion {\n\t\tactivity \"${7:how customers come to hear of it}\"\n\t}\n"
							+ "\tpeople {\n\t\tcustomer \"${8:what the customer does}\"\n\t}\n"
							+ "\tevidence {\n\t\tcue ${9:first_sight} \"${10:what the customer sees first}\"\n\t}\n"
							+ "\tprocess {\n\t\tdescription \"${11:how the service is delivered}\"\n\t}\n"
							+ "\tjourney {\n\t\tstage before {\n\t\t}\n\t\tstage during {\n\t\t}\n\t\tstage after {\n\t\t}\n\t}\n"
							+ "}$0"),
			new Template("step", "blueprint step", "A step in a lane, with what happens and how long it takes",
					"step ${1:name} \"${2:label}\" ${3:customer} {\n"
							+ "\tdescription \"${4:what happens}\"\n"
							+ "\ttakes ${5:2 min}\n"
							+ "}$0"),
			new Template("touchpoint", "touchpoint", "A touchpoint with its channel and owner",
					"touchpoint ${1:name} \"${2:label}\" {\n"
							+ "\tchannel ${3:channel}\n"
							+ "\towner ${4:role}\n"
							+ "}$0"),
			new Template("standard", "standard with deadline", "A service standard with its deadline, owner and escalation",
					"standard ${1:name} \"${2:label}\" {\n"
							+ "\tdeadline within ${3:2 days} after ${4:event}\n"
							+ "\towner ${5:role}\n"
							+ "\tescalate to ${6:role} within ${7:1 day}\n"
							+ "}$0"));

	private SvcTemplates() {
	}
}
