package org.svcworkbench.svc.diagram;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.svcworkbench.svc.vocabulary.Emotion;
import org.svcworkbench.svc.vocabulary.JourneyPhase;
import org.svcworkbench.svc.vocabulary.TimeUnit;
import org.svcworkbench.svc.words.Vocabulary;

/**
 * The words a diagram adds to the model's own (lane titles, dividers, legend) in English or Chinese:
 * those the reports and the viewpoint also use come from the language's {@link Vocabulary}, the
 * few that only diagrams say are here.
 */
public enum DiagramLanguage {
	EN("Blueprint", "Decision", "Flow"),
	ZH("服务蓝图", "决策点", "流程");

	private final Vocabulary words;
	public final String blueprint, failPoint, waitingPoint, decision, flow, evidenceLink, actorPrefix;

	DiagramLanguage(String blueprint, String decision, String flow) {
		this.words = Vocabulary.of(name().toLowerCase(Locale.ROOT));
		this.blueprint = blueprint;
		this.failPoint = words.failPoint();
		this.waitingPoint = words.waitingPoint();
		this.decision = decision;
		this.flow = flow;
		this.evidenceLink = words.evidenceLink();
		this.actorPrefix = words.actorPrefix();
	}

	/** The words shared with the reports and the viewpoint. */
	public Vocabulary words() {
		return words;
	}

	/** Titles of the five blueprint lanes, top to bottom. */
	public List<String> laneTitles() {
		return words.laneTitles();
	}

	/** The three lines between the lanes: interaction, visibility, internal interaction. */
	public List<String> dividers() {
		return words.dividers();
	}

	/** "en" or "zh". */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static DiagramLanguage of(String code) {
		for (DiagramLanguage language : values()) {
			if (language.code().equalsIgnoreCase(code)) {
				return language;
			}
		}
		throw new IllegalArgumentException("unknown diagram language '" + code + "': use en or zh");
	}

	/* ------------------------------------------------------------ journey map (D4, D11) */

	public String journeyMap() {
		return pick("Journey map", "顾客旅程图");
	}

	public String phase(JourneyPhase phase) {
		return words.phase(phase);
	}

	/** The seven levels of D11's scale, lowest first. */
	public List<String> satisfactionLevels() {
		return words.satisfactionLevels();
	}

	public String emotion(Emotion emotion) {
		return words.emotion(emotion);
	}

	public String touchpoints() {
		return pick("Touchpoints", "接触点");
	}

	public String satisfaction() {
		return pick("Satisfaction", "满意度");
	}

	public String decisionFactors() {
		return pick("Decision factors", "决策因素");
	}

	public String channelPrefix() {
		return words.channelPrefix();
	}

	public String ownerPrefix() {
		return words.ownerPrefix();
	}

	public String expectsPrefix() {
		return words.expectsPrefix();
	}

	public String notRated() {
		return words.notRated();
	}

	public String noTouchpoints() {
		return pick("no touchpoints", "无接触点");
	}

	/* ------------------------------------------------------------ service matrix (D7) */

	public String serviceMatrix() {
		return pick("Service matrix", "服务矩阵");
	}

	public String matrixCorner() {
		return pick("Provider / stage", "提供者 / 阶段");
	}

	public String reinforces() {
		return pick("reinforces", "促进");
	}

	public String conflicts() {
		return pick("conflicts with", "冲突于");
	}

	public String reinforcingCell() {
		return pick("Reinforces another cell", "与其他单元相互促进");
	}

	public String conflictingCell() {
		return pick("Conflicts with another cell", "与其他单元相互冲突");
	}

	public String mixedCell() {
		return pick("Reinforces one, conflicts with another", "既有促进也有冲突");
	}

	public String plainCell() {
		return pick("Provided, no relation", "提供服务，无关联");
	}

	public String emptyCell() {
		return pick("Not provided", "未提供服务");
	}

	/** A matrix cell in words: "Counter (Order)", "前台（预订）". */
	public String cell(String provider, String stage) {
		return this == EN ? provider + " (" + stage + ")" : provider + "（" + stage + "）";
	}

	public String relations() {
		return pick("Relations", "单元关系");
	}

	/* ------------------------------------------------------------ SERVQUAL chart (D12) */

	public String servqualChart() {
		return pick("SERVQUAL: perceived quality and the zone of tolerance", "SERVQUAL：感知质量与容忍区");
	}

	public String zoneOfTolerance() {
		return pick("Zone of tolerance, adequate to desired level", "容忍区：适当水平至理想水平");
	}

	public String adequateLevel() {
		return pick("Adequate", "适当水平");
	}

	public String desiredLevel() {
		return pick("Desired", "理想水平");
	}

	public String perceivedLevel() {
		return pick("Perceived", "感知水平");
	}

	public String belowZone() {
		return pick("Perceived below the zone", "感知低于容忍区");
	}

	public String withinZone() {
		return pick("Perceived within the zone", "感知在容忍区内");
	}

	public String aboveDesired() {
		return pick("Perceived above the desired level", "感知高于理想水平");
	}

	public String notMeasured() {
		return pick("perceived quality not measured", "未测量感知质量");
	}

	/* ------------------------------------------------------------ SWOT as a TOWS matrix (D18) */

	public String swotTitle() {
		return pick("SWOT and its strategies", "SWOT 分析与战略组合");
	}

	public String swotKind(org.svcworkbench.svc.vocabulary.SwotKind kind) {
		return switch (kind) {
		case STRENGTH -> pick("Strengths", "优势 S");
		case WEAKNESS -> pick("Weaknesses", "劣势 W");
		case OPPORTUNITY -> pick("Opportunities", "机会 O");
		case THREAT -> pick("Threats", "威胁 T");
		};
	}

	public String strategyKind(org.svcworkbench.svc.vocabulary.StrategyKind kind) {
		return switch (kind) {
		case SO -> pick("SO: use strengths to take opportunities", "SO 战略：发挥优势，利用机会");
		case WO -> pick("WO: overcome weaknesses through opportunities", "WO 战略：利用机会，克服劣势");
		case ST -> pick("ST: use strengths to meet threats", "ST 战略：发挥优势，应对威胁");
		case WT -> pick("WT: reduce weaknesses, avoid threats", "WT 战略：减少劣势，回避威胁");
		};
	}

	public String swotMarked() {
		return pick("In bold: opportunities attractive and likely to succeed, threats severe and likely (the opportunity-threat matrix's top corner)",
				"粗体：吸引力高且成功概率高的机会、严重性高且发生概率高的威胁（机会-威胁矩阵的首要一格）");
	}

	public String loyaltyTitle() {
		return pick("Loyalty indicators by segment", "各细分市场的忠诚度指标");
	}

	public String loyaltyCorner() {
		return pick("Indicator \\ segment", "指标 \\ 细分市场");
	}

	public String wholeService() {
		return pick("Whole service", "整体");
	}

	public String opportunityThreatTitle() {
		return pick("Opportunity and threat matrices", "机会矩阵与威胁矩阵");
	}

	public String opportunityMatrix() {
		return pick("Opportunities: attractiveness × probability of success", "机会：吸引力 × 成功概率");
	}

	public String threatMatrix() {
		return pick("Threats: severity × probability", "威胁：严重性 × 发生概率");
	}

	/** What each place of the opportunity matrix means, rows attractiveness high/low, columns success high/low. */
	public java.util.List<java.util.List<String>> opportunityCaptions() {
		return this == EN ? java.util.List.of(java.util.List.of("Pursue", "Watch: attractive, less likely"),
				java.util.List.of("Consider: likely, less attractive", "Set aside"))
				: java.util.List.of(java.util.List.of("重点把握", "关注：吸引力高，成功概率低"), java.util.List.of("考虑：成功概率高，吸引力低", "暂不考虑"));
	}

	/** What each place of the threat matrix means, rows severity high/low, columns probability high/low. */
	public java.util.List<java.util.List<String>> threatCaptions() {
		return this == EN ? java.util.List.of(java.util.List.of("Act now", "Prepare a plan"), java.util.List.of("Keep watching", "Note"))
				: java.util.List.of(java.util.List.of("重点应对", "制定预案"), java.util.List.of("持续关注", "记录备查"));
	}

	public String notPlaced() {
		return pick("Not placed, ratings missing:", "未评级，未放入矩阵：");
	}

	public String swotNone() {
		return pick("none written", "未填写");
	}

	/** "uses S1 + O2", "组合 S1 + O2". */
	public String swotUses(String codes) {
		return this == EN ? "uses " + codes : "组合 " + codes;
	}

	public String attractiveness() {
		return pick("attractiveness", "吸引力");
	}

	public String success() {
		return pick("success", "成功概率");
	}

	public String severity() {
		return pick("severity", "严重性");
	}

	public String probability() {
		return pick("probability", "发生概率");
	}

	/** "attractiveness high", "吸引力高". */
	public String rated(String what, String level) {
		return this == EN ? what + " " + level : what + level;
	}

	public String listSeparator() {
		return pick(", ", "，");
	}

	/* ------------------------------------------------------------ relationship-level grid (D10) */

	public String relationshipGrid() {
		return pick("Relationship levels by customers and margin (Kotler)", "关系层次：客户数量 × 利润（科特勒）");
	}

	public String customersAxis() {
		return pick("Customers", "客户数量");
	}

	public String marginAxis() {
		return pick("margin", "利润");
	}

	public String noLevel() {
		return pick("no level declared", "未声明关系层次");
	}

	/** "declared: proactive", "声明：主动式". */
	public String declaredLevel(String level) {
		return this == EN ? "declared: " + level : "声明：" + level;
	}

	/** "recommended: accountable", "建议：负责式". */
	public String recommendedLevel(String levels) {
		return this == EN ? "recommended: " + levels : "建议：" + levels;
	}

	public String recommendedFit() {
		return pick("Declares the recommended level", "声明的层次即建议层次");
	}

	public String reasonedFit() {
		return pick("Another level, with its reason", "其他层次，已说明理由");
	}

	public String deviatingFit() {
		return pick("Another level, no reason given", "其他层次，未说明理由");
	}

	public String unplaced() {
		return pick("Segments without customers and margin:", "未写明客户数量与利润的细分市场：");
	}

	public String or() {
		return pick(" or ", "或");
	}

	/** Both gaps of a dimension: "P − A +1.5, P − D −0.5". */
	public String servqualGaps(String adequacy, String superiority) {
		return this == EN ? "P − A " + adequacy + ", P − D " + superiority : "感知−适当 " + adequacy + "，感知−理想 " + superiority;
	}

	private String pick(String english, String chinese) {
		return this == EN ? english : chinese;
	}

	/** "15 min", "3 h", "2 天". */
	public String duration(BigDecimal value, TimeUnit unit) {
		return words.shortDuration(value, unit);
	}
}
