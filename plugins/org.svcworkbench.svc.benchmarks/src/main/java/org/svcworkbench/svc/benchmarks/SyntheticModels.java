package org.svcworkbench.svc.benchmarks;

/**
 * Synthetic .svc models for benchmarks: realistic services (every section of the language, about
 * 11 KB each) whose names are unique per index, so that many of them can share a folder.
 */
public final class SyntheticModels {
	private SyntheticModels() {
	}

	/** One file: two channels, two roles, a segment and a service using them. */
	public static String service(int i) {
		StringBuilder b = new StringBuilder(12_000);
		b.append("// Synthetic service ").append(i).append(" for benchmarks.\n");
		b.append("channel shop").append(i).append(" \"Shop ").append(i).append("\" {\n\tkind in-person\n}\n");
		b.append("channel web").append(i).append(" \"Web shop ").append(i).append("\" {\n\tkind web\n}\n");
		b.append("role clerk").append(i).append(" \"Clerk\" {\n\tposition front\n\ttraining \"Two days of product training\"\n}\n");
		b.append("role cook").append(i).append(" \"Cook\" {\n\tposition back\n}\n");
		b.append("segment locals").append(i).append(" \"Local regulars\" {\n\tcustomers many\n\tmargin low\n\trelationship basic\n}\n\n");
		String shop = "shop" + i, web = "web" + i, clerk = "clerk" + i, cook = "cook" + i;
		b.append("service S").append(i).append(" \"Synthetic service number ").append(i).append("\" {\n");
		b.append("\tdescription \"A neighbourhood service used to measure how fast the toolchain reads, links and checks models\"\n");
		b.append("\tindustry retail\n\torientation service (product low, service high)\n");
		b.append("\tdelivery empowerment \"Staff decide on the spot\"\n\n");
		b.append("\tcharacteristics {\n");
		for (String c : new String[] { "intangibility", "inseparability", "variability", "perishability", "ownership" }) {
			b.append("\t\t").append(c).append(" \"How the service copes with ").append(c).append(" in daily work\"\n");
		}
		b.append("\t}\n\n\tproposition \"Everything close by, quickly\" {\n");
		for (int p = 0; p < 3; p++) {
			b.append("\t\tjob job").append(p).append(" \"A job the customer wants done, number ").append(p).append("\"\n");
			b.append("\t\tpain pain").append(p).append(" \"Something that gets in the way, number ").append(p).append("\"\n");
			b.append("\t\tanswer pain").append(p).append(" \"How the service relieves it\"\n");
		}
		b.append("\t}\n\n\tproduct {\n\t\tcore \"The core offer\"\n\t\tsupplementary \"Extras that make it easier\"\n\t\tguarantee \"Money back within a week\"\n\t}\n\n");
		b.append("\tprice {\n\t\tamount 12.50 EUR \"per visit\"\n\t\tcost time \"Queueing at peak hours\"\n\t\tsignal \"Priced like the corner shop\"\n\t}\n\n");
		b.append("\tplace {\n\t\tlocation \"Next to the station\" criteria \"Foot traffic\" quantifiable, \"Feel\" subjective\n");
		b.append("\t\tchannels ").append(shop).append(", ").append(web).append("\n\t}\n\n");
		b.append("\tpromotion {\n\t\tactivity \"Posts about new arrivals\" via ").append(web).append(" before\n");
		b.append("\t\tactivity \"Loyalty stamps\" via ").append(shop).append(" after\n\t}\n\n");
		b.append("\tpeople {\n\t\tstaff ").append(clerk).append(", ").append(cook).append("\n\t\tcustomer \"Orders and collects\"\n\t}\n\n");
		b.append("\tevidence {\n");
		for (int c = 0; c < 6; c++) {
			b.append("\t\tcue cue").append(c).append(" \"Visible cue number ").append(c).append("\" kind signage\n");
		}
		b.append("\t}\n\n\tprocess {\n\t\tdescription \"One line from order to hand-over\"\n\t\tblueprints visit\n\t}\n\n");
		b.append("\tjourney {\n");
		String[] phases = { "before", "during", "after" };
		for (String phase : phases) {
			b.append("\t\tstage ").append(phase).append(" \"Stage ").append(phase).append("\" {\n");
			for (int t = 0; t < 4; t++) {
				b.append("\t\t\ttouchpoint ").append(phase).append(t).append(" \"Touchpoint ").append(t).append(" ").append(phase).append("\" {\n");
				b.append("\t\t\t\tchannel ").append(t % 2 == 0 ? shop : web).append("\n\t\t\t\towner ").append(clerk).append("\n");
				b.append("\t\t\t\texpects \"Friendly, fast and right the first time\"\n\t\t\t\trating satisfied\n\t\t\t\temotion pleased\n");
				if (t < 3) {
					b.append("\t\t\t\trelieves pain").append(t).append("\n"); // every answer of the proposition reaches a customer
				}
				b.append("\t\t\t}\n");
			}
			b.append("\t\t}\n");
		}
		b.append("\t}\n\n\tcustomer-services {\n\t\tinformation \"Staff explain the offer\" via ").append(shop).append("\n");
		b.append("\t\tbilling \"Card and cash\" via ").append(shop).append(", ").append(web).append("\n\t}\n\n");
		b.append("\tstandards {\n\t\tevent visit \"Customer visit\"\n\t\trecord log \"Visit log\" {\n\t\t\tfields \"Time\", \"Note\"\n\t\t}\n");
		for (int s = 0; s < 6; s++) {
			b.append("\t\tstandard std").append(s).append(" \"Standard ").append(s).append("\" {\n");
			b.append("\t\t\tdeadline within ").append(s + 1).append(" days after visit\n\t\t\towner ").append(clerk).append("\n");
			b.append("\t\t\tdeputy ").append(cook).append("\n\t\t\trecords log\n\t\t}\n");
		}
		b.append("\t}\n\n\tsatisfaction {\n\t\tmethods survey\n");
		b.append("\t\titem taste \"Taste\" weight 50% rating satisfied by survey\n\t\titem speed \"Speed\" weight 50% rating neutral by survey\n\t}\n\n");
		b.append("\tquality {\n");
		for (String d : new String[] { "reliability", "tangibles", "responsiveness", "assurance", "empathy" }) {
			b.append("\t\tdimension ").append(d).append(" desired 6 adequate 4 perceived 5\n");
		}
		b.append("\t}\n\n\tconvenience {\n");
		for (String c : new String[] { "decision", "access", "transaction", "benefit", "post-benefit" }) {
			b.append("\t\t").append(c).append(" \"Is the ").append(c).append(" easy?\" result met\n");
		}
		b.append("\t}\n\n\tblueprint visit \"A visit\" {\n");
		String[] lanes = { "customer", "onstage", "backstage", "support" };
		int steps = 24;
		for (int s = 0; s < steps; s++) {
			String lane = lanes[s % lanes.length];
			b.append("\t\tstep st").append(s).append(" \"Step number ").append(s).append(" of the visit\" ").append(lane);
			b.append(lane.equals("customer") ? "" : " by " + (lane.equals("onstage") ? clerk : cook));
			b.append(lane.equals("customer") || lane.equals("onstage") ? " { shows cue" + (s % 6) + " takes 2 min }\n" : " { takes 5 min }\n");
		}
		b.append("\t\tflow");
		for (int s = 0; s < steps; s++) {
			b.append(s == 0 ? " st0" : " -> st" + s);
		}
		b.append("\n\t}\n\n\ttriangle {\n\t\texternal \"Promises\"\n\t\tinternal \"Training\"\n\t\tinteractive \"Delivery\"\n\t}\n\n");
		b.append("\tdelivered-value {\n\t\tvalue product 6 \"Good products\"\n\t\tvalue service 6 \"Fast\"\n\t\tcost monetary 3 \"Fair prices\"\n\t\tcost time 2 \"Short queues\"\n\t}\n}\n");
		return b.toString();
	}
}
